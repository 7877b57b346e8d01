// src/generated/tools.ts and the README's table against the bundle: no drift, and one tool per
// operation that the client can call, with schemas a validator compiles and that the description's own
// success examples pass.
import { createCopilotSpacesClient } from "@copilot-spaces/client";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { staleMcpFiles } from "../../../tools/src/generate/generate-mcp-tools.ts";
import { toolEntries } from "../src/generated/tools.ts";

const operations = operationsOf(readBundle());
const client = createCopilotSpacesClient({ token: "generated-test-token", fetch: () => Promise.reject(new Error("no request is made here")) });
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);

describe("src/generated/tools.ts and the README's table", () => {
  it("match what the generator makes from the bundle now (no drift, no hand edits)", () => {
    expect(staleMcpFiles()).toEqual([]);
  });

  it("have one tool per operation of the bundle, and no other", () => {
    expect(toolEntries.map((t) => t.operationId).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });
});

describe.each(operations.map((op) => [op.operationId, op] as const))("%s", (operationId, op) => {
  const [tool, ...others] = toolEntries.filter((t) => t.operationId === operationId);

  it("has exactly one tool, which names a method of the client", () => {
    expect(tool, `${operationId} has no tool`).toBeDefined();
    expect(others).toEqual([]);
    const namespace = (client as unknown as Record<string, Record<string, unknown> | undefined>)[tool!.client.namespace];
    expect(namespace, `client.${tool!.client.namespace}`).toBeTypeOf("object");
    expect(namespace![tool!.client.method], `client.${tool!.client.namespace}.${tool!.client.method}`).toBeTypeOf("function");
    expect(tool!.method).toBe(op.method.toUpperCase());
    expect(tool!.path).toBe(op.path);
  });

  it("has input and output schemas that compile, and an output schema every success example passes", () => {
    expect(() => ajv.compile(tool!.inputSchema)).not.toThrow();
    expect(tool!.outputSchema === undefined).toBe(op.success.schemaPointer === undefined);
    if (!tool!.outputSchema) return;
    const validate = ajv.compile(tool!.outputSchema);
    expect(op.success.examples.length, `${operationId} has no success example to check`).toBeGreaterThan(0);
    for (const example of op.success.examples) {
      const structured = tool!.outputWrapped ? { result: example } : example;
      expect(validate(structured) ? [] : validate.errors, `${operationId}: a ${op.success.status} example`).toEqual([]);
    }
  });
});
