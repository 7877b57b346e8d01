// Scenarios by rules, as a test meets them in-process: the first rule that matches and has times left
// applies (a status, an example, a delay, a fault, a rate limit), noted in the journal with its index;
// counts are shown and brought back by reset; a bad rules document is refused naming the rule and field.
// Every operation, status and example here is taken from the bundle.
import { createCopilotSpacesClient, operations as clientOperations } from "@copilot-spaces/client";
import { deref, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMock, type Mock, type MockOptions, RulesError } from "../src/index.js";
import { auth, bundle, create, itemGet, listGet, operations, pathOf } from "./traffic-helpers.js";

const BASE = "http://mock.test";
const TRANSIENT = [429, 500, 502, 503];
type Doc = NonNullable<MockOptions["rules"]>;

let mock: Mock;
beforeAll(async () => {
  // Many requests with one token: rate limits off.
  mock = await createMock({ rateLimit: false });
});
afterAll(() => mock?.close());
beforeEach(() => mock.setRules({ rules: [] }));

const createBody = create.requestBody!.examples[0] as Record<string, unknown>;
/** The create body's first text field: a rule matches on it. */
const [field, value] = Object.entries(createBody).find(([, v]) => typeof v === "string") as [string, string];

function send(operation: ModelOperation, init: { owner?: string; query?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const body = init.body ?? (operation.requestBody ? createBody : undefined);
  return mock.fetch(`${BASE}${pathOf(operation, init.owner)}${init.query ?? ""}`, {
    method: operation.method.toUpperCase(),
    headers: { ...auth("t"), ...init.headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A status the operation documents that is not one of GitHub's transient ones (its 404, usually). */
const documentedError = (operation: ModelOperation) => operation.responses.find((r) => r.status >= 400 && !TRANSIENT.includes(r.status))!.status;

/** The names of the examples a status of the operation documents. */
function exampleNames(operation: ModelOperation, status: number): string[] {
  const response = (operation.operation.responses as Record<string, unknown>)[status];
  const content = (response ? deref(bundle as never, response, "").node.content : undefined) as Record<string, { examples?: object }> | undefined;
  return Object.values(content ?? {}).flatMap((media) => Object.keys(media.examples ?? {}));
}

describe("scenarios by rules", () => {
  it("fails the first two creates with 503: the client with retries succeeds on the third, and the journal shows three creates", async () => {
    const scenario = await createMock({ rateLimit: false, rules: { rules: [{ operationId: create.operationId, times: 2, status: 503 }] } });
    try {
      const github = createCopilotSpacesClient({
        token: "t",
        baseUrl: BASE,
        fetch: scenario.fetch,
        // A create is a POST: retried only when asked. Short waits: the test is about the answers, not the backoff.
        retry: { retries: 2, retryPost: true, initialDelayMs: 1 },
        sleep: async () => undefined,
      });
      const [name] = Object.entries(clientOperations.copilotSpaces).find(([, o]) => o.operationId === create.operationId)!;
      const params = Object.fromEntries(create.parameters.filter((p) => p.in === "path").map((p) => [p.name, p.node.example]));
      const method = (github.copilotSpaces as unknown as Record<string, (params: object) => Promise<unknown>>)[name]!;
      expect(await method({ ...params, ...createBody })).toMatchObject({ [field]: value });
      const creates = scenario.requests({ operationId: create.operationId });
      expect(creates.map((entry) => entry.status)).toEqual([503, 503, create.success.status]);
      expect(creates.map((entry) => entry.injected)).toEqual([
        [{ kind: "status", status: 503, source: "rule", rule: 0 }],
        [{ kind: "status", status: 503, source: "rule", rule: 0 }],
        [],
      ]);
      expect(scenario.rules()).toEqual([{ index: 0, rule: { operationId: create.operationId, times: 2, status: 503 }, matched: 2, remaining: 0 }]);
    } finally {
      await scenario.close();
    }
  });

  it("the first rule that matches and has times left applies; the next one takes over when it is spent", async () => {
    const status = documentedError(itemGet);
    mock.setRules({
      rules: [
        { operationId: itemGet.operationId, times: 1, status },
        { operationId: itemGet.operationId, status: 502 },
      ],
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(itemGet)).status);
    expect(statuses).toEqual([status, 502, 502]);
    expect(mock.rules().map(({ matched, remaining }) => ({ matched, remaining }))).toEqual([
      { matched: 1, remaining: 0 },
      { matched: 2, remaining: null },
    ]);
  });

  it("matches on a literal path, the query, a header and body fields; what does not match gets the usual answer", async () => {
    mock.setRules({
      rules: [
        { path: pathOf(itemGet, "rules-owner"), status: 503 },
        { operationId: listGet.operationId, query: { per_page: 1 }, status: 502 },
        { operationId: listGet.operationId, headers: { "X-Test-Case": "broken" }, status: 500 },
        { operationId: create.operationId, body: { [field]: value }, status: 503 },
      ],
    });
    const pairs = [
      [await send(itemGet, { owner: "rules-owner" }), 503],
      [await send(itemGet, { owner: "another-owner" }), 200],
      [await send(listGet, { query: "?per_page=1" }), 502],
      [await send(listGet, { query: "?per_page=2" }), 200],
      [await send(listGet, { headers: { "x-test-case": "broken" } }), 500],
      [await send(create), 503],
      [await send(create, { body: { ...createBody, [field]: `${value} (another)` } }), create.success.status],
    ] as const;
    expect(pairs.map(([response]) => response.status)).toEqual(pairs.map(([, status]) => status));
    expect(mock.rules().map((rule) => rule.matched)).toEqual([1, 1, 1, 1]);
  });

  it("answers a documented status with a named example, and notes it in the journal", async () => {
    const [status, example] = itemGet.responses
      .flatMap((r) => exampleNames(itemGet, r.status).map((name) => [r.status, name] as const))
      .find(([s]) => s >= 400)!;
    mock.setRules({ rules: [{ operationId: itemGet.operationId, example }] });
    const response = await send(itemGet);
    expect(response.status).toBe(status);
    const [entry] = mock.requests().slice(-1);
    expect(entry!.injected).toEqual([{ kind: "status", status, example, source: "rule", rule: 0 }]);
  });

  it("a delay holds the answer at least that long; a network fault is noted for the door to play", async () => {
    mock.setRules({
      rules: [
        { operationId: listGet.operationId, delay: 300 },
        { operationId: itemGet.operationId, fault: "reset" },
      ],
    });
    const started = performance.now();
    expect((await send(listGet)).status).toBe(200);
    // A lower bound only: a busy machine makes it longer, never shorter.
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    // The fault is the door's to play (a reset connection, a rejected fetch): the journal says it was asked for.
    await send(itemGet).catch(() => undefined);
    const [delayed, faulted] = mock.requests().slice(-2);
    expect(delayed!.injected).toEqual([{ kind: "delay", ms: 300, source: "rule", rule: 0 }]);
    expect(delayed!.durationMs).toBeGreaterThanOrEqual(295);
    expect(faulted!.injected).toEqual([{ kind: "fault", fault: "reset", source: "rule", rule: 1 }]);
  });

  it("rateLimit answers GitHub's primary limit (403, no requests left) or its secondary one (retry-after)", async () => {
    mock.setRules({
      rules: [
        { operationId: itemGet.operationId, times: 1, rateLimit: "primary", retryAfter: 30 },
        { operationId: itemGet.operationId, times: 1, rateLimit: "secondary", status: 429, retryAfter: 7 },
      ],
    });
    const primary = await send(itemGet);
    expect(primary.status).toBe(403);
    expect(primary.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(primary.headers.get("x-ratelimit-reset")) - Date.now() / 1000).toBeGreaterThan(20);
    const secondary = await send(itemGet);
    expect(secondary.status).toBe(429);
    expect(secondary.headers.get("retry-after")).toBe("7");
  });

  it("a request's own Prefer keeps its answer; the rule that matched it still counts it", async () => {
    const status = documentedError(itemGet);
    mock.setRules({ rules: [{ operationId: itemGet.operationId, status: 503 }] });
    expect((await send(itemGet, { headers: { prefer: `code=${status}` } })).status).toBe(status);
    expect(mock.rules()[0]!.matched).toBe(1);
  });

  it("applies to routed requests only: a path no operation has, and the mock's own endpoints, are never matched", async () => {
    mock.setRules({ rules: [{ status: 503 }] });
    expect((await mock.fetch(`${BASE}/no/such/operation`, { headers: auth("t") })).status).toBe(404);
    expect((await mock.fetch(`${BASE}/__mock/rules`)).status).toBe(200);
    expect(mock.rules()[0]!.matched).toBe(0);
    expect((await send(itemGet)).status).toBe(503);
  });
});

describe("loading rules", () => {
  it("PUT /__mock/rules replaces them and GET shows their counts; reset() and POST /__mock/reset bring back the initial ones", async () => {
    const initial: Doc = { rules: [{ operationId: itemGet.operationId, times: 1, status: 503 }] };
    const scenario = await createMock({ rateLimit: false, rules: initial });
    try {
      const get = () => scenario.fetch(`${BASE}${pathOf(itemGet)}`, { headers: auth("t") });
      expect([(await get()).status, (await get()).status]).toEqual([503, 200]);
      const put = await scenario.fetch(`${BASE}/__mock/rules`, {
        method: "PUT",
        body: JSON.stringify({ rules: [{ operationId: itemGet.operationId, status: 502 }] }),
      });
      expect(put.status).toBe(204);
      expect((await get()).status).toBe(502);
      const shown = (await (await scenario.fetch(`${BASE}/__mock/rules`)).json()) as { rules: unknown[] };
      expect(shown).toEqual({ rules: [{ index: 0, rule: { operationId: itemGet.operationId, status: 502 }, matched: 1, remaining: null }] });
      scenario.reset();
      expect(scenario.rules()).toEqual([{ index: 0, rule: initial.rules[0], matched: 0, remaining: 1 }]);
      expect((await get()).status).toBe(503);
      expect((await scenario.fetch(`${BASE}/__mock/reset`, { method: "POST" })).status).toBe(204);
      expect(scenario.rules()[0]!.remaining).toBe(1);
    } finally {
      await scenario.close();
    }
  });

  const undocumented = [418, 451, 499].find((s) => !create.responses.some((r) => r.status === s))!;
  const id = create.operationId;
  it.each<[string, unknown, RegExp]>([
    [
      "an unknown operationId",
      { rules: [{ operationId: `${id}-typo`, status: 503 }] },
      new RegExp(`^rules\\[0\\]\\.operationId: "${id}-typo" is not an operation of the description; its operations: .*${id}`),
    ],
    [
      "an undocumented status",
      { rules: [{ operationId: id, status: undocumented }] },
      new RegExp(`^rules\\[0\\]\\.status: ${undocumented} is not documented for ${id}; documented: ${create.responses[0]!.status}, `),
    ],
    [
      "an unknown example",
      { rules: [{ operationId: id, example: "no-such-example" }] },
      /^rules\[0\]\.example: "no-such-example" is not an example of .*; its examples: /,
    ],
    [
      "an unknown field",
      { rules: [{ operationId: id, status: 503, colour: "red" }] },
      /^rules\[0\]\.colour: unknown field; a rule's fields are operationId, method, path/,
    ],
    [
      "a second rule's times of 0",
      { rules: [{ status: 503 }, { operationId: id, times: 0, status: 503 }] },
      /^rules\[1\]\.times: expected a whole number from 1 /,
    ],
    [
      "an unknown fault",
      { rules: [{ operationId: id, fault: "explode" }] },
      /^rules\[0\]\.fault: "explode" is not a network fault; the faults: reset, hang, drip, truncate, empty$/,
    ],
    ["a rule that does nothing", { rules: [{ operationId: id }] }, /^rules\[0\]: does nothing; give at least one of status, example, rateLimit, delay, fault$/],
    [
      "a path no operation has",
      { rules: [{ path: "/no/such/path", status: 503 }] },
      /^rules\[0\]: matches no operation of the description \(\/no\/such\/path\)/,
    ],
    [
      "a body on an operation that takes none",
      { rules: [{ operationId: itemGet.operationId, body: { a: 1 }, status: 503 }] },
      /^rules\[0\]: matches no operation/,
    ],
    [
      "a rate limit of 500",
      { rules: [{ operationId: id, rateLimit: "primary", status: 500 }] },
      /^rules\[0\]\.status: a rate limit is answered with 403 or 429, not 500$/,
    ],
    ["a negative delay", { rules: [{ operationId: id, delay: -1 }] }, /^rules\[0\]\.delay: expected a whole number from 0 to 60000/],
    // One bound for every injected wait, as Prefer's and the latency's (injection.ts's MAX_WAIT_MS).
    ["a delay past a minute", { rules: [{ operationId: id, delay: 60_001 }] }, /^rules\[0\]\.delay: expected a whole number from 0 to 60000 /],
    [
      "a drip past a minute",
      { rules: [{ operationId: id, fault: "drip", faultMs: 60_001 }] },
      /^rules\[0\]\.faultMs: expected a whole number from 1 to 60000 /,
    ],
    ["an unknown method", { rules: [{ method: "BREW", status: 503 }] }, /^rules\[0\]\.method: "BREW" is not a method of the description; its methods: /],
    ["an unknown top-level field", { rules: [], version: 2 }, /^unknown field "version"; a rules document has only "rules"$/],
    [
      "a path with a query",
      { rules: [{ path: `${pathOf(itemGet)}?a=1`, status: 503 }] },
      /^rules\[0\]\.path: a path without "\?" or "#"; match query parameters with "query"$/,
    ],
    [
      "a function where a value goes",
      { rules: [{ operationId: id, status: 503, body: { name: () => "x" } }] },
      /^rules\[0\]\.body\.name: expected a JSON value, got function$/,
    ],
    ["rules that are not a list", { rules: { status: 503 } }, /^"rules": expected an array of rules, got an object$/],
    [
      "a status with a fault that sends no status line",
      { rules: [{ operationId: id, status: 503, fault: "reset" }] },
      /^rules\[0\]\.status and rules\[0\]\.fault: fault "reset" sends no status line, so status would never be seen; give one or the other/,
    ],
    [
      "an example with an empty answer",
      { rules: [{ operationId: id, example: "any", fault: "empty" }] },
      /^rules\[0\]\.example and rules\[0\]\.fault: fault "empty" sends no status line/,
    ],
    [
      "a rate limit with a hang",
      { rules: [{ operationId: id, rateLimit: "primary", fault: "hang" }] },
      /^rules\[0\]\.rateLimit and rules\[0\]\.fault: fault "hang"/,
    ],
    [
      "a RegExp in a body",
      { rules: [{ operationId: id, status: 503, body: { name: /^Road/ } }] },
      /^rules\[0\]\.body\.name: a RegExp is not supported in rules .*match the whole value as sent, or check patterns afterwards with the assertions/,
    ],
    [
      "a RegExp in a query",
      { rules: [{ operationId: id, status: 503, query: { page: /\d/ } }] },
      /^rules\[0\]\.query\.page: a RegExp is not supported in rules/,
    ],
    ["a RegExp as a header", { rules: [{ operationId: id, status: 503, headers: { "x-a": /a/ } }] }, /^rules\[0\]\.headers\.x-a: a RegExp is not supported/],
  ])("%s is refused, naming the rule and the field, the rules unchanged", (_name, document, message) => {
    mock.setRules({ rules: [{ operationId: itemGet.operationId, status: 503 }] });
    const refused = (() => {
      try {
        mock.setRules(document as Doc);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(RulesError);
    expect((refused as Error).message).toMatch(message);
    expect(mock.rules().map((rule) => rule.rule)).toEqual([{ operationId: itemGet.operationId, status: 503 }]);
  });

  it("a credential in a rule is refused without being repeated", () => {
    const token = "ghp_0123456789abcdefABCDEF0123456789abcd";
    expect(() => mock.setRules({ rules: [{ headers: { Authorization: `Bearer ${token}` }, status: 503 }] })).toThrow(
      /^rules\[0\]\.headers\.authorization: credentials cannot be matched/,
    );
    try {
      mock.setRules({ rules: [{ headers: { Authorization: `Bearer ${token}` }, status: 503 }] });
    } catch (error) {
      expect((error as Error).message).not.toContain(token);
    }
  });

  it("over HTTP a bad document is a 400 naming the rule; a bad option fails createMock naming the option", async () => {
    const put = await mock.fetch(`${BASE}/__mock/rules`, {
      method: "PUT",
      body: JSON.stringify({ rules: [{ operationId: create.operationId, status: 999 }] }),
    });
    expect(put.status).toBe(400);
    expect(((await put.json()) as { message: string }).message).toMatch(
      /^Invalid rules, rules unchanged: rules\[0\]\.status: expected an HTTP status from 100 to 599, got 999$/,
    );
    const broken = await mock.fetch(`${BASE}/__mock/rules`, { method: "PUT", body: "{ rules" });
    expect(broken.status).toBe(400);
    await expect(createMock({ rules: { rules: [{ operationId: "nope", status: 503 }] } })).rejects.toThrow(
      /^rules: rules\[0\]\.operationId: "nope" is not an operation/,
    );
  });

  it("every operation of the description can be the target of a rule with its documented statuses", () => {
    for (const operation of operations) {
      const statuses = operation.responses.map((r) => r.status);
      expect(() => mock.setRules({ rules: statuses.map((status) => ({ operationId: operation.operationId, status })) })).not.toThrow();
    }
  });
});
