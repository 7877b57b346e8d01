// The browser build (dist/browser.js, `@copilot-spaces/mock-server/browser`) is the same mock as
// createMock in Node, not a second implementation: loaded in Node (which has fetch, Request and Web
// Crypto), it answers every request of the description's operations as the Node mock does, stateless
// and stateful, forced statuses, bad input, conditional requests, paging and faults included. It refuses
// the options that need files or faker by name; its stand-ins for Node's modules match Node's own; it
// imports nothing at run time; and in a real Chromium, from a file:// page with the network closed, it
// answers as in Node (one browser launch for the file).
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { tmpdir } from "node:os";
import { posix, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { exampleValues, operationsOf, resolvePointer, resolveSchema, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { build } from "esbuild";
import fc from "fast-check";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as browserCrypto from "../build/browser/crypto.js";
import { createMock as createNodeMock, type CreateMockOptions, type JournalEntry, type Mock } from "../src/index.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BASE = "https://api.github.com";
const browserBuild = resolve(import.meta.dirname, "../dist/browser.js");
const bundle = readBundle();
const operations = operationsOf(bundle);

type BrowserEntry = typeof import("../src/browser.js");
type BrowserMockOptions = import("../src/browser.js").BrowserMockOptions;
let entry: BrowserEntry;
beforeAll(async () => {
  entry = (await import(pathToFileURL(browserBuild).href)) as BrowserEntry;
});

/** Both mocks made with the same options; `close` ends both. */
async function pair(options: BrowserMockOptions = {}) {
  const [node, browser] = await Promise.all([createNodeMock(options), entry.createMock(options)]);
  return { node, browser, close: () => Promise.all([node.close(), browser.close()]) };
}

/** An answer with what differs from one run to the next (the request id) replaced, its shape kept. */
async function comparable(response: Response) {
  const id = response.headers.get("x-github-request-id");
  const scrub = (text: string) => (id ? text.replaceAll(id, "REQUEST-ID") : text);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = scrub(value)));
  return {
    status: response.status,
    headers,
    requestId: id?.replace(/[0-9A-F]/g, "h") ?? null,
    body: scrub(await response.text()),
  };
}

interface Ask {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
/** The same request to both mocks, one after the other (the browser build first); their answers. */
async function both(mocks: { node: Mock; browser: Mock }, ask: Ask) {
  const send = (mock: Mock) =>
    mock.fetch(`${BASE}${ask.path}`, { method: ask.method, headers: ask.headers ?? {}, ...(ask.body === undefined ? {} : { body: ask.body }) });
  const browser = await comparable(await send(mocks.browser));
  const node = await comparable(await send(mocks.node));
  return { browser, node };
}

/** A journal entry without what differs from one run to the next. */
const journalled = ({ requestId: _id, durationMs: _ms, ...rest }: JournalEntry) => rest;

const examples = new Map(operations.flatMap((o) => o.parameters.filter((p) => p.in === "path").map((p) => [p.name, String(p.node.example)])));
const fill = (path: string, values: Record<string, string> = {}) => path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? examples.get(name)!);
const exampleBody = (o: ModelOperation) => (o.operation.requestBody ? JSON.stringify(exampleValues(bundle, o.operation.requestBody)[0]) : undefined);
const request = (o: ModelOperation, token: string, extra: Record<string, string> = {}): Ask => ({
  method: o.method.toUpperCase(),
  path: fill(o.path),
  // A token is one word: names of cases made into one.
  headers: { authorization: `Bearer ${token.replace(/[^\w-]+/g, "-")}`, ...extra },
  ...(exampleBody(o) === undefined ? {} : { body: exampleBody(o) }),
});
// A fixed clock: dates and rate-limit resets are the same in both, so that only a difference of behaviour shows.
const now = () => new Date("2026-11-25T12:00:00.000Z");

describe("the browser build answers as the Node mock, stateless", () => {
  let mocks: Awaited<ReturnType<typeof pair>>;
  beforeAll(async () => {
    mocks = await pair({ now });
  });
  afterAll(() => mocks?.close());

  // Every documented status of every operation: the success with the examples, each other status forced.
  const cases = operations.flatMap((o) =>
    o.responses.map((r) => [`${o.operationId} ${r.status}`, o, r.status === o.success.status ? undefined : `code=${r.status}`] as const),
  );
  it.each(cases)("%s", async (name, operation, prefer) => {
    // A token per case: each has a budget of its own, the same in both mocks.
    const answers = await both(mocks, request(operation, `parity ${name}`, prefer ? { prefer } : {}));
    expect(answers.browser).toEqual(answers.node);
    expect(answers.node.status).toBe(prefer ? Number(prefer.slice(5)) : operation.success.status);
  });

  it.each(operations.map((o) => [o.operationId, o] as const))("%s without a token: the same 401", async (_, operation) => {
    const { authorization: _token, ...headers } = request(operation, "none").headers!;
    const answers = await both(mocks, { ...request(operation, "none"), headers });
    expect(answers.node.status).toBe(401);
    expect(answers.browser).toEqual(answers.node);
  });

  const writes = operations.filter((o) => o.requestBody);
  // Broken JSON and JSON that is not an object (400), and an empty object: a 422 where the body requires fields.
  const badBodies = operations
    .filter((o) => o.requestBody)
    .flatMap((o) =>
      [
        ["{", 400],
        ["[]", 400],
        ["{}", requiredOf(o).length > 0 ? 422 : o.success.status],
      ].map(([body, status]) => [`${o.operationId} ${body}`, o, body as string, status as number] as const),
    );
  it.each(badBodies)("%s: the same answer", async (name, operation, body, status) => {
    const answers = await both(mocks, { ...request(operation, `bad ${name}`), body });
    expect(answers.node.status).toBe(status);
    expect(answers.browser).toEqual(answers.node);
  });

  it.each(operations.filter((o) => o.method === "get").map((o) => [o.operationId, o] as const))(
    "%s: the same ETag, and If-None-Match with it is a 304 in both",
    async (_, operation) => {
      const token = `etag ${operation.operationId}`;
      const first = await both(mocks, request(operation, token));
      expect(first.node.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
      expect(first.browser).toEqual(first.node);
      const again = await both(mocks, request(operation, token, { "if-none-match": first.node.headers.etag! }));
      expect(again.node.status).toBe(304);
      expect(again.browser).toEqual(again.node);
    },
  );

  it.each(operations.filter((o) => o.paging).map((o) => [o.operationId, o] as const))(
    "%s: the same pages and Link headers, followed to the last page",
    async (_, operation) => {
      const pageSize = operation.paging!.pageSize!.name;
      let path: string | undefined = `${fill(operation.path)}?${pageSize}=2`;
      let pages = 0;
      while (path) {
        const answers = await both(mocks, { method: "GET", path, headers: { authorization: `Bearer paging-${operation.path.length}` } });
        expect(answers.browser).toEqual(answers.node);
        expect(answers.node.status).toBe(200);
        const next = /<([^>]+)>;\s*rel="next"/.exec(answers.node.headers.link ?? "")?.[1];
        path = next?.slice(BASE.length);
        pages++;
      }
      expect(pages).toBeGreaterThan(1);
    },
  );

  // The fetch door's network faults: the same rejection (with its cause's code and errno) or the same broken body.
  it.each(["reset", "empty", "truncate", "drip, drip-ms=20"])("Prefer: fault=%s: the same failure", async (fault) => {
    const operation = operations.find((o) => o.method === "get" && o.path.endsWith("}"))!;
    const outcome = async (mock: Mock) => {
      const ask = request(operation, `fault-${fault}`, { prefer: `fault=${fault}` });
      return mock.fetch(`${BASE}${ask.path}`, { headers: ask.headers! }).then(
        async (response) => ({ status: response.status, body: await response.text().catch((e: unknown) => described(e)) }),
        (e: unknown) => ({ rejected: described(e) }),
      );
    };
    const [browser, node] = [await outcome(mocks.browser), await outcome(mocks.node)];
    expect(browser).toEqual(node);
    // A drip ends with the whole body; the others fail as Node's fetch does over a socket.
    if (fault.startsWith("drip")) expect(node).toMatchObject({ status: 200, body: expect.stringMatching(/^\{/) });
    else expect(JSON.stringify(node)).toMatch(/fetch failed|terminated/);
  });

  it("journals the same requests, the token kept as the same hash", () => {
    const [fromNode, fromBrowser] = [mocks.node.requests(), mocks.browser.requests()];
    expect(fromBrowser.length).toBeGreaterThan(operations.length);
    expect(fromBrowser.map(journalled)).toEqual(fromNode.map(journalled));
  });
});

/** An error as a test sees it: its class, message, and its cause's fields. */
function described(error: unknown) {
  const { name, message, cause } = error as Error & { cause?: Record<string, unknown> };
  return { name, message, cause: cause && { name: cause.name, message: cause.message, code: cause.code, errno: cause.errno, syscall: cause.syscall } };
}

/** The names an operation's request body schema requires, as the bundle says (references followed). */
const requiredOf = (operation: ModelOperation) =>
  (resolveSchema(bundle, resolvePointer(bundle, operation.requestBody!.schemaPointer)).required as string[] | undefined) ?? [];

describe("the browser build answers as the Node mock, stateful", () => {
  let mocks: Awaited<ReturnType<typeof pair>>;
  beforeAll(async () => {
    mocks = await pair({ now, stateful: true, rateLimit: false });
  });
  afterAll(() => mocks?.close());

  // Each collection's create, then a get of what it created, by the fields the path's parameters name.
  const creates = operations.filter((o) => o.resource?.action === "create");
  it.each(creates.map((o) => [o.operationId, o] as const))("%s, then a get of what it created", async (_, create) => {
    const created = await both(mocks, request(create, "t"));
    expect(created.browser).toEqual(created.node);
    expect(created.node.status).toBeLessThan(300);
    const get = operations.find((o) => o.resource?.action === "get" && o.resource.collection === create.resource!.collection);
    const identity = get?.parameters.filter((p) => get.resource!.identity.includes(p.name));
    if (!get || !identity?.every((p) => p.itemField)) return;
    const item = JSON.parse(created.node.body) as Record<string, unknown>;
    const path = fill(get.path, Object.fromEntries(identity.map((p) => [p.name, String(item[p.itemField!])])));
    const read = await both(mocks, { method: "GET", path, headers: { authorization: "Bearer t" } });
    expect(read.node.status).toBe(200);
    expect(read.browser).toEqual(read.node);
    expect(JSON.parse(read.node.body)).toEqual(item);
  });

  // Then every operation in the description's order with its examples: sets and deletes change what follows.
  it.each(operations.map((o) => [o.operationId, o] as const))("%s after the writes before it", async (_, operation) => {
    const answers = await both(mocks, request(operation, "t"));
    expect(answers.browser).toEqual(answers.node);
  });

  it("keeps the same state: snapshots, journal", () => {
    expect(mocks.browser.snapshot()).toEqual(mocks.node.snapshot());
    expect(mocks.browser.requests().map(journalled)).toEqual(mocks.node.requests().map(journalled));
  });
});

describe("the options of the browser build", () => {
  // What each refused option would be given; src/browser.ts says why each is refused.
  const refused: [keyof CreateMockOptions, unknown][] = [
    ["specPath", "openapi.json"],
    ["stateFile", "state.json"],
    ["replay", "cassettes"],
    ["replayStrict", true],
    ["seedFromRecording", "cassettes"],
    ["dynamic", true],
  ];
  it.each(refused)("refuses %s with a TypeError naming it", async (option, value) => {
    // The type refuses these too; the cast is a JavaScript caller's.
    const error = await entry.createMock({ [option]: value } as BrowserMockOptions).then(
      (mock) => mock.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toMatch(new RegExp(`^${option}: not available in the browser build: `));
  });

  it("takes dynamic: false", async () => {
    const mock = await entry.createMock({ dynamic: false });
    await mock.close();
  });

  const get = operations.find((o) => o.method === "get" && o.path.endsWith("}"))!;
  const list = operations.find((o) => o.paging)!;
  const create = operations.find((o) => o.resource?.action === "create")!;
  const revoked = "ghp_revokedrevokedrevokedrevokedrevoked";
  type Seen = { statuses: number[]; journal: ReturnType<Mock["requests"]> };
  const given: [string, BrowserMockOptions, Ask[], (seen: Seen) => void][] = [
    [
      "tokens",
      { tokens: { [revoked]: { revoked: true } } },
      [request(get, revoked), request(get, "ghp_grantedgrantedgrantedgrantedgranted")],
      ({ statuses }) => expect(statuses).toEqual([401, 200]),
    ],
    [
      "rules",
      { rules: { rules: [{ operationId: get.operationId, times: 1, status: 503 }] } },
      [request(get, "t"), request(get, "t")],
      ({ statuses }) => expect(statuses).toEqual([503, 200]),
    ],
    ["latency", { latency: 5 }, [request(get, "t")], ({ journal }) => expect(journal[0]!.injected).toEqual([{ kind: "delay", ms: 5, source: "latency" }])],
    [
      "latencyByOperation",
      { latencyByOperation: { [list.operationId]: 3 } },
      [request(list, "t"), request(get, "t")],
      ({ journal }) => expect(journal.map((r) => r.injected.length)).toEqual([1, 0]),
    ],
    [
      "journalSize",
      { journalSize: 1 },
      [request(get, "t"), request(list, "t")],
      ({ journal }) => expect(journal.map((r) => r.operationId)).toEqual([list.operationId]),
    ],
    ["rateLimit", { rateLimit: 1 }, [request(get, "t"), request(get, "t")], ({ statuses }) => expect(statuses).toEqual([200, 403])],
    [
      "secondaryRateLimit",
      { secondaryRateLimit: { perMinute: 1 } },
      [request(create, "t"), request(create, "t")],
      ({ statuses }) => expect(statuses).toEqual([create.success.status, 403]),
    ],
    [
      "chaos",
      { chaos: { rate: 1, seed: 7, faults: ["503", "delay"], delayMs: [1, 3] } },
      [request(get, "t"), request(list, "t"), request(get, "t")],
      ({ journal }) => expect(journal.every((r) => r.injected.some((i) => i.source === "chaos"))).toBe(true),
    ],
    [
      "stateful, user",
      { stateful: true, user: "mona" },
      [request(create, "t")],
      ({ statuses, journal }) => {
        expect(statuses).toEqual([create.success.status]);
        expect(journal).toHaveLength(1);
      },
    ],
  ];
  it.each(given)("%s: works, and as in Node", async (_, options, asks, check) => {
    const mocks = await pair({ now, ...options });
    try {
      const statuses: number[] = [];
      for (const ask of asks) {
        const { browser, node } = await both(mocks, ask);
        expect(browser).toEqual(node);
        statuses.push(browser.status);
      }
      const journal = mocks.browser.requests();
      expect(journal.map(journalled)).toEqual(mocks.node.requests().map(journalled));
      check({ statuses, journal });
    } finally {
      await mocks.close();
    }
  });
});

// The stand-ins that the mock's answers do not always reach (mime-types' extname is not called on the
// mock's paths), each against the Node function it replaces.
describe("the browser build's stand-ins, against Node's own", () => {
  const standIns = createRequire(import.meta.url);
  it("path-url's extname is Node's path.posix.extname", () => {
    const { extname } = standIns("../build/browser/path-url.cjs") as { extname: (path: string) => string };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", ".", "/"), maxLength: 12 }), (path) => extname(path) === posix.extname(path)),
      { numRuns: 2000 },
    );
  });

  it("crypto's sha256 is node:crypto's, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 4 }), (parts) => {
        const standIn = parts.reduce((hash, part) => hash.update(part), browserCrypto.createHash("sha256")).digest("hex");
        const node = parts.reduce((hash, part) => hash.update(part), createHash("sha256")).digest("hex");
        return standIn === node;
      }),
      { numRuns: 500 },
    );
  });

  it("crypto's randomInt(max) is a whole number from 0 up to max, as node:crypto's", () => {
    for (const max of [1, 2, 7, 2 ** 32 - 1]) {
      const drawn = Array.from({ length: 200 }, () => browserCrypto.randomInt(max));
      expect(drawn.every((n) => Number.isInteger(n) && n >= 0 && n < max)).toBe(true);
      if (max > 2) expect(new Set(drawn).size).toBeGreaterThan(1);
    }
  });
});

describe("no Node at run time", () => {
  it("dist/browser.js imports and requires no module: esbuild, reading it, finds no import, dynamic import or require of one", async () => {
    const found: string[] = [];
    await build({
      entryPoints: [browserBuild],
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
      plugins: [
        {
          name: "record",
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              if (args.kind === "entry-point") return undefined;
              found.push(`${args.kind} ${args.path}`);
              return { path: args.path, external: true };
            });
          },
        },
      ],
    });
    expect(found).toEqual([]);
  });

  it('names a Node built-in only in lodash\'s guarded `freeModule.require("util")`, inside try', () => {
    const code = readFileSync(browserBuild, "utf8");
    const builtins = builtinModules.flatMap((name) => [name, `node:${name}`]).map((name) => name.replace(/[/]/g, "\\/"));
    const named = [...code.matchAll(new RegExp(`(.{0,80})\\brequire\\(\\s*["'\`](${builtins.join("|")})["'\`]\\s*\\)`, "g"))];
    expect(named.length).toBeGreaterThan(0);
    for (const [, before, name] of named) {
      expect(name).toBe("util");
      // lodash's nodeUtil: `try { var types = freeModule && freeModule.require && freeModule.require('util').types; … } catch {}`.
      expect(before).toMatch(/try\{(var|let|const) \w+=\w+&&\w+\.require&&\w+\.$/);
    }
    expect(code).not.toMatch(/\bimport\s*\(?\s*["'`]node:/);
    expect(code).not.toMatch(/\bfrom\s*["'`]node:/);
  });
});

describe("in Chromium, from a file:// page with the network closed", () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  const offPage: string[] = [];
  const errors: string[] = [];
  const local = (url: string) => /^(file|blob|data):/.test(url);
  beforeAll(async () => {
    dir = mkdtempSync(resolve(tmpdir(), "mock-browser-"));
    // As a page embeds it: the module's text in the page, imported from a blob: URL (file:// module scripts are refused).
    writeFileSync(
      resolve(dir, "page.html"),
      `<!doctype html><meta charset="utf-8"><title>mock</title>
<script type="text/plain" id="mock">${readFileSync(browserBuild, "utf8").replace(/<\/(script)/gi, "<\\/$1")}</script>
<script type="module">
const url = URL.createObjectURL(new Blob([document.getElementById("mock").textContent], { type: "text/javascript" }));
window.mockReady = import(url);
</script>`,
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
      timeout: 120_000,
    });
    page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    page.on("request", (r) => {
      if (!local(r.url())) offPage.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("**", (route) => (local(route.request().url()) ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(resolve(dir, "page.html")).href);
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  type PageWindow = { mockReady: Promise<BrowserEntry>; mock?: Mock };
  /** A mock made in the page with these options (and the fixed clock), kept there until `closeInPage`. */
  const openInPage = (options: CreateMockOptions) =>
    page.evaluate(
      async ({ options, clock }) => {
        const held = window as unknown as PageWindow;
        held.mock = await (await held.mockReady).createMock({ ...options, now: () => new Date(clock) });
      },
      { options: options as Record<string, unknown>, clock: now().toISOString() },
    );
  const closeInPage = () => page.evaluate(() => (window as unknown as PageWindow).mock?.close());
  /** The asks, in order, to the page's mock; the raw answers. */
  const sendInPage = (asks: Ask[]) =>
    page.evaluate(
      async ({ base, asks }) => {
        const mock = (window as unknown as PageWindow).mock!;
        const answers = [];
        let etag = "";
        for (const ask of asks) {
          const headers = Object.fromEntries(Object.entries(ask.headers ?? {}).map(([name, value]) => [name, value === "ETAG-BEFORE" ? etag : value]));
          const response = await mock.fetch(`${base}${ask.path}`, { method: ask.method, headers, ...(ask.body === undefined ? {} : { body: ask.body }) });
          etag = response.headers.get("etag") ?? etag;
          const seen: Record<string, string> = {};
          response.headers.forEach((value, name) => (seen[name] = value));
          answers.push({ status: response.status, headers: seen, body: await response.text() });
        }
        return answers;
      },
      { base: BASE, asks },
    );
  async function inPage(options: CreateMockOptions, asks: Ask[]) {
    await openInPage(options);
    try {
      return await sendInPage(asks);
    } finally {
      await closeInPage();
    }
  }
  /** The same asks to the Node mock. */
  async function inNode(options: CreateMockOptions, asks: Ask[]) {
    const mock = await createNodeMock({ ...options, now });
    try {
      const answers = [];
      let etag = "";
      for (const ask of asks) {
        const headers = Object.fromEntries(Object.entries(ask.headers ?? {}).map(([name, value]) => [name, value === "ETAG-BEFORE" ? etag : value]));
        const response = await mock.fetch(`${BASE}${ask.path}`, { method: ask.method, headers, ...(ask.body === undefined ? {} : { body: ask.body }) });
        etag = response.headers.get("etag") ?? etag;
        answers.push(await comparable(response));
      }
      return answers;
    } finally {
      await mock.close();
    }
  }
  const scrubbed = (answer: { status: number; headers: Record<string, string>; body: string }) =>
    comparable(new Response(answer.status === 204 || answer.status === 304 ? null : answer.body, { status: answer.status, headers: answer.headers }));

  it("creates a Space and reads it back", async () => {
    const create = operations.find((o) => o.resource?.action === "create" && o.resource.identity.length === 0 && o.resource.owner.length === 1)!;
    const get = operations.find((o) => o.resource?.action === "get" && o.resource.collection === create.resource!.collection)!;
    const [identity] = get.parameters.filter((p) => get.resource!.identity.includes(p.name));
    await openInPage({ stateful: true });
    try {
      const [created] = await sendInPage([request(create, "t")]);
      expect(created!.status).toBe(create.success.status);
      const item = JSON.parse(created!.body) as Record<string, unknown>;
      const [read] = await sendInPage([
        { method: "GET", path: fill(get.path, { [identity!.name]: String(item[identity!.itemField!]) }), headers: { authorization: "Bearer t" } },
      ]);
      expect(read!.status).toBe(200);
      expect(JSON.parse(read!.body)).toEqual(item);
    } finally {
      await closeInPage();
    }
  });

  it("answers as the Node mock: every documented status, 401 without a token, bad bodies, a conditional GET, a second page", async () => {
    const asks: Ask[] = operations.flatMap((o) => [
      ...o.responses.map((r) => request(o, `page-${o.operationId}-${r.status}`, r.status === o.success.status ? {} : { prefer: `code=${r.status}` })),
      { ...request(o, "none"), headers: {} },
      ...(o.requestBody ? ["{", "[]", "{}"].map((body) => ({ ...request(o, `bad-${o.operationId}`), body })) : []),
      ...(o.method === "get" ? [request(o, `etag-${o.operationId}`), request(o, `etag-${o.operationId}`, { "if-none-match": "ETAG-BEFORE" })] : []),
      ...(o.paging ? [{ ...request(o, `paging-${o.operationId}`), path: `${fill(o.path)}?${o.paging.pageSize!.name}=2` }] : []),
    ]);
    const [fromPage, fromNode] = await Promise.all([inPage({}, asks), inNode({}, asks)]);
    expect(fromPage).toHaveLength(asks.length);
    const pageAnswers = await Promise.all(fromPage.map(scrubbed));
    for (const [i, answer] of pageAnswers.entries())
      expect(answer, `${asks[i]!.method} ${asks[i]!.path} ${JSON.stringify(asks[i]!.headers)}`).toEqual(fromNode[i]);
    expect(new Set(fromNode.map((a) => a.status))).toEqual(new Set([...operations.flatMap((o) => o.responses.map((r) => r.status)), 401]));
  });

  it("made no request off the page and logged no error", () => {
    expect(offPage).toEqual([]);
    expect(errors).toEqual([]);
  });
});
