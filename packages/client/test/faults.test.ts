// Every fault a user can meet, against a loopback server that misbehaves on command: resets before
// and during the body, hangs, drips, redirects, junk Retry-After, echoed tokens, bodies that are not
// what the description declares. Every error is also checked for the token, in every view of it
// (message, String, stack, JSON, inspection, causes) and in every log line.
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  createCopilotSpacesClient,
  CopilotSpacesError,
  InvalidArgumentError,
  RedirectError,
  ResponseBodyError,
  ServerError,
  TimeoutError,
  TokenSourceError,
  type CopilotSpacesClient,
  type CopilotSpacesClientOptions,
} from "../src/index.js";
import { MAX_REDIRECTS } from "../src/redirects.js";
import { parseHttpDate } from "../src/retry.js";
import { fakeSleep, json, startTestServer, TEST_NOW, testClient, type TestServer } from "./test-server.js";

const TOKEN = "ghp_F4ultS3cret0123456789abcdefghijklmnop";
const OTHER_SHAPED = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz";
const NOW = TEST_NOW;
const space = { id: 84, number: 3, name: "Team Planning Space" };

let server: TestServer;
let sleeper: ReturnType<typeof fakeSleep>;
const logs: string[] = [];

const makeClient = (options: Partial<CopilotSpacesClientOptions> = {}): CopilotSpacesClient =>
  testClient(server, sleeper.sleep, logs, { token: TOKEN, ...options });

beforeEach(async () => {
  server = await startTestServer();
  sleeper = fakeSleep();
  logs.length = 0;
});
afterEach(async () => {
  await server.close();
  // Every log line of every case, answered or failed, retried or redirected.
  for (const line of logs) {
    expect(line).not.toContain(TOKEN);
    expect(line).not.toMatch(/\bgh[pousr]_[A-Za-z0-9_]{8}|github_pat_[A-Za-z0-9_]{8}/);
  }
});

/** Every way a user may look at an error, its causes included. */
function views(error: unknown, depth = 0): string[] {
  if (depth > 20 || error === undefined || error === null) return [];
  if (!(error instanceof Error)) return [String(error), inspect(error, { depth: Infinity, showHidden: true })];
  return [
    error.message,
    String(error),
    error.stack ?? "",
    JSON.stringify(error) ?? "",
    inspect(error, { depth: Infinity, showHidden: true }),
    ...views(error.cause, depth + 1),
  ];
}

/** The call's error, after checking that no view of it and no log line holds a token. */
async function failure(promise: Promise<unknown>, secrets: string[] = [TOKEN]): Promise<CopilotSpacesError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  if (error === undefined) throw new Error("expected the call to fail");
  for (const text of [...views(error), ...logs]) {
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\bgh[pousr]_[A-Za-z0-9_]{8}/);
  }
  expect(error).toBeInstanceOf(CopilotSpacesError);
  return error as CopilotSpacesError;
}

const getSpace = (client: CopilotSpacesClient, options = {}) => client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }, options);
const spaceUrl = () => `${server.url}/orgs/octo-org/copilot-spaces/3`;

/** Answers 200 with headers at once, then sends the body a few bytes at a time, forever (or until `bytes`). */
function drip(res: import("node:http").ServerResponse, everyMs = 30) {
  res.writeHead(200, { "content-type": "application/json" });
  res.write("{");
  const timer = setInterval(() => res.write(" "), everyMs);
  res.on("close", () => clearInterval(timer));
}

describe("tokens", () => {
  it.each([
    ["an inner line feed", `${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)}`, "a line feed at position 21"],
    ["an inner CR LF", `${TOKEN.slice(0, 20)}\r\n${TOKEN.slice(20)}`, "a carriage return at position 21"],
    ["a NUL", `${TOKEN}\0`, "U+0000 at position 42"],
    ["a trailing newline", `${TOKEN}\n`, "a trailing newline, as read from a file?"],
    ["a space", `Bearer ${TOKEN}`, "a space at position 7"],
  ])("a token with %s is refused when the client is made, naming the rule, never the value", async (_name, token, detail) => {
    const error = await failure(
      Promise.resolve().then(() => makeClient({ token })),
      [TOKEN.slice(0, 20), TOKEN.slice(20)],
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).field).toBe("token");
    expect(error.message).toContain(detail);
    expect(error.message).toContain("a token must be visible ASCII characters only");
  });

  it.each([
    ["an inner line feed", () => `${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)}`, /holds a line feed at position 21/],
    ["an empty string", () => "", /the token function's result is empty/],
    ["undefined", () => undefined as unknown as string, /the token function's result must be a string, got undefined/],
  ])("a token function returning %s is an InvalidArgumentError, and nothing is sent", async (_name, token, message) => {
    const error = await failure(getSpace(makeClient({ token })), [TOKEN.slice(0, 20), TOKEN.slice(20)]);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [
      "throws",
      () => {
        throw new Error(`vault said no to ${TOKEN} (and ${OTHER_SHAPED})`, { cause: new Error(`inner ${TOKEN}`) });
      },
    ],
    ["rejects", async () => Promise.reject(new TypeError(`refresh failed for ${OTHER_SHAPED}`))],
    [
      "throws a string",
      () => {
        throw `expired: ${TOKEN}`;
      },
    ],
  ])("a token function that %s is a TokenSourceError with its cause, scrubbed; nothing is sent", async (_name, token) => {
    // The token was sent once, so the client knows it; then the source fails.
    let calls = 0;
    const source = () => (calls++ === 0 ? TOKEN : token());
    const client = makeClient({ token: source, retry: false });
    server.handle((_req, res) => json(res, 200, space));
    await getSpace(client);
    const error = await failure(getSpace(client), [TOKEN, OTHER_SHAPED]);
    expect(error).toBeInstanceOf(TokenSourceError);
    expect(error.message).toMatch(
      /^copilotSpaces\.getForOrg: GET http:\/\/127\.0\.0\.1:\d+\/orgs\/octo-org\/copilot-spaces\/3: the token function failed, so nothing was sent: /,
    );
    expect(error.message).toContain("[REDACTED]");
    expect(error.cause).toBeDefined();
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["a plain object", () => ({ detail: `vault: ${TOKEN}` })],
    ["an AggregateError", () => new AggregateError([new Error(`first ${TOKEN}`), { nested: { deeper: [OTHER_SHAPED] } }], "all sources failed")],
    ["an Error whose cause is an object", () => new Error("refresh failed", { cause: { response: { headers: { authorization: `Bearer ${TOKEN}` } } } })],
  ])("a token function that throws %s: the cause holds no token in any view", async (_name, thrown) => {
    let calls = 0;
    const client = makeClient({
      token: () => {
        if (calls++ === 0) return TOKEN;
        throw thrown();
      },
    });
    server.handle((_req, res) => json(res, 200, space));
    await getSpace(client);
    const error = await failure(getSpace(client), [TOKEN, OTHER_SHAPED]);
    expect(error).toBeInstanceOf(TokenSourceError);
  });

  it("a token function that never answers ends with the attempt's timeout, or the caller's signal; nothing is sent", async () => {
    const client = makeClient({ token: () => new Promise<string>(() => undefined), timeoutMs: 100, retry: false });
    const timedOut = await failure(getSpace(client));
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(timedOut.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} timed out after 100 ms while the token function was asked`);
    const aborted = await failure(getSpace(makeClient({ token: () => new Promise<string>(() => undefined) }), { signal: AbortSignal.timeout(100) }));
    expect(aborted).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("an error body that echoes the token deep down holds none", async () => {
    let nested: unknown = { message: `Bad credentials: ${TOKEN}` };
    for (let i = 0; i < 30; i++) nested = { level: i, inner: nested, list: [`${OTHER_SHAPED}`] };
    server.handle((_req, res) => json(res, 401, { message: "Bad credentials", detail: nested }));
    const error = await failure(getSpace(makeClient()), [TOKEN, OTHER_SHAPED]);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify((error as AuthenticationError).body)).toContain("[REDACTED]");
  });

  it("a fetch of the caller's that throws with the request attached: the cause holds no token", async () => {
    const leaky = async (request: Request) => {
      throw Object.assign(new TypeError("fetch failed"), { request, headers: { authorization: request.headers.get("authorization") } });
    };
    const error = await failure(getSpace(makeClient({ fetch: leaky, retry: false })));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(inspect(error.cause, { depth: Infinity })).toContain("withheld");
  });

  it("a token in a header of the caller's own is redacted from the log lines", async () => {
    server.handle((_req, res) => json(res, 200, space));
    await getSpace(makeClient(), { headers: { "x-installation": "ghs_InstallationToken0123456789abcdef" } });
    expect(logs.join("\n")).toContain('"x-installation":"[REDACTED]"');
  });

  it("a logger that throws does not turn an answered call into an error", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient({
      log: {
        debug: () => {
          throw new Error("log sink full");
        },
      },
    });
    await expect(getSpace(client)).resolves.toEqual(space);
  });

  it("a server that echoes the token gets it redacted from the message, the body and the headers", async () => {
    server.handle((req, res) =>
      json(
        res,
        401,
        { message: `Bad credentials for ${req.headers.authorization}`, documentation_url: "https://docs.github.com/rest" },
        {
          "x-echo": String(req.headers.authorization),
        },
      ),
    );
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} answered 401: Bad credentials for Bearer [REDACTED]`);
    expect((error as AuthenticationError).headers.get("x-echo")).toBe("Bearer [REDACTED]");
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("a token of another form (40 hex digits, as older OAuth tokens) is redacted by its value", async () => {
    const hex = "0123456789abcdef0123456789abcdef01234567";
    server.handle((req, res) => json(res, 401, { message: `Bad credentials: ${req.headers.authorization}` }));
    const error = await failure(getSpace(makeClient({ token: async () => hex })), [hex]);
    expect(error.message).toMatch(/answered 401: Bad credentials: Bearer \[REDACTED\]$/);
  });

  it("server text in a message is one line, without control characters, and capped", async () => {
    const long = `Line one\nline two\u202egnp.exe\u0007 ${"x".repeat(5000)}`;
    server.handle((_req, res) => json(res, 422, { message: long, errors: [{ field: "name\r\nX-Injected: 1", code: "invalid" }] }));
    const error = await failure(getSpace(makeClient()));
    expect(error.message).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(error.message).toContain("Line one line two gnp.exe");
    expect(error.message.length).toBeLessThan(spaceUrl().length + 700);
    expect(error.message).toContain("…");
  });
});

describe("failures while the body is read are classified as before the headers", () => {
  // A timeout that must fire while the body drips, after the headers: the headers come at once, but a
  // busy machine can keep this process waiting for a few hundred ms before it reads them.
  const BODY_PHASE_MS = 1000;
  const resetMidBody = (res: import("node:http").ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
    res.write('{"id": 84, "na');
    setTimeout(() => res.socket?.destroy(), 20);
  };

  it("a GET whose connection resets mid-body is retried, and succeeds", async () => {
    server.handle((_req, res, index) => (index < 2 ? resetMidBody(res) : json(res, 200, space)));
    await expect(getSpace(makeClient())).resolves.toEqual(space);
    expect(server.requests).toHaveLength(3);
    expect(sleeper.delays).toEqual([375, 750]);
  });

  it("a GET that resets mid-body every time throws ConnectionError (body phase) after the retries", async () => {
    server.handle((_req, res) => resetMidBody(res));
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).phase).toBe("body");
    expect(error.message).toContain(`copilotSpaces.getForOrg: GET ${spaceUrl()} lost the connection while its answer's body was read`);
    expect(server.requests).toHaveLength(3);
  });

  it("a reset before the headers is retried the same way", async () => {
    server.handle((_req, res, index) => (index < 2 ? void res.socket?.destroy() : json(res, 200, space)));
    await expect(getSpace(makeClient())).resolves.toEqual(space);
    expect(server.requests).toHaveLength(3);
  });

  it("a POST that resets mid-body is not retried", async () => {
    server.handle((_req, res) => resetMidBody(res));
    const error = await failure(makeClient().copilotSpaces.createForOrg({ org: "octo-org", name: "x" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("a body that drips past timeoutMs is a TimeoutError (body phase), retried", async () => {
    server.handle((_req, res) => drip(res));
    const error = await failure(getSpace(makeClient({ timeoutMs: BODY_PHASE_MS })));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} timed out after ${BODY_PHASE_MS} ms while its answer's body was read`);
    expect(server.requests).toHaveLength(3);
  });

  it("a fetch of the caller's that ignores the signal still times out while the body drips, and the connection is closed", async () => {
    let closed!: Promise<void>;
    server.handle((_req, res) => {
      closed = new Promise((resolve) => res.on("close", () => resolve()));
      drip(res);
    });
    const deaf = (request: Request) => globalThis.fetch(request.url, { headers: request.headers });
    const error = await failure(getSpace(makeClient({ timeoutMs: BODY_PHASE_MS, retry: false, fetch: deaf })));
    expect(error).toBeInstanceOf(TimeoutError);
    await closed; // else the test times out: the dripping answer would go on
  });

  it("the caller's AbortSignal.timeout during the body is an AbortError with the signal's reason, not retried", async () => {
    server.handle((_req, res) => drip(res));
    const signal = AbortSignal.timeout(BODY_PHASE_MS);
    const error = await failure(getSpace(makeClient(), { signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} was aborted by the caller while its answer's body was read`);
    expect(error.cause).toBe(signal.reason);
    expect((error.cause as DOMException).name).toBe("TimeoutError");
    expect(server.requests).toHaveLength(1);
  });

  it("abort(reason) during the body is an AbortError whose cause is that reason", async () => {
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    server.handle((_req, res) => {
      drip(res);
      setTimeout(() => controller.abort(reason), 100);
    });
    const error = await failure(getSpace(makeClient(), { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause).toBe(reason);
  });
});

describe("redirects", () => {
  it("follows a same-origin redirect with the token, and resolves with that answer", async () => {
    server.handle((req, res) =>
      req.url.startsWith("/orgs/") ? void res.writeHead(301, { location: "/organizations/1/copilot-spaces/3" }).end() : json(res, 200, space),
    );
    await expect(getSpace(makeClient())).resolves.toEqual(space);
    expect(server.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ["/orgs/octo-org/copilot-spaces/3", `Bearer ${TOKEN}`],
      ["/organizations/1/copilot-spaces/3", `Bearer ${TOKEN}`],
    ]);
  });

  it("a 307 repeats a PUT with its body; a 303 after a POST continues as a GET without it", async () => {
    server.handle((req, res) => {
      if (req.url.startsWith("/orgs/") && req.method === "PUT") return void res.writeHead(307, { location: `${server.url}/moved/3` }).end();
      if (req.method === "POST") return void res.writeHead(303, { location: "/orgs/octo-org/copilot-spaces/9" }).end();
      json(res, 200, space);
    });
    const client = makeClient();
    await client.copilotSpaces.updateForOrg({ org: "octo-org", space_number: 3, name: "Renamed" });
    await client.copilotSpaces.createForOrg({ org: "octo-org", name: "New" }).catch(() => undefined);
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      'PUT /orgs/octo-org/copilot-spaces/3 {"name":"Renamed"}',
      'PUT /moved/3 {"name":"Renamed"}',
      'POST /orgs/octo-org/copilot-spaces {"name":"New"}',
      "GET /orgs/octo-org/copilot-spaces/9 ",
    ]);
  });

  it("a redirect to another origin is a RedirectError with the location; nothing is sent there, nothing retried", async () => {
    const elsewhere = await startTestServer((_req, res) => json(res, 200, { id: 666 }));
    try {
      server.handle((_req, res) => void res.writeHead(307, { location: `${elsewhere.url}/steal?x=1` }).end());
      const error = await failure(makeClient().copilotSpaces.updateForOrg({ org: "octo-org", space_number: 3, name: "x" }));
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).location).toBe(`${elsewhere.url}/steal?x=1`);
      expect(error.message).toContain(`copilotSpaces.updateForOrg: PUT ${spaceUrl()} answered 307 redirecting to ${elsewhere.url}/steal?x=1: another origin`);
      expect(elsewhere.requests).toHaveLength(0);
      expect(server.requests).toHaveLength(1);
    } finally {
      await elsewhere.close();
    }
  });

  it("a redirect to a URL with credentials is a RedirectError that does not show them", async () => {
    server.handle((_req, res) => void res.writeHead(302, { location: `${server.url.replace("//", "//user:hunter2pass@")}/x` }).end());
    const error = await failure(getSpace(makeClient()), [TOKEN, "hunter2pass"]);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain("the Location holds credentials");
    expect(server.requests).toHaveLength(1);
  });

  it("a POST answered 303 to its own URL continues as a GET there (not a loop)", async () => {
    server.handle((req, res) => (req.method === "POST" ? void res.writeHead(303, { location: req.url }).end() : json(res, 200, space)));
    await expect(makeClient().copilotSpaces.createForOrg({ org: "octo-org", name: "x" })).resolves.toEqual(space);
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "GET"]);
  });

  it("a redirect loop is a RedirectError, not retried", async () => {
    server.handle((req, res) => void res.writeHead(302, { location: req.url.endsWith("/3") ? "/b" : "/orgs/octo-org/copilot-spaces/3" }).end());
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain("a redirect loop");
    expect(server.requests).toHaveLength(2);
  });

  it(`follows at most ${MAX_REDIRECTS} redirects`, async () => {
    server.handle((_req, res, index) => void res.writeHead(302, { location: `/hop/${index + 1}` }).end());
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain(`more than ${MAX_REDIRECTS} redirects`);
    expect(server.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('hands a fetch of the caller\'s every request with redirect: "manual"', async () => {
    const seen: RequestRedirect[] = [];
    const spy = (request: Request) => {
      seen.push(request.redirect);
      return globalThis.fetch(request);
    };
    server.handle((req, res) => (req.url.startsWith("/orgs/") ? void res.writeHead(302, { location: "/elsewhere" }).end() : json(res, 200, space)));
    const client = makeClient({ fetch: spy });
    await getSpace(client);
    await client.GET("/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "o", space_number: 1 } }, redirect: "follow" } as never);
    expect(seen).toEqual(["manual", "manual", "manual", "manual"]);
  });
});

describe("Retry-After and rate-limit resets", () => {
  const failOnce = (headers: Record<string, string>, status = 503) => {
    const first = server.requests.length;
    server.handle((_req, res, index) => (index === first ? json(res, status, { message: "slow down" }, headers) : json(res, 200, space)));
  };

  it.each(["", "-1", "5, 7", "1 2", "0x10", "1.5", "1e3", "Infinity", "soon", "Wed, 31 Feb 2026 10:00:00 GMT"])(
    "Retry-After %j means the normal backoff",
    async (value) => {
      failOnce({ "retry-after": value });
      await expect(getSpace(makeClient())).resolves.toEqual(space);
      expect(sleeper.delays).toEqual([375]);
    },
  );

  it("Retry-After as whole seconds, and as an HTTP date in the future, is waited for", async () => {
    failOnce({ "retry-after": "12" });
    await getSpace(makeClient());
    failOnce({ "retry-after": new Date(NOW + 30_000).toUTCString() }, 429);
    await getSpace(makeClient());
    expect(sleeper.delays).toEqual([12_000, 30_000]);
  });

  it("an HTTP date in the past, and a rate-limit reset in the past, mean the normal backoff", async () => {
    failOnce({ "retry-after": new Date(NOW - 5_000).toUTCString() }, 429);
    await getSpace(makeClient());
    failOnce({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(NOW / 1000 - 10) }, 403);
    await getSpace(makeClient());
    expect(sleeper.delays).toEqual([375, 375]);
  });

  it("reads the three HTTP date forms of RFC 9110 and nothing else", () => {
    const expected = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).toBe(expected);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(expected);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toBe(expected);
    for (const junk of ["5, 7", "2026-11-25T10:00:00Z", "Sun, 06 Nov 1994 08:49:37 PST", "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT"]) {
      expect(parseHttpDate(junk), junk).toBeUndefined();
    }
  });
});

describe("a 2xx whose body is not what the description declares", () => {
  it.each([
    [
      "empty, with content-length 0",
      (res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-length": "0" }).end(),
      "with an empty body",
    ],
    [
      "empty, chunked",
      (res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-type": "application/json" }).end(),
      "with an empty body",
    ],
    ["null", (res: import("node:http").ServerResponse) => json(res, 200, null), "with JSON null"],
    ["an array", (res: import("node:http").ServerResponse) => json(res, 200, [space]), "with a JSON array"],
    ["a string", (res: import("node:http").ServerResponse) => json(res, 200, "ok"), "with JSON string"],
    [
      "HTML",
      (res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-type": "text/html" }).end("<h1>Hi</h1>"),
      "with a body that is not JSON",
    ],
  ])("%s is a ResponseBodyError naming operation, URL and status; not retried", async (_name, answer, what) => {
    server.handle((_req, res) => answer(res));
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(ResponseBodyError);
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} answered 200 ${what}, where the description declares a JSON object`);
    expect(error).toMatchObject({ status: 200, url: spaceUrl(), operation: "copilotSpaces.getForOrg" });
    expect(server.requests).toHaveLength(1);
  });

  it("a later page that comes back empty is a ResponseBodyError too", async () => {
    server.handle((req, res) =>
      req.url.includes("after=")
        ? void res.writeHead(200, { "content-length": "0" }).end()
        : json(res, 200, { spaces: [space] }, { link: `<${server.url}/orgs/octo-org/copilot-spaces?after=x>; rel="next"` }),
    );
    const client = makeClient();
    const error = await failure(client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" }));
    expect(error).toBeInstanceOf(ResponseBodyError);
    expect(error.message).toBe(
      `copilotSpaces.listForOrg: GET ${server.url}/orgs/octo-org/copilot-spaces?after=x answered 200 with an empty body, where the description declares a JSON object`,
    );
  });

  it("a delete's 204 resolves to nothing, and so does an unexpected body on it", async () => {
    server.handle((_req, res, index) => (index === 0 ? void res.writeHead(204).end() : json(res, 200, { surprise: true })));
    const client = makeClient();
    await expect(client.copilotSpaces.deleteForOrg({ org: "o", space_number: 1 })).resolves.toBeUndefined();
    await expect(client.copilotSpaces.deleteForOrg({ org: "o", space_number: 1 })).resolves.toBeUndefined();
  });

  it("openapi-fetch's raw calls get a ResponseBodyError for a 2xx that is not JSON", async () => {
    server.handle((_req, res) => void res.writeHead(200, { "content-type": "application/json", "content-length": "3" }).end("{x}"));
    const error = await failure(makeClient().GET("/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "octo-org", space_number: 3 } } }));
    expect(error).toBeInstanceOf(ResponseBodyError);
    expect(error.message).toMatch(
      /^copilotSpaces\.getForOrg: GET http:\/\/127\.0\.0\.1:\d+\/orgs\/octo-org\/copilot-spaces\/3 answered 200 with a body that is not JSON$/,
    );
  });
});

describe("headers follow one rule everywhere", () => {
  it("a caller's accept and extra headers are sent on every page; the client's own are never replaced", async () => {
    server.handle((req, res) =>
      json(res, 200, { spaces: [space] }, req.url.includes("after=") ? {} : { link: `<${server.url}/orgs/octo-org/copilot-spaces?after=x>; rel="next"` }),
    );
    const client = makeClient();
    const headers = { accept: "application/vnd.github.raw+json", "x-trace": "t-1", authorization: "Bearer stolen", "user-agent": "spoof" };
    await client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" }, { headers });
    await client.GET("/orgs/{org}/copilot-spaces", { params: { path: { org: "octo-org" } }, headers });
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      expect(request.headers).toMatchObject({
        accept: "application/vnd.github.raw+json",
        "x-trace": "t-1",
        authorization: `Bearer ${TOKEN}`,
        "user-agent": expect.stringMatching(/^copilot-spaces-client\//),
      });
    }
  });

  it("without a caller's accept, every request asks for GitHub's media type", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient();
    await getSpace(client);
    await client.request("get", "/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "o", space_number: 1 } } });
    expect(server.requests.map((r) => r.headers.accept)).toEqual(["application/vnd.github+json", "application/vnd.github+json"]);
  });

  it("openapi-fetch's raw calls take its header shapes (a Headers object) under the same rule", async () => {
    server.handle((_req, res) => json(res, 200, space));
    await makeClient().GET("/orgs/{org}/copilot-spaces/{space_number}", {
      params: { path: { org: "o", space_number: 1 } },
      headers: new Headers({ "x-trace": "t-2", authorization: "Bearer stolen" }),
    });
    expect(server.requests[0]?.headers).toMatchObject({ "x-trace": "t-2", authorization: `Bearer ${TOKEN}`, accept: "application/vnd.github+json" });
  });

  it("a header value that cannot be sent is refused before anything is sent, without quoting it", async () => {
    const error = await failure(getSpace(makeClient(), { headers: { "x-note": `a\r\nAuthorization: ${TOKEN}` } }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe("headers.x-note: must not hold line breaks, NUL or characters above U+00FF");
    expect(server.requests).toHaveLength(0);
  });
});

describe("middleware registered with use()", () => {
  it("may answer without a request (onRequest) or recover from a failure (onError)", async () => {
    const cached = () => new Response(JSON.stringify({ ...space, name: "Cached" }), { status: 200, headers: { "content-type": "application/json" } });
    const client = makeClient({ retry: false });
    const cache = { onRequest: () => cached() };
    client.use(cache);
    await expect(getSpace(client)).resolves.toMatchObject({ name: "Cached" });
    expect(server.requests).toHaveLength(0);
    client.eject(cache);
    server.handle((_req, res) => void res.socket?.destroy());
    client.use({ onError: () => cached() });
    await expect(getSpace(client)).resolves.toMatchObject({ name: "Cached" });
  });

  it("ejecting one never registered leaves the others working", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient();
    const seen: unknown[] = [];
    client.use({ onResponse: async ({ response }: { response: Response }) => void seen.push(await response.clone().json()) });
    client.eject({ onResponse: () => undefined });
    await getSpace(client);
    expect(seen).toEqual([space]);
  });

  it("one used twice and ejected once still runs, and reads the body", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient();
    const seen: unknown[] = [];
    const middleware = { onResponse: async ({ response }: { response: Response }) => void seen.push(await response.clone().json()) };
    client.use(middleware);
    client.use(middleware);
    client.eject(middleware);
    await getSpace(client);
    expect(seen).toEqual([space]);
  });

  it("runs for every page of a walk", async () => {
    server.handle((req, res) =>
      json(res, 200, { spaces: [space] }, req.url.includes("after=") ? {} : { link: `<${server.url}/orgs/octo-org/copilot-spaces?after=x>; rel="next"` }),
    );
    const client = makeClient();
    const requested: string[] = [];
    client.use({ onRequest: ({ request }: { request: Request }) => void requested.push(new URL(request.url).search) });
    await client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" });
    expect(requested).toEqual(["", "?after=x"]);
    expect(server.requests).toHaveLength(2);
  });

  it("sees a readable answer on every call of a method, and a replaced answer is what the method resolves to", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient();
    const seen: unknown[] = [];
    const middleware = {
      async onResponse({ response }: { response: Response }) {
        seen.push(await response.clone().json());
        return new Response(JSON.stringify({ ...space, name: "Rewritten" }), { status: 200, headers: { "content-type": "application/json" } });
      },
    };
    client.use(middleware);
    await expect(getSpace(client)).resolves.toMatchObject({ name: "Rewritten" });
    client.eject(middleware);
    await expect(getSpace(client)).resolves.toEqual(space);
    expect(seen).toEqual([space]);
  });

  it("a 2xx that is not JSON is still a ResponseBodyError", async () => {
    server.handle((_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end("<p>maintenance</p>"));
    const client = makeClient();
    client.use({ onRequest: () => undefined });
    const error = await failure(getSpace(client));
    expect(error).toBeInstanceOf(ResponseBodyError);
    expect(error.message).toBe(
      `copilotSpaces.getForOrg: GET ${spaceUrl()} answered 200 with a body that is not JSON, where the description declares a JSON object`,
    );
  });
});

describe("odd answers", () => {
  it("a status outside 200–599 is an ApiError, from a method and from a raw call", async () => {
    server.handle((_req, res) => json(res, 600, { message: "Beyond HTTP" }));
    const client = makeClient({ retry: false });
    const error = await failure(getSpace(client));
    expect(error.constructor.name).toBe("ApiError");
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} answered 600: Beyond HTTP`);
    const raw = await failure(client.GET("/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "octo-org", space_number: 3 } } }));
    expect(raw.constructor.name).toBe("ApiError");
  });

  it("20 calls retrying at once with the real sleep raise no listener warning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const first = new Set<string>();
      server.handle((req, res) => {
        if (first.has(req.url)) return json(res, 200, space);
        first.add(req.url);
        json(res, 503, { message: "busy" });
      });
      const client = createCopilotSpacesClient({ token: TOKEN, baseUrl: server.url, retry: { initialDelayMs: 1 } });
      await Promise.all(Array.from({ length: 20 }, (_, i) => client.copilotSpaces.getForOrg({ org: "o", space_number: i + 1 })));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
  });
});

describe("errors after the headers show the real URL", () => {
  it.each([
    ["a 5xx", (res: import("node:http").ServerResponse) => json(res, 503, { message: "busy" }), ServerError],
    ["an empty 200", (res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-length": "0" }).end(), ResponseBodyError],
  ])("%s", async (_name, answer, ErrorClass) => {
    server.handle((_req, res) => answer(res));
    const error = await failure(makeClient({ retry: false }).copilotSpaces.updateForUser({ username: "octocat", space_number: 5, name: "x" }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.message).toContain(`copilotSpaces.updateForUser: PUT ${server.url}/users/octocat/copilot-spaces/5 answered`);
    expect(error.message).not.toContain("{");
  });
});
