// Access rules, for every operation of the bundle and every token kind: the client's method over HTTP
// (the mock server) and in-process (the mock's fetch), a token granted everything its kind can do, one
// narrowed to nothing, and one of a kind the operation does not accept. Each answer's status must be
// documented and its body and access headers as the description says. No operation, scope or
// permission is named here: all come from x-access.
import { createCopilotSpacesClient, PermissionDeniedError } from "@copilot-spaces/client";
import { createMock, startMockServer, type Mock, type MockServer } from "@copilot-spaces/mock-server";
import { SCOPED_KINDS, TOKEN_KINDS, TOKEN_PREFIXES, type ModelOperation, type TokenKind } from "@copilot-spaces/tools/bundle-model";
import { methodName } from "@copilot-spaces/tools/generate-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleOf, expectDocumented, expectValid, id, operations, pathParams } from "./contract-helpers.js";

const narrowed = Object.fromEntries(
  TOKEN_KINDS.map((kind) => [`${TOKEN_PREFIXES[kind]}none`, SCOPED_KINDS.includes(kind) ? { scopes: [] } : { permissions: {} }]),
);
const guarded = operations.filter((o): o is ModelOperation & { access: NonNullable<ModelOperation["access"]> } => !!o.access);

let server: MockServer;
let inProcess: Mock;
beforeAll(async () => {
  [server, inProcess] = await Promise.all([startMockServer({ port: 0, tokens: narrowed }), createMock({ tokens: narrowed })]);
});
afterAll(() => Promise.all([server?.close(), inProcess?.close()]));

/** The client's method for the operation, with this token, over one of the doors. */
function call(op: ModelOperation, token: string, door: "http" | "in-process") {
  const client = createCopilotSpacesClient({
    token,
    retry: false,
    timeoutMs: 15_000,
    ...(door === "http" ? { baseUrl: server.url } : { baseUrl: "http://mock.test", fetch: inProcess.fetch }),
  });
  const { namespace, method } = methodName(id(op));
  const fn = (client as unknown as Record<string, Record<string, (p: unknown) => Promise<unknown> & { withResponse(): Promise<{ status: number }> }>>)[
    namespace
  ]![method]!;
  return fn({ ...pathParams(op), ...(op.requestBody ? exampleOf(op) : {}) });
}

for (const door of ["http", "in-process"] as const) {
  describe(`access rules over ${door}`, () => {
    for (const op of guarded) {
      describe(id(op), () => {
        it.each(TOKEN_KINDS.map((kind) => [kind]))("a %s token", async (kind) => {
          const accepted = op.access.tokenKinds.includes(kind);
          if (accepted) {
            const answer = await call(op, `${TOKEN_PREFIXES[kind]}all`, door).withResponse();
            expectDocumented(op, answer.status);
            expect(answer.status).toBe(op.success.status);
          }
          const tokens = accepted ? [`${TOKEN_PREFIXES[kind]}none`] : [`${TOKEN_PREFIXES[kind]}all`, `${TOKEN_PREFIXES[kind]}none`];
          for (const token of tokens) {
            const error = await call(op, token, door).then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error, `${token} on ${id(op)}`).toBeInstanceOf(PermissionDeniedError);
            const denied = error as PermissionDeniedError;
            expectDocumented(op, denied.status);
            expectValid(op, 403, denied.body);
            if (!accepted) continue;
            if (SCOPED_KINDS.includes(kind)) expect(denied.headers.get("x-accepted-oauth-scopes")).toBe(op.access.scopes.join(", "));
            else
              expect(denied.headers.get("x-accepted-github-permissions")).toBe(
                Object.entries(op.access.permissions)
                  .map(([name, level]) => `${name}=${level}`)
                  .join(","),
              );
          }
        });
      });
    }
  });
}
