// The option `cache`: conditional GETs, 304s answered from the cache, keys per token, the store.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheKey, memoryStore, tokenId } from "../../src/cache.js";
import { createCopilotSpacesClient, InvalidArgumentError, type CopilotSpacesClientOptions } from "../../src/index.js";
import type { CacheEntry, CacheStore } from "../../src/options.js";
import { json, startTestServer, type TestServer } from "../test-server.js";
import { conditional, OTHER_TOKEN, space, TOKEN } from "./setup.js";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

const client = (options: Partial<CopilotSpacesClientOptions> = {}) => createCopilotSpacesClient({ token: TOKEN, baseUrl: server.url, cache: true, ...options });
const get = (c: ReturnType<typeof client>) => c.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }).withResponse();

/** A store that records what it is asked, around the in-memory one. */
function recordingStore() {
  const inner = memoryStore(100);
  const keys: string[] = [];
  const entries: CacheEntry[] = [];
  const store: CacheStore = {
    get: async (key) => (keys.push(key), inner.get(key)),
    set: async (key, entry) => {
      keys.push(key);
      entries.push(entry);
      inner.set(key, entry);
    },
  };
  return { store, keys, entries };
}

describe("cache", () => {
  it("a GET sends the cached ETag as If-None-Match; a 304 is answered from the cache with its fresh rate-limit headers", async () => {
    let remaining = 10;
    server.handle((req, res) =>
      conditional(req, res, space, {
        "x-ratelimit-remaining": String(req.headers["if-none-match"] ? remaining : --remaining),
        "x-github-request-id": `R${server.requests.length}`,
      }),
    );
    const github = client();
    const first = await get(github);
    expect(first).toMatchObject({ status: 200, data: space, fromCache: false });
    const second = await get(github);
    expect(second.status).toBe(200);
    expect(second.data).toEqual(space);
    expect(second.fromCache).toBe(true);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("x-ratelimit-remaining")).toBe("9");
    expect(second.headers.get("x-github-request-id")).toBe("R2");
    expect(await second.response.json()).toEqual(space);
    expect(server.requests[0]!.headers["if-none-match"]).toBeUndefined();
    expect(server.requests[1]!.headers["if-none-match"]).toBe(first.headers.get("etag"));
  });

  it("sends If-Modified-Since when the 200 had Last-Modified", async () => {
    const lastModified = "Fri, 20 Nov 2026 10:00:00 GMT";
    server.handle((req, res) => conditional(req, res, space, {}, lastModified));
    const github = client();
    await get(github);
    expect((await get(github)).fromCache).toBe(true);
    expect(server.requests[1]!.headers["if-modified-since"]).toBe(lastModified);
  });

  it("a changed body (a new ETag) replaces the cached one", async () => {
    let body: Record<string, unknown> = space;
    server.handle((req, res) => conditional(req, res, body));
    const github = client();
    await get(github);
    body = { ...space, name: "Renamed" };
    const changed = await get(github);
    expect(changed).toMatchObject({ fromCache: false, data: { name: "Renamed" } });
    expect(await get(github)).toMatchObject({ fromCache: true, data: { name: "Renamed" } });
  });

  it("answers are never shared between tokens, and no key holds a token", async () => {
    server.handle((req, res) => conditional(req, res, space));
    const { store, keys } = recordingStore();
    await get(client({ cache: { store } }));
    await get(client({ token: OTHER_TOKEN, cache: { store } }));
    expect(server.requests.map((r) => r.headers["if-none-match"])).toEqual([undefined, undefined]);
    await get(client({ token: OTHER_TOKEN, cache: { store } }));
    expect(server.requests[2]!.headers["if-none-match"]).toBeDefined();
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) {
      expect(key).not.toContain(TOKEN);
      expect(key).not.toContain(OTHER_TOKEN);
      expect(key).not.toMatch(/ghp_/);
    }
  });

  it("a rotating token function gets one cache entry per token", async () => {
    server.handle((req, res) => conditional(req, res, space));
    let calls = 0;
    const github = client({ token: () => (calls++ % 2 === 0 ? TOKEN : OTHER_TOKEN) });
    await get(github); // TOKEN: miss
    await get(github); // OTHER_TOKEN: miss
    const third = await get(github); // TOKEN: hit
    expect(server.requests.map((r) => Boolean(r.headers["if-none-match"]))).toEqual([false, false, true]);
    expect(third.fromCache).toBe(true);
  });

  it("keys tell tokens, API versions, media types and URLs apart", async () => {
    const [a, b] = [await tokenId(TOKEN), await tokenId(OTHER_TOKEN)];
    expect(a).not.toBe(b);
    expect(a).toBe(await tokenId(TOKEN));
    const outgoing = (url: string, accept: string, version = "2026-03-10") => ({
      url,
      method: "GET",
      body: null,
      headers: new Headers({ accept, "x-github-api-version": version }),
    });
    const keys = [
      cacheKey(a, outgoing("https://api.github.com/x", "application/json")),
      cacheKey(b, outgoing("https://api.github.com/x", "application/json")),
      cacheKey(a, outgoing("https://api.github.com/x", "application/vnd.github.raw+json")),
      cacheKey(a, outgoing("https://api.github.com/x", "application/json", "2022-11-28")),
      cacheKey(a, outgoing("https://api.github.com/y", "application/json")),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("the in-memory store keeps the maxEntries most recently used answers", async () => {
    const store = memoryStore(2);
    const entry = (body: string): CacheEntry => ({ etag: `"${body}"`, lastModified: null, headers: [], body });
    store.set("a", entry("a"));
    store.set("b", entry("b"));
    expect(store.get("a")?.body).toBe("a"); // a is now the most recent
    store.set("c", entry("c"));
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")?.body).toBe("a");
    expect(store.get("c")?.body).toBe("c");
  });

  it("maxEntries bounds the default store of a client", async () => {
    server.handle((req, res) => conditional(req, res, { ...space, number: Number(req.url.split("/").pop()) }));
    const github = client({ cache: { maxEntries: 1 } });
    const getN = (n: number) => github.copilotSpaces.getForOrg({ org: "octo-org", space_number: n }).withResponse();
    await getN(1);
    await getN(2); // evicts 1
    expect((await getN(1)).fromCache).toBe(false);
    expect((await getN(1)).fromCache).toBe(true);
  });

  it("a store of your own, async or throwing, is used as it answers; a failing one is a cache that misses", async () => {
    server.handle((req, res) => conditional(req, res, space));
    const { store, entries } = recordingStore();
    const github = client({ cache: { store } });
    await get(github);
    expect(entries[0]).toMatchObject({ etag: expect.stringMatching(/^"[0-9a-f]{64}"$/), body: JSON.stringify(space) });
    expect(JSON.parse(JSON.stringify(entries[0]))).toEqual(entries[0]);
    expect((await get(github)).fromCache).toBe(true);
    const broken: CacheStore = {
      get: () => {
        throw new Error("store down");
      },
      set: () => Promise.reject(new Error("store down")),
    };
    const plain = client({ cache: { store: broken } });
    expect(await get(plain)).toMatchObject({ data: space, fromCache: false });
    expect(await get(plain)).toMatchObject({ data: space, fromCache: false });
  });

  it("pages are cached like any GET", async () => {
    const pages: Record<string, unknown> = {
      "": { spaces: [{ id: 1, number: 1, name: "one" }] },
      after: { spaces: [{ id: 2, number: 2, name: "two" }] },
    };
    server.handle((req, res) => {
      const next = req.url.includes("after=") ? undefined : `<${server.url}/orgs/octo-org/copilot-spaces?per_page=1&after=1>; rel="next"`;
      conditional(req, res, pages[next ? "" : "after"], next ? { link: next } : {});
    });
    const github = client();
    const walk = () => github.paginate.all(github.copilotSpaces.listForOrg, { org: "octo-org", per_page: 1 });
    const first = await walk();
    expect(await walk()).toEqual(first);
    expect(server.requests.map((r) => Boolean(r.headers["if-none-match"]))).toEqual([false, false, true, true]);
  });

  it("writes are never cached, and a caller's own If-None-Match is left to the caller", async () => {
    server.handle((req, res) => (req.method === "GET" ? conditional(req, res, space) : json(res, 201, space, { etag: '"w"' })));
    const github = client();
    await github.copilotSpaces.createForOrg({ org: "octo-org", name: "x" });
    await github.copilotSpaces.createForOrg({ org: "octo-org", name: "x" });
    expect(server.requests.map((r) => r.headers["if-none-match"])).toEqual([undefined, undefined]);
    const { headers } = await get(github);
    const own = await github.GET("/orgs/{org}/copilot-spaces/{space_number}", {
      params: { path: { org: "octo-org", space_number: 3 } },
      headers: { "if-none-match": headers.get("etag")! },
    });
    expect(own.response.status).toBe(304);
  });

  it("is off by default: no validators sent, nothing answered from a cache", async () => {
    server.handle((req, res) => conditional(req, res, space));
    const github = client({ cache: undefined });
    await get(github);
    expect(await get(github)).toMatchObject({ fromCache: false });
    expect(server.requests.every((r) => r.headers["if-none-match"] === undefined)).toBe(true);
  });

  it.each([
    [5, "cache", "must be true, false or an object of settings"],
    [{ maxEntries: 0 }, "cache.maxEntries", "must be a whole number, 1 or more"],
    [{ store: {} }, "cache.store", "must be an object with get and set methods"],
    [{ maxEntrie: 3 }, "cache.maxEntrie", "is not a cache setting (they are store, maxEntries)"],
  ])("cache: %j is refused before anything is sent", async (cache, field, rule) => {
    const github = client({ cache: cache as never });
    const error = await get(github).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ field, message: `${field}: ${rule}` });
    expect(server.requests).toHaveLength(0);
  });
});
