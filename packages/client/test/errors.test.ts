import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  createCopilotSpacesClient,
  CopilotSpacesError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  type CopilotSpacesClient,
} from "../src/index.js";
import { fakeSleep, json, startTestServer, TEST_NOW, testClient, type TestServer } from "./test-server.js";

const TOKEN = "ghp_Zq7SECRETtoken0000000000000000000000";
const NOW = TEST_NOW;
let server: TestServer;
let client: CopilotSpacesClient;
let sleeper: ReturnType<typeof fakeSleep>;
const logs: string[] = [];

beforeEach(async () => {
  server = await startTestServer();
  sleeper = fakeSleep();
  logs.length = 0;
  client = testClient(server, sleeper.sleep, logs, { token: TOKEN });
});
afterEach(() => server.close());

const getSpace = () => client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 });
const githubError = (status: number, message: string, extra: Record<string, unknown> = {}) => ({
  message,
  documentation_url: "https://docs.github.com/rest",
  status: String(status),
  ...extra,
});

async function caught(promise: Promise<unknown>): Promise<CopilotSpacesError> {
  try {
    await promise;
  } catch (error) {
    return error as CopilotSpacesError;
  }
  throw new Error("expected the call to throw");
}

describe("a non-2xx answer throws the error class of its status", () => {
  it.each([
    [401, AuthenticationError, "Requires authentication"],
    [403, PermissionDeniedError, "Must have admin rights to Copilot Space."],
    [404, NotFoundError, "Not Found"],
    [500, ServerError, "Internal Server Error"],
    [409, ApiError, "Conflict"],
  ] as const)("%i throws %O with the request id", async (status, ErrorClass, message) => {
    server.handle((_req, res) => json(res, status, githubError(status, message), { "x-github-request-id": "CAFE:1234" }));
    const error = (await caught(client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }, { retry: false }))) as ApiError;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, requestId: "CAFE:1234", documentationUrl: "https://docs.github.com/rest" });
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${server.url}/orgs/octo-org/copilot-spaces/3 answered ${status}: ${message}`);
  });

  it("422 throws ValidationError with GitHub's errors[]", async () => {
    const errors = [{ resource: "CopilotSpace", field: "name", code: "missing_field" }];
    server.handle((_req, res) => json(res, 422, githubError(422, "Validation Failed", { errors })));
    const error = (await caught(client.copilotSpaces.createForOrg({ org: "octo-org", name: "" }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.errors).toEqual(errors);
    expect(error.message).toMatch(/answered 422: Validation Failed \(name missing_field\)$/);
  });

  it("403 with x-ratelimit-remaining: 0 throws RateLimitError with the reset time", async () => {
    const reset = NOW / 1000 + 3600;
    server.handle((_req, res) =>
      json(res, 403, githubError(403, "API rate limit exceeded"), { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }),
    );
    const error = (await caught(getSpace())) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.resetAt?.toISOString()).toBe("2026-11-25T11:00:00.000Z");
    expect(sleeper.delays).toEqual([]); // an hour is beyond maxRetryDelayMs: thrown at once
    expect(server.requests).toHaveLength(1);
  });

  it("a text body (a proxy's error page) is kept on the error", async () => {
    server.handle((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<h1>Bad gateway</h1>");
    });
    const error = (await caught(client.copilotSpaces.getForOrg({ org: "o", space_number: 1 }, { retry: false }))) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.body).toBe("<h1>Bad gateway</h1>");
  });
});

describe("failures without an answer", () => {
  it("a refused connection throws ConnectionError after the retries", async () => {
    const closed = await startTestServer();
    await closed.close();
    const offline = createCopilotSpacesClient({ token: TOKEN, baseUrl: closed.url, sleep: sleeper.sleep, random: () => 0 });
    const error = await caught(offline.copilotSpaces.getForUser({ username: "octocat", space_number: 1 }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/^copilotSpaces\.getForUser: GET http:\/\/127\.0\.0\.1:\d+\/users\/octocat\/copilot-spaces\/1 got no answer: .*ECONNREFUSED/);
    expect(sleeper.delays).toHaveLength(2);
  });

  it("an attempt longer than timeoutMs throws TimeoutError", async () => {
    server.handle(() => undefined); // never answers
    const error = (await caught(client.copilotSpaces.getForOrg({ org: "o", space_number: 1 }, { timeoutMs: 50, retry: false }))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${server.url}/orgs/o/copilot-spaces/1 timed out after 50 ms`);
  });

  it("timeoutMs: Infinity waits as long as it takes, and the caller's signal still ends the call", async () => {
    const patient = createCopilotSpacesClient({ token: TOKEN, baseUrl: server.url, timeoutMs: Infinity, retry: false });
    const controller = new AbortController();
    server.handle((_req, res, index) => {
      if (index === 0)
        controller.abort(); // in flight, never answered
      else setTimeout(() => json(res, 200, { id: 84 }), 150);
    });
    const hung = patient.copilotSpaces.getForOrg({ org: "o", space_number: 1 }, { signal: controller.signal });
    expect(await caught(hung)).toBeInstanceOf(AbortError);
    await expect(patient.copilotSpaces.getForOrg({ org: "o", space_number: 1 })).resolves.toEqual({ id: 84 });
  });

  it("the caller's AbortSignal throws AbortError", async () => {
    const controller = new AbortController();
    // Aborted once the request is in flight: the server has it and never answers.
    server.handle(() => controller.abort());
    const call = client.copilotSpaces.getForOrg({ org: "o", space_number: 1 }, { signal: controller.signal });
    expect(await caught(call)).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("an AbortSignal already aborted sends nothing", async () => {
    const error = await caught(client.copilotSpaces.getForOrg({ org: "o", space_number: 1 }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("retries", () => {
  const failThen = (failures: Array<[number, Record<string, string>?]>, final = 200) =>
    server.handle((_req, res, index) => {
      const failure = failures[index];
      if (failure) json(res, failure[0], githubError(failure[0], "try again"), failure[1]);
      else json(res, final, { id: 84, number: 3, name: "Team Planning Space" });
    });

  it("retries a GET on 5xx with exponential backoff and jitter, then succeeds", async () => {
    failThen([[502], [503]]);
    await expect(getSpace()).resolves.toMatchObject({ id: 84 });
    expect(server.requests).toHaveLength(3);
    expect(sleeper.delays).toEqual([375, 750]); // 500 ms then 1000 ms, each half fixed and half jitter (random 0.5)
  });

  it("gives up after `retries` and throws the last answer's error", async () => {
    failThen([[500], [500], [500], [500]]);
    expect(await caught(getSpace())).toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(3);
  });

  it("honours Retry-After on 429", async () => {
    failThen([[429, { "retry-after": "7" }]]);
    await expect(getSpace()).resolves.toMatchObject({ id: 84 });
    expect(sleeper.delays).toEqual([7000]);
  });

  it("waits for x-ratelimit-reset on a rate-limited 403 when it is within maxRetryDelayMs", async () => {
    failThen([[403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(NOW / 1000 + 30) }]]);
    await expect(getSpace()).resolves.toMatchObject({ id: 84 });
    expect(sleeper.delays).toEqual([30_000]);
  });

  it("throws RateLimitError at once when Retry-After is longer than maxRetryDelayMs", async () => {
    failThen([[429, { "retry-after": "120" }]]);
    const error = (await caught(getSpace())) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.resetAt?.toISOString()).toBe("2026-11-25T10:02:00.000Z");
    expect(sleeper.delays).toEqual([]);
  });

  it("does not retry a plain 403 or a 404", async () => {
    failThen([[403], [404]]);
    expect(await caught(getSpace())).toBeInstanceOf(PermissionDeniedError);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a POST, unless the caller opts in", async () => {
    failThen([[503], [503]], 201);
    expect(await caught(client.copilotSpaces.createForOrg({ org: "o", name: "x" }))).toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
    await expect(client.copilotSpaces.createForOrg({ org: "o", name: "x" }, { retry: { retryPost: true } })).resolves.toMatchObject({ id: 84 });
    expect(server.requests.map((r) => r.body)).toEqual(['{"name":"x"}', '{"name":"x"}', '{"name":"x"}']);
  });

  it("retries a PUT, sending the same body again", async () => {
    failThen([[500]]);
    await client.copilotSpaces.updateForUser({ username: "octocat", space_number: 5, name: "Renamed" });
    expect(server.requests.map((r) => `${r.method} ${r.body}`)).toEqual(['PUT {"name":"Renamed"}', 'PUT {"name":"Renamed"}']);
  });

  it("retries a DELETE", async () => {
    server.handle((_req, res, index) => (index === 0 ? json(res, 502, githubError(502, "Bad Gateway")) : void res.writeHead(204).end()));
    await expect(client.copilotSpaces.deleteForUser({ username: "octocat", space_number: 5 })).resolves.toBeUndefined();
    expect(server.requests.map((r) => r.method)).toEqual(["DELETE", "DELETE"]);
  });

  it("applies the timeout per attempt: a slow first attempt is retried", async () => {
    server.handle((_req, res, index) => (index === 0 ? undefined : json(res, 200, { id: 84 })));
    // The first attempt is never answered; 1 s is ample for the second even on a loaded machine.
    await expect(client.copilotSpaces.getForOrg({ org: "o", space_number: 1 }, { timeoutMs: 1000 })).resolves.toEqual({ id: 84 });
    expect(server.requests).toHaveLength(2);
  });

  it("the caller's signal ends the call during a wait between attempts", async () => {
    failThen([[503], [503]]);
    const controller = new AbortController();
    const aborting = createCopilotSpacesClient({
      token: TOKEN,
      baseUrl: server.url,
      sleep: async () => controller.abort(new Error("user gave up")),
    });
    expect(await caught(aborting.copilotSpaces.getForOrg({ org: "o", space_number: 1 }, { signal: controller.signal }))).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("retry: false turns retries off", async () => {
    failThen([[503]]);
    expect(await caught(client.copilotSpaces.getForOrg({ org: "o", space_number: 1 }, { retry: false }))).toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("the token never leaks", () => {
  it("is not in an error's message, toString(), toJSON(), inspection or stack, nor in the logs", async () => {
    server.handle((req, res) => json(res, 401, githubError(401, `Bad credentials for ${req.headers.authorization ? "a token" : "nothing"}`)));
    const error = await caught(getSpace());
    expect(error).toBeInstanceOf(AuthenticationError);
    const surfaces = [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10 }), error.stack ?? "", ...logs];
    for (const text of surfaces) expect(text).not.toContain(TOKEN);
    expect(logs.join("\n")).toContain('"authorization":"[REDACTED]"');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("is not in a connection error either", async () => {
    const closed = await startTestServer();
    await closed.close();
    const offline = createCopilotSpacesClient({ token: TOKEN, baseUrl: closed.url, retry: false });
    const error = await caught(offline.copilotSpaces.getForUser({ username: "octocat", space_number: 1 }));
    expect([error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10 })].join("\n")).not.toContain(TOKEN);
  });
});
