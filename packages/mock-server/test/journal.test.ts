// The request journal as a test reads it: the same entries from every door, no credential in them, a
// bounded ring, emptied by a reset, filtered in-process and over GET /__mock/requests, and a near miss
// for a request that matched nothing or failed validation. Requests come from the description's own
// operations (traffic-helpers.ts): no operation is named here.
import { TOKEN_PREFIXES } from "@copilot-spaces/tools/bundle-model";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copilotSpacesHandlers } from "../src/doors/msw.js";
import { createMock, startMockServer, type JournalEntry, type Mock, type MockServer } from "../src/index.js";
import { auth, create, itemGet, listGet, operations, pathOf } from "./traffic-helpers.js";

const classic = `${TOKEN_PREFIXES["classic-pat"]}${"a1B2c3D4e5".repeat(4)}`;
const fineGrained = `${TOKEN_PREFIXES["fine-grained-pat"]}11ABCDEFG0${"xY9".repeat(20)}`;
const cookieToken = `${TOKEN_PREFIXES["oauth-app"]}${"Zz8".repeat(12)}`;
const json = { "content-type": "application/json" };
const validBody = create.requestBody!.examples[0] as Record<string, unknown>;
/** The example body with its first string field made a number: one schema finding. */
const wrongField = Object.keys(validBody).find((key) => typeof validBody[key] === "string")!;
const invalidBody = { ...validBody, [wrongField]: 12345 };
/** The create's path with its last literal segment misspelt (one letter dropped). */
const misspelt = pathOf(create).replace(/([a-z-]+)s(\/?)$/, "$1$2");
/** A method the item's path does not take. */
const otherMethod = ["POST", "PATCH", "PUT", "DELETE"].find((m) => !operations.some((o) => o.path === itemGet.path && o.method === m.toLowerCase()))!;
/** What a GET of the misspelt path is closest to: the GET of the right path, or else its first operation. */
const closestToMisspelt = operations.find((o) => o.path === create.path && o.method === "get") ?? operations.find((o) => o.path === create.path)!;

let mock: Mock;
beforeAll(async () => {
  mock = await createMock({ rateLimit: false });
});
afterAll(() => mock?.close());

const call = (path: string, init: RequestInit = {}) =>
  mock.fetch(`https://api.github.com${path}`, { ...init, headers: { ...auth(classic), ...(init.headers as Record<string, string>) } });
/** What a door does not decide: the entry without its order, time, id, duration and the door's own headers. */
const shape = ({ seq, time, requestId, durationMs, headers, ...rest }: JournalEntry) => ({
  ...rest,
  keys: Object.keys({ seq, time, requestId, durationMs, headers, ...rest }).sort(),
  authorization: headers.authorization,
  contentType: headers["content-type"],
});

describe("the journal, door by door", () => {
  it("HTTP, mock.fetch and MSW journal the same entries for the same requests", async () => {
    const requests = async (fetcher: (path: string, init: RequestInit) => Promise<Response>, read: () => JournalEntry[]) => {
      await fetcher(pathOf(itemGet), { headers: auth(classic) });
      await fetcher(`${pathOf(listGet)}?per_page=2`, { headers: auth(classic) });
      await fetcher(pathOf(create), { method: "POST", headers: { ...auth(classic), ...json }, body: JSON.stringify(validBody) });
      await fetcher(pathOf(create), { method: "POST", headers: { ...auth(classic), ...json }, body: JSON.stringify(invalidBody) });
      await fetcher(misspelt, { headers: auth(classic) });
      return read().map(shape);
    };
    const inProcess = await createMock({ rateLimit: false });
    const server = await startMockServer({ port: 0, rateLimit: false });
    const intercepted = await createMock({ rateLimit: false });
    const msw = setupServer(...copilotSpacesHandlers(intercepted));
    try {
      const viaFetch = await requests(
        (path, init) => inProcess.fetch(`http://mock.test${path}`, init),
        () => inProcess.requests(),
      );
      const viaHttp = await requests(
        (path, init) => fetch(`${server.url}${path}`, init),
        () => server.requests(),
      );
      msw.listen({ onUnhandledRequest: "error" });
      const viaMsw = await requests(
        (path, init) => fetch(`https://api.github.com${path}`, init),
        () => intercepted.requests(),
      );
      msw.close();
      expect(viaFetch.map((e) => e.status)).toEqual([200, 200, create.success.status, 422, 404]);
      expect(viaHttp).toEqual(viaFetch);
      expect(viaMsw).toEqual(viaFetch);
      expect(viaFetch[2]!.body).toEqual(validBody);
      expect(viaFetch[0]!.keys).toEqual(
        ["durationMs", "headers", "injected", "method", "operationId", "path", "pathParams", "problems", "query", "requestId", "seq", "status", "time"].sort(),
      );
    } finally {
      msw.close();
      await Promise.all([inProcess.close(), server.close(), intercepted.close()]);
    }
  });

  it("an entry holds the operation, path and query parameters, the parsed body, the status and the time by the mock's clock", async () => {
    mock.clearRequests();
    const before = Date.now();
    await call(`${pathOf(listGet)}?per_page=2&x=a&x=b`);
    await call(pathOf(create), { method: "POST", headers: json, body: JSON.stringify(validBody) });
    await call(pathOf(create), { method: "POST", headers: json, body: "{not json" });
    const [list, created, garbled] = mock.requests();
    expect(list).toMatchObject({ operationId: listGet.operationId, method: "GET", status: 200, query: { per_page: "2", x: ["a", "b"] }, problems: [] });
    expect(Object.keys(list!.pathParams)).toEqual([...listGet.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
    expect(Date.parse(list!.time)).toBeGreaterThanOrEqual(before - 1000);
    expect(list!.durationMs).toBeGreaterThanOrEqual(0);
    expect(created!.body).toEqual(validBody);
    // Not JSON: kept as the text that was sent, beside GitHub's 400.
    expect(garbled).toMatchObject({ status: 400, body: "{not json" });
    expect(created!.seq).toBe(list!.seq + 1);
    // What a test does to an entry it read does not change the journal.
    created!.headers.authorization = "changed";
    (created!.body as Record<string, unknown>)[wrongField] = "changed";
    expect(mock.requests()[1]).toMatchObject({ headers: { authorization: expect.stringMatching(/^Bearer classic-pat:/) }, body: validBody });
  });
});

describe("credentials in the journal", () => {
  it("never holds a token (classic, fine-grained, in a cookie or the query), and the same token hashes the same", async () => {
    mock.clearRequests();
    await call(pathOf(itemGet));
    await call(pathOf(itemGet), { headers: { authorization: `token ${fineGrained}` } });
    await call(pathOf(itemGet), { headers: { cookie: `theme=dark; user_session=${cookieToken}` } });
    await call(`${misspelt}?access_token=${classic}`);
    await call(pathOf(create), { method: "POST", headers: json, body: JSON.stringify(invalidBody) });
    await call(pathOf(itemGet));
    const entries = mock.requests();
    const text = JSON.stringify(entries);
    for (const secret of [classic, fineGrained, cookieToken, "user_session", classic.slice(4, 20)]) expect(text).not.toContain(secret);
    const [first, second, third, fourth, , last] = entries;
    expect(first!.headers.authorization).toMatch(/^Bearer classic-pat:[0-9a-f]{8}$/);
    expect(second!.headers.authorization).toMatch(/^token fine-grained-pat:[0-9a-f]{8}$/);
    expect(third!.headers.cookie).toMatch(/^token:[0-9a-f]{8}$/);
    expect(fourth!.query.access_token).toMatch(/^classic-pat:[0-9a-f]{8}$/);
    expect(last!.headers.authorization).toBe(first!.headers.authorization);
    expect(second!.headers.authorization!.slice(-8)).not.toBe(first!.headers.authorization!.slice(-8));
  });

  it("a token in the query is not written to the log either", async () => {
    const lines: string[] = [];
    const logged = await createMock({ rateLimit: false, log: (line) => lines.push(line) });
    try {
      await logged.fetch(`http://mock.test${pathOf(itemGet)}?access_token=${classic}&client_secret=${fineGrained}`, { headers: auth("t") });
    } finally {
      await logged.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/access_token=classic-pat%3A[0-9a-f]{8}&client_secret=fine-grained-pat%3A[0-9a-f]{8} 200/);
  });
});

describe("tokens anywhere else in a request", () => {
  // One token of each shape, each in its own place: none may be read back from the journal or the log.
  const shaped = (prefix: string, i: number) => `${prefix}${String(i).repeat(6)}${"Qw3_".repeat(8)}`;
  const tokens = [...Object.values(TOKEN_PREFIXES), "ghr_"].flatMap((prefix, i) => [shaped(prefix, i), shaped(prefix, i + 6)]);
  const [apiKey, githubToken, prefer, accept, tokenParam, privateParam, bodyToken, pathToken, encoded, ...rest] = tokens;
  const stringField = Object.keys(validBody).find((key) => typeof validBody[key] === "string")!;

  it("a token in any header, query parameter, body string or near miss is kept as <kind>:<hash8>, in the journal and the log", async () => {
    const lines: string[] = [];
    const logged = await createMock({ rateLimit: false, log: (line) => lines.push(line) });
    try {
      const send = (path: string, init: RequestInit = {}) =>
        logged.fetch(`http://mock.test${path}`, { ...init, headers: { ...auth(classic), ...(init.headers as Record<string, string>) } });
      await send(pathOf(itemGet), { headers: { "x-api-key": apiKey!, "x-github-token": `token ${githubToken}`, prefer: `example=${prefer}` } });
      await send(pathOf(itemGet), { headers: { accept: `application/${accept}+json` } });
      await send(`${pathOf(listGet)}?token=${tokenParam}&private_token=${privateParam}&q=Bearer%20${encoded}`);
      await send(pathOf(create), {
        method: "POST",
        headers: json,
        body: JSON.stringify({ ...validBody, [stringField]: `see ${bodyToken}`, [rest[0]!]: rest[1] }),
      });
      await send(`${misspelt}/${pathToken}`);
      const fromMock = JSON.stringify(logged.requests());
      const overHttp = await (await logged.fetch("http://mock.test/__mock/requests")).text();
      for (const text of [fromMock, overHttp, lines.join("\n")]) for (const token of tokens) expect(text).not.toContain(token.slice(0, 16));
      const [headers, accepted, query, body, missed] = logged.requests();
      expect(headers!.headers["x-api-key"]).toMatch(/^classic-pat:[0-9a-f]{8}$/);
      expect(headers!.headers["x-github-token"]).toMatch(/^token classic-pat:[0-9a-f]{8}$/);
      expect(accepted!.headers.accept).toMatch(/^application\/oauth-app:[0-9a-f]{8}\+json$/);
      expect(query!.query).toMatchObject({ token: expect.stringMatching(/^fine-grained-pat:/), private_token: expect.stringMatching(/^fine-grained-pat:/) });
      expect(query!.query.q).toMatch(/^Bearer github-app-user:[0-9a-f]{8}$/);
      expect((body!.body as Record<string, unknown>)[stringField]).toMatch(/^see github-app-installation:[0-9a-f]{8}$/);
      // A refresh token is of no kind the API takes: a token all the same.
      expect(Object.values(body!.body as Record<string, unknown>)).toContainEqual(expect.stringMatching(/^token:[0-9a-f]{8}$/));
      expect(missed!.path).toMatch(/github-app-installation:[0-9a-f]{8}$/);
      expect(lines.join("\n")).toMatch(/\?token=fine-grained-pat:[0-9a-f]{8}/);
    } finally {
      await logged.close();
    }
  });
});

describe("the ring and its resets", () => {
  it("keeps the newest journalSize requests; 0 keeps none", async () => {
    const small = await createMock({ rateLimit: false, journalSize: 3 });
    const off = await createMock({ rateLimit: false, journalSize: 0 });
    try {
      for (let i = 1; i <= 5; i++) {
        await small.fetch(`http://mock.test${pathOf(itemGet)}?i=${i}`, { headers: auth("t") });
        await off.fetch(`http://mock.test${pathOf(itemGet)}?i=${i}`, { headers: auth("t") });
      }
      expect(small.requests().map((e) => e.query.i)).toEqual(["3", "4", "5"]);
      expect(small.requests().map((e) => e.seq)).toEqual([3, 4, 5]);
      // Off is not empty: reading it throws (in-process) or answers 404 (over HTTP), never [] ("not called").
      expect(() => off.requests()).toThrow(/the journal is off/);
      expect((await off.fetch("http://mock.test/__mock/requests")).status).toBe(404);
    } finally {
      await Promise.all([small.close(), off.close()]);
    }
  });

  it("reset(), POST /__mock/reset, clearRequests() and DELETE /__mock/requests empty it; /__mock/ requests are never journalled", async () => {
    const emptied = async (empty: () => Promise<unknown> | void) => {
      await call(pathOf(itemGet));
      expect(mock.requests().length).toBeGreaterThan(0);
      await empty();
      return mock.requests();
    };
    expect(await emptied(() => mock.reset())).toEqual([]);
    expect(await emptied(() => mock.clearRequests())).toEqual([]);
    expect(await emptied(async () => expect((await call("/__mock/reset", { method: "POST" })).status).toBe(204))).toEqual([]);
    expect(await emptied(async () => expect((await call("/__mock/requests", { method: "DELETE" })).status).toBe(204))).toEqual([]);
    await call("/__mock/requests");
    await call("/__mock/no-such-endpoint");
    expect(mock.requests()).toEqual([]);
  });
});

describe("filters", () => {
  let since: string;
  beforeAll(async () => {
    mock.clearRequests();
    await call(pathOf(itemGet));
    await call(misspelt);
    mock.advanceClock(60_000);
    since = new Date(Date.parse(mock.requests().at(-1)!.time) + 30_000).toISOString();
    await call(pathOf(create), { method: "POST", headers: json, body: JSON.stringify(validBody) });
    await call(pathOf(itemGet));
  });
  const over = async (query: string) => {
    const answer = await call(`/__mock/requests${query}`);
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { requests: JournalEntry[] }).requests;
  };

  it("narrow by operationId (null or an empty operationId= for none), status, method and since, in-process and over HTTP alike", async () => {
    const cases: [Parameters<Mock["requests"]>[0], string, number][] = [
      [{ operationId: itemGet.operationId }, `?operationId=${encodeURIComponent(itemGet.operationId)}`, 2],
      [{ operationId: null }, "?operationId=", 1],
      [{ status: 404 }, "?status=404", 1],
      [{ method: "post" }, "?method=post", 1],
      [{ since }, `?since=${since}`, 2],
      [{ since: new Date(since), method: "GET" }, `?since=${since}&method=GET`, 1],
      // Ms since the epoch, as digits over HTTP too.
      [{ since: Date.parse(since) }, `?since=${Date.parse(since)}`, 2],
      [{ operationId: itemGet.operationId, status: 404 }, `?operationId=${encodeURIComponent(itemGet.operationId)}&status=404`, 0],
    ];
    for (const [filter, query, count] of cases) {
      const inProcess = mock.requests(filter);
      expect(inProcess, query).toHaveLength(count);
      expect(await over(query)).toEqual(inProcess);
    }
    expect(mock.requests({ since }).every((e) => e.time >= since)).toBe(true);
    expect(mock.requests({ operationId: null })[0]!.path).toBe(misspelt);
  });

  it("a bad filter is refused naming the field and the rule: a RangeError in-process, a 400 over HTTP", async () => {
    const refusals: [Record<string, unknown>, string, RegExp][] = [
      [{ since: "yesterday" }, "?since=yesterday", /^since: expected .*ISO 8601/],
      [{ since: "2026-12-03T05:30:00" }, "?since=2026-12-03T05:30:00", /^since: expected .*with its zone/],
      [{ since: Number.NaN }, "?since=1764739800000.5", /^since: expected/],
      [{ status: 42 }, "?status=42", /^status: expected an HTTP status, a whole number from 100 to 599/],
      [{ status: "200" }, "?status=2e2", /^status: expected an HTTP status/],
      [{ method: "GET /" }, "?method=GET%20%2F", /^method: expected an HTTP method/],
      [
        { operationId: `${itemGet.operationId}s` },
        `?operationId=${encodeURIComponent(`${itemGet.operationId}s`)}`,
        /^operationId: .* is not an operationId of the description; did you mean/,
      ],
      [{ operationID: "x" }, "?operationID=x", /operationID.*(the fields are|its query parameters are) operationId, status, method, since/],
    ];
    for (const [filter, query, rule] of refusals) {
      expect(() => mock.requests(filter as never), JSON.stringify(filter)).toThrow(RangeError);
      expect(() => mock.requests(filter as never)).toThrow(rule);
      const answer = await call(`/__mock/requests${query}`);
      expect(answer.status, query).toBe(400);
      expect(((await answer.json()) as { message: string }).message.replace("GET /__mock/requests: ", ""), query).toMatch(rule);
    }
    const twice = await call("/__mock/requests?status=200&status=404");
    expect(((await twice.json()) as { message: string }).message).toMatch(/status: given 2 times; give it once/);
    expect(() => mock.requests("GET" as never)).toThrow(/^filter: expected an object/);
  });
});

describe("near misses", () => {
  beforeAll(() => mock.clearRequests());
  const last = () => mock.requests().at(-1)!;

  it("a misspelt path: the closest operation, Prism's router's words and the differing segment", async () => {
    expect((await call(misspelt)).status).toBe(404);
    const segment = misspelt.split("/").length - 1;
    const entry = last();
    expect(entry.operationId).toBeNull();
    expect(entry.nearMiss).toMatchObject({ operationId: closestToMisspelt.operationId, method: closestToMisspelt.method.toUpperCase(), path: create.path });
    expect(entry.nearMiss!.mismatches.slice(0, 2)).toEqual([
      "Route not resolved, no path matched",
      `segment ${segment}: ${JSON.stringify(misspelt.split("/")[segment])} is not ${JSON.stringify(create.path.split("/")[segment])}`,
    ]);
  });

  it("a misspelt path with another method: the operation of that method, ahead of the description's order", async () => {
    for (const method of new Set(operations.filter((o) => o.path === create.path).map((o) => o.method.toUpperCase()))) {
      expect((await call(misspelt, { method, ...(method === "GET" ? {} : { headers: json, body: "{}" }) })).status).toBe(404);
      expect(last().nearMiss).toMatchObject({ method, path: create.path });
      expect(last().nearMiss!.mismatches.join("\n")).not.toMatch(/^method /m);
    }
  });

  it("a method the path does not take: an operation of that path, and the methods it takes", async () => {
    expect((await call(pathOf(itemGet), { method: otherMethod })).status).toBe(404);
    const { nearMiss } = last();
    expect(nearMiss).toMatchObject({ operationId: itemGet.operationId, method: "GET", path: itemGet.path });
    expect(nearMiss!.mismatches[0]).toBe("Route resolved, but no method matched");
    expect(nearMiss!.mismatches[1]).toMatch(new RegExp(`^method ${otherMethod}: .* takes GET`));
  });

  it("an integer segment that does not fit: the operation whose parameter it is, rather than a shorter path", async () => {
    const bad = pathOf(itemGet).replace(/[^/]+$/, "abc");
    expect((await call(bad)).status).toBe(404);
    expect(last().nearMiss).toMatchObject({ operationId: itemGet.operationId, path: itemGet.path });
    expect(last().nearMiss!.mismatches[1]).toMatch(/^segment \d+: "abc" is not a positive integer/);
  });

  it("an invalid body: the operation itself, and the validator's findings with their locations", async () => {
    expect((await call(pathOf(create), { method: "POST", headers: json, body: JSON.stringify(invalidBody) })).status).toBe(422);
    const entry = last();
    expect(entry.operationId).toBe(create.operationId);
    expect(entry.problems).toEqual([{ location: `body.${wrongField}`, message: expect.stringMatching(/must be string/) }]);
    expect(entry.nearMiss).toEqual({
      operationId: create.operationId,
      method: create.method.toUpperCase(),
      path: create.path,
      mismatches: [`body.${wrongField}: ${entry.problems[0]!.message}`],
    });
  });

  it("an Accept the mock cannot serve: the operation the path and method lead to, and the 415's reason", async () => {
    expect((await call(pathOf(itemGet), { headers: { accept: "text/html" } })).status).toBe(415);
    expect(last()).toMatchObject({ operationId: null, nearMiss: { operationId: itemGet.operationId, path: itemGet.path } });
    expect(last().nearMiss!.mismatches).toEqual([expect.stringMatching(/^header accept: Unsupported 'Accept' header: "text\/html"/)]);
  });

  it("none for a request that was served", async () => {
    await call(pathOf(itemGet));
    expect(last().status).toBe(200);
    expect(last()).not.toHaveProperty("nearMiss");
  });
});

describe("the HTTP door's journal, stateful", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, stateful: true, rateLimit: false });
  });
  afterAll(() => server?.close());

  it("GET and DELETE /__mock/requests, and requests()/clearRequests() on the server", async () => {
    const created = await fetch(`${server.url}${pathOf(create)}`, { method: "POST", headers: { ...auth("t"), ...json }, body: JSON.stringify(validBody) });
    expect(created.status).toBe(create.success.status);
    const listed = (await (await fetch(`${server.url}/__mock/requests`)).json()) as { requests: JournalEntry[] };
    expect(listed.requests).toEqual(server.requests());
    expect(listed.requests.map((e) => [e.operationId, e.status])).toEqual([[create.operationId, create.success.status]]);
    expect((await fetch(`${server.url}/__mock/requests`, { method: "DELETE" })).status).toBe(204);
    expect(server.requests()).toEqual([]);
    await fetch(`${server.url}${pathOf(itemGet)}`, { headers: auth("t") });
    server.clearRequests();
    expect(server.requests()).toEqual([]);
  });
});
