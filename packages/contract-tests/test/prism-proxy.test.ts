// Prism's own validating proxy finds none of the mock's answers undocumented: Prism's CLI proxies
// between the client and the mock, checks each answer against the bundle, and reports what does not
// match in an `sl-violations` header (5.14.2: one JSON array per answer, warnings included, such as a
// status the operation does not list). Sent through it, for every operation: its success, each
// documented error and rate-limit example forced with `Prefer`, GitHub's forced faults, a spent budget
// met for real and, for a GET, the 304 to its ETag. CONTRACT_PRISM_BUNDLE points Prism at another
// bundle (an older release, say), to see what that one would not document.
import { startMockServer, type MockServer } from "@copilot-spaces/mock-server";
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { bundleJsonPath } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorsOf, id, operations, successOf } from "./contract-helpers.js";
import { startPrismProxy, type PrismProxy } from "./prism.js";
import { type Answer, callOp, freshToken, HTTP, rateLimitExamples, rateLimitStatuses } from "./traffic-helpers.js";

/** The mock's budget per token: a case's own token spends it to meet the real 403. */
const BUDGET = 2;
let mock: MockServer;
let prism: PrismProxy;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, rateLimit: BUDGET });
  prism = await startPrismProxy(process.env.CONTRACT_PRISM_BUNDLE ?? bundleJsonPath, mock.url);
}, 120_000);
afterAll(async () => {
  try {
    await prism?.close();
  } finally {
    await mock?.close();
  }
});

/** Each `Prefer` a test may send the operation: every documented error, each rate-limit example, GitHub's faults. */
function preferences(op: ModelOperation): string[] {
  const limits = rateLimitStatuses(op).flatMap((status) => [
    `code=${status}, fault=rate-limit`,
    ...rateLimitExamples(op).map((example) => `code=${status}, example=${example}`),
  ]);
  return [...errorsOf(op).map((status) => `code=${status}`), ...limits];
}

/** What Prism reported of an answer, as one line; undefined when it found nothing. */
const findings = (what: string, answer: Answer) => {
  const violations = answer.headers.get("sl-violations");
  return violations === null ? undefined : `${what} → ${answer.status}: ${violations}`;
};

describe("Prism's proxy finds none of the mock's answers undocumented", () => {
  it.each(operations.map((op) => [id(op), op] as const))("%s", async (_id, op) => {
    const found: (string | undefined)[] = [];
    const success = await callOp(prism.url, freshToken(), op);
    expect(success.status).toBe(successOf(op));
    found.push(findings("success", success));
    for (const prefer of preferences(op)) {
      const answer = await callOp(prism.url, freshToken(), op, { prefer });
      expect(answer.status, `Prefer: ${prefer}`).toBe(Number(/code=(\d+)/.exec(prefer)![1]));
      found.push(findings(`Prefer: ${prefer}`, answer));
    }
    const token = freshToken();
    for (let i = 0; i < BUDGET; i++) await callOp(prism.url, token, op);
    const spent = await callOp(prism.url, token, op);
    expect(rateLimitStatuses(op), "the budget spent").toContain(spent.status);
    found.push(findings("the budget spent", spent));
    if (op.method === "get") {
      const reader = freshToken();
      const etag = (await callOp(prism.url, reader, op)).headers.get(HTTP.etag);
      const notModified = await callOp(prism.url, reader, op, { [HTTP.ifNoneMatch]: etag ?? "" });
      expect(notModified.status).toBe(HTTP.notModified);
      found.push(findings(`${HTTP.ifNoneMatch}: its ETag`, notModified));
    }
    expect(found.filter(Boolean), `${id(op)}: Prism's findings`).toEqual([]);
  });
});
