// GitHub's traffic answers, from the bundle: every GET's 200 carries the headers the description
// declares, valid for their schemas, and its ETag sent back in If-None-Match gets the declared 304, with
// no body and not charged to the budget; every operation meets its declared rate-limit answers for real
// (a spent budget, a request while another is in flight, a second write in a minute) and forced with
// `Prefer`; every declared 5xx, forced, is documented and valid. Each mock is started here, over HTTP.
import { startMockServer, type MockServer } from "@copilot-spaces/mock-server";
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectDocumented, expectValid, id, operations, responseExamples, successOf } from "./contract-helpers.js";
import { Coverage } from "./coverage.js";
import {
  type Answer,
  callOp,
  expectHeaders,
  expectRateLimitWords,
  expectSaysWhenToRetry,
  freshToken,
  holdWrite,
  HTTP,
  mustCarry,
  onlyRateLimitStatuses,
  rateLimitExamples,
  rateLimitStatuses,
  responseOf,
} from "./traffic-helpers.js";

const gets = operations.filter((op) => op.method === "get");
const writes = operations.filter((op) => op.method !== "get" && op.method !== "head");
const serverErrors = (op: ModelOperation) => op.responses.map((r) => r.status).filter((status) => status >= 500);
const coverage = new Coverage(
  operations.map((op) => [
    id(op),
    [...(op.method === "get" ? [String(HTTP.notModified)] : []), "limits met", "limits forced", ...(serverErrors(op).length > 0 ? ["5xx forced"] : [])],
  ]),
);

/** Requests per token and window on the mock whose budget is spent by each case. */
const SMALL_BUDGET = 2;
let github: MockServer;
let smallBudget: MockServer;
let oneAtATime: MockServer;
beforeAll(async () => {
  [github, smallBudget, oneAtATime] = await Promise.all([
    startMockServer({ port: 0 }),
    startMockServer({ port: 0, rateLimit: SMALL_BUDGET, secondaryRateLimit: false }),
    startMockServer({ port: 0, secondaryRateLimit: { concurrent: 1, perMinute: 1, perHour: false } }),
  ]);
});
afterAll(() => Promise.all([github?.close(), smallBudget?.close(), oneAtATime?.close()]));

const remaining = (answer: { headers: Headers }) => answer.headers.get(HTTP.remaining);
// Through the client, which sends what decides the representation (its API version, its Accept); without
// its cache option it hands a 304 back as an error that carries the status and headers.
const conditional = (op: ModelOperation, token: string, headers: Record<string, string>) => callOp(github.url, token, op, headers);

describe("every GET: the 200's declared headers, and its ETag answered 304, not charged", () => {
  it.each(gets.map((op) => [id(op), op] as const))("%s", async (_id, op) => {
    const declared = (status: number) => responseOf(op, status).headers.map((h) => h.name.toLowerCase());
    expect(declared(successOf(op)), `${id(op)}: the 200 must declare ${HTTP.etag}`).toContain(HTTP.etag);
    expect(declared(HTTP.notModified), `${id(op)}: the 304 must declare ${HTTP.etag}`).toContain(HTTP.etag);
    expect(op.parameters.map((p) => p.name.toLowerCase())).toContain(HTTP.ifNoneMatch);
    const token = freshToken();
    const first = await callOp(github.url, token, op);
    expect(first.status).toBe(successOf(op));
    expectHeaders(op, first.status, first.headers, [...mustCarry(op, first.status), HTTP.etag]);
    const etag = first.headers.get(HTTP.etag)!;

    const notModified = await conditional(op, token, { [HTTP.ifNoneMatch]: etag });
    expect(notModified.status).toBe(HTTP.notModified);
    expectDocumented(op, notModified.status);
    expect(notModified.body, "a 304 has no body").toBeUndefined();
    expectHeaders(op, HTTP.notModified, notModified.headers, [...mustCarry(op, HTTP.notModified), HTTP.etag]);
    expect(notModified.headers.get(HTTP.etag)).toBe(etag);
    expect(notModified.headers.get(HTTP.lastModified)).toBe(first.headers.get(HTTP.lastModified));
    expect(remaining(notModified), "a 304 is not charged to the budget").toBe(remaining(first));

    const lastModified = first.headers.get(HTTP.lastModified);
    if (lastModified !== null) {
      const since = await conditional(op, token, { [HTTP.ifModifiedSince]: lastModified });
      expect(since.status).toBe(HTTP.notModified);
      expect(remaining(since), "a 304 is not charged to the budget").toBe(remaining(first));
    }
    // Another tag is another representation: the full answer, charged.
    const changed = await conditional(op, token, { [HTTP.ifNoneMatch]: `"not-${etag.slice(1)}` });
    expect(changed.status).toBe(successOf(op));
    expect(Number(remaining(changed))).toBe(Number(remaining(first)) - 1);
    coverage.count(id(op), String(HTTP.notModified));
  });
});

/** A rate-limit answer as the description documents it: status, body, headers, words and when to retry. */
function expectRateLimit(op: ModelOperation, answer: Answer) {
  expectDocumented(op, answer.status);
  expect(rateLimitStatuses(op), `${id(op)}: ${answer.status} is not a status the description gives a rate limit`).toContain(answer.status);
  expectValid(op, answer.status, answer.body);
  expectHeaders(op, answer.status, answer.headers, mustCarry(op, answer.status));
  expectRateLimitWords(op, answer.body);
  expectSaysWhenToRetry(op, answer.headers);
}

describe("every operation: the rate limits, met for real", () => {
  it.each(operations.map((op) => [id(op), op] as const))("%s: past the primary budget", async (_id, op) => {
    const token = freshToken();
    for (let i = 0; i < SMALL_BUDGET; i++) expect((await callOp(smallBudget.url, token, op)).status).toBe(successOf(op));
    const refused = await callOp(smallBudget.url, token, op);
    expectRateLimit(op, refused);
    expect(remaining(refused)).toBe("0");
    coverage.count(id(op), "limits met");
  });

  it.each(operations.map((op) => [id(op), op] as const))("%s: while another request of the token is in flight", async (_id, op) => {
    const token = freshToken();
    const drop = holdWrite(oneAtATime.url, token);
    try {
      // The held write counts once the mock has its headers: until then a read still goes through.
      for (let tries = 0; (await callOp(oneAtATime.url, token, gets[0]!)).status !== 403; tries++) {
        expect(tries, "the held write never counted as in flight").toBeLessThan(200);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const refused = await callOp(oneAtATime.url, token, op);
      expectRateLimit(op, refused);
      expect(refused.headers.get(HTTP.retryAfter), "a secondary limit says how long to wait").not.toBeNull();
      expect(Number(remaining(refused)), "a secondary limit leaves budget").toBeGreaterThan(0);
    } finally {
      drop();
    }
    coverage.count(id(op), "limits met");
  });

  it.each(writes.map((op) => [id(op), op] as const))("%s: a second write within the minute", async (_id, op) => {
    const token = freshToken();
    expect((await callOp(oneAtATime.url, token, op)).status).toBe(successOf(op));
    const refused = await callOp(oneAtATime.url, token, op);
    expectRateLimit(op, refused);
    expect(Number(refused.headers.get(HTTP.retryAfter))).toBeGreaterThan(0);
    expect(Number(refused.headers.get(HTTP.retryAfter))).toBeLessThanOrEqual(60);
    coverage.count(id(op), "limits met");
  });
});

describe("every operation: the rate limits, forced with Prefer", () => {
  it.each(operations.map((op) => [id(op), op] as const))("%s", async (_id, op) => {
    const statuses = rateLimitStatuses(op);
    expect(statuses, `${id(op)}: no response declares ${HTTP.retryAfter}`).not.toHaveLength(0);
    expect(onlyRateLimitStatuses(op), `${id(op)}: no status answers rate limits alone (with rate-limit examples only)`).not.toHaveLength(0);
    const asked: [prefer: string, status: number][] = [
      ...onlyRateLimitStatuses(op).map((status) => [`code=${status}`, status] as [string, number]),
      ...statuses.flatMap((status) => [
        [`code=${status}, fault=rate-limit`, status] as [string, number],
        ...rateLimitExamples(op).map((example) => [`code=${status}, example=${example}`, status] as [string, number]),
      ]),
    ];
    for (const [prefer, status] of asked) {
      const answer = await callOp(github.url, freshToken(), op, { prefer });
      expect(answer.status, `Prefer: ${prefer}`).toBe(status);
      expectRateLimit(op, answer);
      coverage.count(id(op), "limits forced");
    }
  });
});

describe("every declared 5xx, forced with Prefer: documented, valid, with the declared headers", () => {
  const cases = operations.flatMap((op) => serverErrors(op).map((status) => [`${id(op)} → ${status}`, op, status] as const));
  it.each(cases)("%s", async (_name, op, status) => {
    const answer = await callOp(github.url, freshToken(), op, { prefer: `code=${status}` });
    expect(answer.status).toBe(status);
    expectDocumented(op, status);
    expectValid(op, status, answer.body);
    expectHeaders(op, status, answer.headers, mustCarry(op, status));
    expect(responseExamples(op, status), `${id(op)}: the ${status} body is none of the description's examples`).toContainEqual(answer.body);
    coverage.count(id(op), "5xx forced");
  });
});

afterAll(() => coverage.save(inject("coverageDir"), "traffic"));

describe("coverage", () => {
  it("fills every cell: each GET's 304, each operation's rate limits met and forced, its 5xx", () => {
    expect(coverage.empty(), "operations with no coverage").toEqual([]);
  });
});
