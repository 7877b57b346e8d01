import { operationsOf, resolvePointer } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator, examplesOf } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { describe, expect, it } from "vitest";

const bundle = readBundle();
const validator = new BundleValidator(bundle);
const examples = examplesOf(bundle);

describe("every example in the bundle validates against its schema (JSON Schema 2020-12, formats on)", () => {
  it("finds the examples of parameters, request bodies, responses and headers", () => {
    const labels = examples.map((e) => e.label).join("\n");
    expect(labels).toMatch(/parameter per_page/);
    expect(labels).toMatch(/→ request application\/json → org-copilot-space-update/);
    expect(labels).toMatch(/→ 200 application\/json → user-copilot-space-list/);
    expect(labels).toMatch(/→ 200 header Link/);
  });

  it.each(examples.map((e) => [e.label, e] as const))("%s", (_label, example) => {
    expect(validator.validate(example.schemaPointer, example.value).errors).toEqual([]);
  });
});

describe("every 2xx response with a body has a named example", () => {
  it.each(operationsOf(bundle).map((o) => [String(o.operation.operationId), o] as const))("%s", (_id, { operation }) => {
    const responses = operation.responses as Record<string, { content?: Record<string, { examples?: Record<string, unknown> }> }>;
    for (const [status, response] of Object.entries(responses)) {
      if (!status.startsWith("2") || !response.content) continue;
      for (const media of Object.values(response.content)) expect(Object.keys(media.examples ?? {})).not.toHaveLength(0);
    }
  });
});

describe("the validator rejects what the API would not send", () => {
  // An organization Space's example where the answer is a whole Space (`copilot-space`), wherever the
  // operation stands in the description: another operation may show the same example as a summary.
  const space = examples.find(
    (e) =>
      e.label.endsWith("→ org-copilot-space") &&
      (resolvePointer(bundle, `#${e.schemaPointer}`) as { $ref?: string }).$ref === "#/components/schemas/copilot-space",
  );

  it("rejects the seed page's email-protection artifact as an organization email", () => {
    const value = structuredClone(space!.value) as { owner: { email: string } };
    value.owner.email = "[email\u00a0protected]";
    expect(validator.validate(space!.schemaPointer, value).errors).toContain('/owner/email must match format "email"');
  });

  it("rejects a base_role outside the enum and a missing required field", () => {
    const { name: _name, ...value } = structuredClone(space!.value) as { name: string; base_role: string };
    value.base_role = "owner";
    const errors = validator.validate(space!.schemaPointer, value).errors;
    expect(errors).toContain("(root) must have required property 'name'");
    expect(errors).toContain("/base_role must be equal to one of the allowed values");
  });

  it("requires base_role of a single Space, not of a list's summary", () => {
    const { base_role: _role, ...value } = structuredClone(space!.value) as { base_role: string };
    expect(validator.validate(space!.schemaPointer, value).errors).toContain("(root) must have required property 'base_role'");
    expect(validator.validate("/components/schemas/copilot-space-summary", value).errors).toEqual([]);
  });

  it("rejects base_role writer in a user Space's create body", () => {
    const result = validator.validate("/components/schemas/copilot-space-create-for-user-request", { name: "x", base_role: "writer" });
    expect(result.valid).toBe(false);
  });
});
