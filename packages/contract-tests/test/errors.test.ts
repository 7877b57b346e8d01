// Contract tests, the errors: every error status the bundle documents for an operation, forced on
// the real stateless mock with `Prefer: code=…`, throws the client's class for that status, with its
// status, request id, documentation URL and a body valid against the description.
import { ApiError, AuthenticationError, NotFoundError, PermissionDeniedError, RateLimitError, ServerError, ValidationError } from "@copilot-spaces/client";
import { afterAll, describe, expect, inject, it } from "vitest";
import { errorsOf, exampleOf, expectValid, id, methodOf, operations, pathParams } from "./contract-helpers.js";
import { Coverage } from "./coverage.js";

const coverage = new Coverage(operations.map((op) => [id(op), errorsOf(op).map(String)]));

const ERROR_CLASSES: Record<number, typeof ApiError> = {
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: ValidationError,
  429: RateLimitError,
  500: ServerError,
};

describe("every documented error, forced with Prefer, throws its error class", () => {
  const cases = operations.flatMap((op) => errorsOf(op).map((status) => [`${id(op)} → ${status}`, op, status] as const));
  it.each(cases)("%s", async (_name, op, status) => {
    const params: Record<string, unknown> = { ...pathParams(op), ...(op.operation.requestBody ? exampleOf(op) : {}) };
    const error = await methodOf(op)(params, { headers: { prefer: `code=${status}` } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const expected = ERROR_CLASSES[status] ?? ApiError;
    expect(error, `${id(op)}: a ${status} must throw ${expected.name}`).toBeInstanceOf(expected);
    const apiError = error as ApiError;
    expect(apiError).toMatchObject({ status, documentationUrl: expect.stringMatching(/^https:\/\//), requestId: expect.stringMatching(/\S/) });
    expect(apiError.message).toMatch(new RegExp(`answered ${status}`));
    expectValid(op, status, apiError.body);
    if (apiError instanceof ValidationError) expect(apiError.errors.length).toBeGreaterThan(0);
    coverage.count(id(op), String(status));
  });
});

afterAll(() => coverage.save(inject("coverageDir"), "errors"));

describe("coverage", () => {
  it("fills every cell: each operation's documented errors", () => {
    expect(coverage.empty(), "operations with no coverage").toEqual([]);
  });
});
