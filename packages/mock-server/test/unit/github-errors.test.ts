// GitHub's error bodies, case by case: the named examples of the description are the words, a finding
// becomes a 422 item (field, code, echoed value), and the store's refusals are said as GitHub says them.
import { readBundle } from "@copilot-spaces/tools/paths";
import { describe, expect, it } from "vitest";
import { githubErrors, toGitHubError } from "../../src/core/github-errors.js";

type Examples = Record<string, { value: Record<string, unknown> }>;
const bundle = readBundle() as unknown as { components: { examples: Examples } };
const errors = githubErrors(bundle);
const example = (name: string) => bundle.components.examples[name]!.value;

describe("githubErrors", () => {
  it.each([
    ["notFound", "not-found"],
    ["requiresAuthentication", "requires-authentication"],
    ["problemsParsingJson", "bad-request-json"],
    ["notAnObject", "bad-request-not-object"],
  ] as const)("%s() is the description's example %s", (what, name) => {
    const answer = errors[what]();
    expect(answer.body).toEqual(example(name));
    expect(answer.status).toBe(Number(example(name).status));
  });

  it("builds a 422 as the description's validation-failed example does", () => {
    const [item] = example("validation-failed").errors as Record<string, string>[];
    const answer = errors.validationFailed([item as never]);
    expect(answer).toEqual({ status: 422, body: example("validation-failed") });
  });

  it.each([
    [{ kind: "not-found" }, 404, { message: example("not-found").message }],
    [{ kind: "invalid", field: "per_page", value: 101 }, 422, { errors: [{ resource: "Thing", field: "per_page", code: "invalid", value: 101 }] }],
    [
      { kind: "invalid", field: "actor_identifier", value: "mona", code: "already_exists" },
      422,
      { errors: [{ resource: "Thing", field: "actor_identifier", code: "already_exists", value: "mona" }] },
    ],
    [{ kind: "limit", why: "too many" }, 403, { message: "Mock limit reached: too many", status: "403" }],
  ] as const)("the store's refusal %j is a %i", (refusal, status, body) => {
    const answer = errors.fromRefusal(refusal, "Thing");
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject(body);
  });

  it("refuses a bundle that lacks a named example it answers with, naming it", () => {
    const { "not-found": _, ...rest } = bundle.components.examples;
    expect(() => githubErrors({ components: { examples: rest } })).toThrow(/the bundle has no example "not-found"/);
  });
});

describe("toGitHubError", () => {
  const long = "x".repeat(257);
  it.each([
    [
      { location: ["body"], code: "required", message: "Request body must have required property 'name'" },
      {},
      { field: "name", code: "missing_field", message: "must have required property 'name'" },
    ],
    [
      { location: ["body", "name"], code: "type", message: "Request body property name must be string" },
      { body: { name: 5 } },
      { field: "name", code: "invalid", value: 5 },
    ],
    [{ location: ["body", "name"], code: "maxLength", message: "too long" }, { body: { name: long } }, { field: "name", code: "invalid" }],
    [{ location: ["body", "meta"], code: "type", message: "must be object" }, { body: { meta: [1] } }, { field: "meta", code: "invalid" }],
    [
      { location: ["body", "resources_attributes", "0", "resource_type"], code: "enum", message: "must be one of" },
      { body: { resources_attributes: [{ resource_type: "x" }] } },
      { field: "resources_attributes.0.resource_type", value: "x" },
    ],
    [
      { location: ["query", "per_page"], code: "maximum", message: "Request query parameter per_page must be <= 100" },
      { query: new URLSearchParams("per_page=101") },
      { field: "per_page", value: "101", message: "per_page must be <= 100" },
    ],
    [{ location: ["header"], code: "enum", message: "bad" }, {}, { field: "header", code: "invalid" }],
  ])("%j → %j", (violation, input, item) => {
    const made = toGitHubError(violation, "Thing", input);
    expect(made).toMatchObject({ resource: "Thing", ...item });
    if (!("value" in item)) expect(made).not.toHaveProperty("value");
  });

  it("answers a path finding with GitHub's router's 404, anything else with one 422 naming each", () => {
    const path = errors.fromViolations([{ location: ["path", "id"], code: "type", message: "x" }], "Thing", {});
    expect(path?.status).toBe(404);
    const two = errors.fromViolations(
      [
        { location: ["query", "a"], code: "type", message: "x" },
        { location: ["query", "b"], code: "type", message: "y" },
      ],
      "Thing",
      {},
    );
    expect((two?.body as { errors: unknown[] }).errors).toHaveLength(2);
    expect(errors.fromViolations([], "Thing", {})).toBeUndefined();
  });
});
