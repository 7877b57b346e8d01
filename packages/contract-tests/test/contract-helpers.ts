// What the stateless contract suites share: the bundle and its operations, the client against the
// stateless mock, each operation's client method and example inputs, and the two checks every answer
// goes through (its status is documented, its body is valid for the description's schema).
import { createCopilotSpacesClient } from "@copilot-spaces/client";
import { deref, exampleValues, operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator, responseSchemaPointer } from "@copilot-spaces/tools/bundle-validator";
import { methodName, operationTable } from "@copilot-spaces/tools/generate-client";
import { readBundle } from "@copilot-spaces/tools/paths";
import { expect, inject } from "vitest";

export const bundle = readBundle();
export const validator = new BundleValidator(bundle);
export const operations = operationsOf(bundle);
const table = operationTable(bundle);
export const mockUrl = inject("mockUrl");
export const client = createCopilotSpacesClient({ token: "contract-test-token", baseUrl: mockUrl, retry: false, timeoutMs: 15_000 });

export const id = (op: ModelOperation) => String(op.operation.operationId);
const statusesOf = (op: ModelOperation) => Object.keys(op.operation.responses as object).map(Number);
export const successOf = (op: ModelOperation) => op.success.status;
export const errorsOf = (op: ModelOperation) => statusesOf(op).filter((s) => s >= 400);
export const entryOf = (op: ModelOperation) => table.find((e) => e.operationId === id(op))!;
export const examplesOfPath = Object.fromEntries(
  operations.flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), p.node.example])),
);

/** The client method for an operation, or a failure that names it. */
export function methodOf(
  op: ModelOperation,
): (params: unknown, options?: unknown) => Promise<unknown> & { withResponse(): Promise<{ data: unknown; status: number; headers: Headers }> } {
  const { namespace, method } = methodName(id(op));
  const fn = (client as unknown as Record<string, Record<string, unknown> | undefined>)[namespace]?.[method];
  if (typeof fn !== "function") throw new Error(`${id(op)}: the client has no method client.${namespace}.${method}`);
  return fn as never;
}

export const responseSchema = (op: ModelOperation, status: number) => responseSchemaPointer(op, status);

export function requestSchema(op: ModelOperation): unknown {
  const body = deref(bundle, op.operation.requestBody, "").node.content as Record<string, { schema: unknown }>;
  return body["application/json"]!.schema;
}

/** Fails, naming the operation, when the answer's status is not one the description documents. */
export function expectDocumented(op: ModelOperation, status: number) {
  expect(statusesOf(op), `${id(op)}: status ${status} is not in the description's responses`).toContain(status);
}

export function expectValid(op: ModelOperation, status: number, body: unknown) {
  const schema = responseSchema(op, status);
  if (!schema) return expect(body, `${id(op)} ${status} has no body in the description`).toBeUndefined();
  expect(validator.validate(schema, body).errors, `${id(op)} ${status} body against the description`).toEqual([]);
}

/** The page-size parameter set to 2, so that a list of the description's examples has several pages. */
export const pageOfTwo = (op: ModelOperation) => (op.paging?.pageSize ? { [op.paging.pageSize.name]: 2 } : {});
/** A path parameter that GitHub's router takes as an integer (a wrong one is a 404). */
export const integerPathParameter = (op: ModelOperation) => op.parameters.find((p) => p.in === "path" && p.schema.type === "integer");
export const pathParams = (op: ModelOperation) =>
  Object.fromEntries(op.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), examplesOfPath[String(p.node.name)]]));

export function exampleOf(op: ModelOperation): Record<string, unknown> {
  const first = exampleValues(bundle, op.operation.requestBody)[0];
  if (!first) throw new Error(`${id(op)}: the request body has no example in the description`);
  return first as Record<string, unknown>;
}

export const responseExamples = (op: ModelOperation, status: number) =>
  exampleValues(bundle, (op.operation.responses as Record<string, unknown>)[String(status)]);
