// Tokens never leak: a bad token or token function is refused before anything is sent, naming the
// rule and never the value, and a token echoed by a server, thrown by a token function or a fetch, or
// sent in a caller's header is redacted from every view of the error and from every log line.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { AbortError, AuthenticationError, ConnectionError, InvalidArgumentError, TimeoutError, TokenSourceError } from "../../src/index.js";
import { json } from "../test-server.js";
import { failure, getSpace, logs, makeClient, OTHER_SHAPED, server, space, spaceUrl, TOKEN, useFaultServer } from "./setup.js";

useFaultServer();

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
