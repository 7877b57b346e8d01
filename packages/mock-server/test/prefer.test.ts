// Forcing answers with `Prefer`, through the core's `fetch` (no port): what the description documents,
// GitHub's faults on any operation with GitHub's headers, and a 400 for anything else. The client takes
// the same `fetch` and meets the faults as it would meet GitHub's.
import { createCopilotSpacesClient, RateLimitError, ServerError } from "@copilot-spaces/client";
import { deref, operationsOf } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, type Mock } from "../src/index.js";

const bundle = readBundle();
const validator = new BundleValidator(bundle);
let mock: Mock;
beforeAll(async () => {
  // Hundreds of writes with one token: GitHub's secondary limit (80 a minute) would answer most of them.
  mock = await createMock({ rateLimit: false });
});
afterAll(() => mock?.close());

const examples = Object.fromEntries(
  operationsOf(bundle).flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), String(p.node.example)])),
);
const operations = operationsOf(bundle).map((o) => ({
  name: String(o.operation.operationId),
  method: o.method.toUpperCase(),
  path: o.path.replace(/\{([^}]+)\}/g, (_, name: string) => examples[name]!),
  statuses: Object.keys(o.operation.responses as object).map(Number),
  /** The names of the examples each status documents. */
  exampleNames: (status: number) => {
    const response = (o.operation.responses as Record<string, unknown>)[status];
    const content = (response ? deref(bundle, response, "").node.content : undefined) as Record<string, { examples?: object }> | undefined;
    return Object.values(content ?? {}).flatMap((media) => Object.keys(media.examples ?? {}));
  },
  body: o.requestBody ? JSON.stringify(o.requestBody.examples[0]) : undefined,
}));
/** A GET answered 200: the cases below that need an ordinary answer take it, wherever it stands in the description. */
const ordinaryGet = () => operations.find((op) => op.method === "GET" && op.statuses.includes(200))!;
type Op = (typeof operations)[number];

const send = (op: Op, prefer: string) =>
  mock.fetch(
    new Request(`http://mock.test${op.path}`, { method: op.method, headers: { authorization: "Bearer t", prefer }, ...(op.body ? { body: op.body } : {}) }),
  );
const json = async (response: Response) => (await response.json()) as { message: string; documentation_url: string; status: string };

describe("documented answers", () => {
  it.each(operations.flatMap((op) => op.statuses.map((status) => [`${op.name} code=${status}`, op, status] as const)))(
    "%s → that status",
    async (_n, op, status) => {
      const response = await send(op, `code=${status}`);
      expect(response.status).toBe(status);
    },
  );

  it("example=… alone picks the response that holds it", async () => {
    const get = operations.find((op) => op.method === "GET" && op.exampleNames(403).includes("forbidden"))!;
    const response = await send(get, "example=forbidden");
    expect(response.status).toBe(403);
    expect(validator.validate("/components/schemas/basic-error", await response.json()).errors).toEqual([]);
  });
});

describe("GitHub's faults, on every operation", () => {
  it.each(operations.map((op) => [op.name, op] as const))("%s: code=429 → secondary rate limit with retry-after 1", async (_n, op) => {
    const response = await send(op, "code=429");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    const body = await json(response);
    expect(body.message).toMatch(/secondary rate limit/);
    expect(body.message).toContain(response.headers.get("x-github-request-id")!);
    expect(body.documentation_url).toMatch(/secondary-rate-limits$/);
  });

  it.each([
    ["example=secondary-rate-limit", 403, "retry-after", "1"],
    ["code=429, example=secondary-rate-limit, retry-after=4", 429, "retry-after", "4"],
    ["example=primary-rate-limit", 403, "x-ratelimit-remaining", "0"],
    ["code=429, example=primary-rate-limit", 429, "x-ratelimit-remaining", "0"],
  ] as const)("the description's rate-limit example by name (%s) comes with the fault's headers", async (prefer, status, header, value) => {
    const response = await send(operations[0]!, prefer);
    expect(response.status).toBe(status);
    expect(response.headers.get(header)).toBe(value);
    expect((await json(response)).message).toMatch(/rate limit/);
  });

  it("retry-after=N sets the wait", async () => {
    const response = await send(operations[0]!, "code=429, retry-after=7");
    expect(response.headers.get("retry-after")).toBe("7");
  });

  it.each(operations.map((op) => [op.name, op] as const))("%s: code=403, fault=rate-limit → primary rate limit", async (_n, op) => {
    const before = Math.floor(Date.now() / 1000);
    const response = await send(op, "code=403, fault=rate-limit");
    const after = Math.floor(Date.now() / 1000);
    expect(response.status).toBe(403);
    expect(response.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(response.headers.get("x-ratelimit-limit")).toMatch(/^\d+$/);
    // A time after the answer, within a minute of it, however long the answer took.
    const reset = Number(response.headers.get("x-ratelimit-reset"));
    expect(reset).toBeGreaterThan(before);
    expect(reset).toBeLessThanOrEqual(after + 60);
    expect((await json(response)).message).toMatch(/rate limit exceeded/i);
  });

  it("fault=rate-limit with code=429 and retry-after=5 → 429 that resets 5 s from now", async () => {
    const before = Math.floor(Date.now() / 1000);
    const response = await send(operations[0]!, "code=429, fault=rate-limit, retry-after=5");
    const after = Math.floor(Date.now() / 1000);
    expect(response.status).toBe(429);
    expect(response.headers.get("x-ratelimit-remaining")).toBe("0");
    // Five seconds after the moment the mock answered, which lies between `before` and `after`.
    const reset = Number(response.headers.get("x-ratelimit-reset"));
    expect(reset).toBeGreaterThanOrEqual(before + 5);
    expect(reset).toBeLessThanOrEqual(after + 5);
  });

  it.each([500, 502, 503].flatMap((status) => operations.map((op) => [`${op.name} code=${status}`, op, status] as const)))(
    "%s → that server error in GitHub's shape",
    async (_n, op, status) => {
      const response = await send(op, `code=${status}`);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await json(response)).toMatchObject({ status: String(status), documentation_url: expect.stringMatching(/^https:/) });
    },
  );

  it("answers that are not faults carry the rate limit too, never exhausted", async () => {
    const response = await send(ordinaryGet(), "");
    expect(Number(response.headers.get("x-ratelimit-remaining"))).toBeGreaterThan(0);
  });
});

describe("Prefer and invalid input", () => {
  const write = () => operations.find((op) => op.method === "POST")!;
  const invalid = (prefer: string) =>
    mock.fetch(`http://mock.test${write().path}`, { method: "POST", headers: { authorization: "Bearer t", prefer }, body: JSON.stringify({ name: 5 }) });

  it.each(["code=404", "code=201", "example=forbidden", "example=bad-request-json"])(
    "an invalid body with Prefer: %s → 422 with the real findings",
    async (prefer) => {
      const response = await invalid(prefer);
      expect(response.status).toBe(422);
      const body = (await response.json()) as { errors: { field: string; code: string; value?: unknown }[] };
      expect(body.errors).toEqual([expect.objectContaining({ field: "name", code: "invalid", value: 5 })]);
    },
  );

  it("Prefer: code=422 still gives the documented 422", async () => {
    const response = await invalid("code=422");
    expect(response.status).toBe(422);
    expect(validator.validate("/components/schemas/validation-error", await response.json()).errors).toEqual([]);
  });
});

describe("anything else → 400 naming what was asked and what exists", () => {
  const get = () => operations.find((op) => op.method === "GET" && op.statuses.includes(200) && !op.statuses.includes(201))!;
  it.each([
    ["code=201 on a GET", "code=201", /code=201 is not documented for .*; documented: 200.*429/],
    ["a status nobody documents", "code=418", /code=418 is not documented/],
    ["an unknown example", "example=nope", /example=nope is not documented for .*its examples: code=200 example=/],
    ["a known example under the wrong code", "code=404, example=forbidden", /code=404 example=forbidden is not documented/],
    ["an unknown example with a fault code", "code=500, example=x", /code=500 example=x is not documented/],
    ["a typo in a name", "cod=500", /unknown preference "cod"; the mock understands code, example/],
    ["a code that is not a status", "code=abc", /code must be an HTTP status/],
    ["a code out of range", "code=999", /code must be an HTTP status/],
    ["an unknown fault", "fault=outage", /fault must be "rate-limit"/],
    ["fault=rate-limit on a 5xx", "code=500, fault=rate-limit", /answers 403 or 429/],
    ["retry-after without 429", "retry-after=3", /retry-after goes with code=429/],
    ["retry-after out of range", "code=429, retry-after=-1", /retry-after must be a whole number/],
    ["a name given twice", "code=404, code=403", /"code" is given twice/],
    ["a name without a value", "code", /"code" needs a value/],
    ["unreadable text", "code=4 04", /cannot read/],
    ["a parameter after ; (it would be lost)", "code=429; retry-after=30", /"code" takes no parameters after ";"/],
  ])("%s (Prefer: %s)", async (_n, prefer, message) => {
    const response = await send(get(), prefer);
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.message).toMatch(message);
    expect(body.status).toBe("400");
  });

  it("RFC 7240's own preferences, their parameters and empty list elements are let be", async () => {
    expect((await send(get(), "return=minimal; x=1, respond-async, , wait=10")).status).toBe(200);
    expect((await send(get(), "code=404,")).status).toBe(404);
  });
});

describe("the client over the core's fetch", () => {
  const client = () =>
    createCopilotSpacesClient({
      token: "t",
      baseUrl: "http://mock.test",
      fetch: mock.fetch,
      retry: { retries: 2, initialDelayMs: 1, maxRetryDelayMs: 60_000 },
      sleep: async () => undefined,
    });

  it("reads a Space with no port at all", async () => {
    const space = await client().copilotSpaces.getForUser({ username: examples.username!, space_number: Number(examples.space_number) });
    expect(validator.validate("/components/schemas/copilot-space", space).errors).toEqual([]);
  });

  it("is called as the global fetch is: a URL and its init (as Octokit's request.fetch calls it)", async () => {
    const path = ordinaryGet().path;
    const response = await mock.fetch(`http://mock.test${path}`, { headers: { authorization: "Bearer t" } });
    expect(response.status).toBe(200);
    const viaUrl = await mock.fetch(new URL(`http://mock.test${path}`), { method: "HEAD", headers: { authorization: "Bearer t" } });
    expect(viaUrl.status).toBe(200);
    expect(await viaUrl.text()).toBe("");
  });

  it("rejects as the global fetch does when its signal is aborted, before or during the call", async () => {
    const path = `http://mock.test${ordinaryGet().path}`;
    const before = AbortSignal.abort();
    await expect(mock.fetch(path, { headers: { authorization: "Bearer t" }, signal: before })).rejects.toMatchObject({ name: "AbortError" });
    const controller = new AbortController();
    const during = mock.fetch(path, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: new ReadableStream({ pull: () => new Promise(() => undefined) }),
      duplex: "half",
      signal: controller.signal,
    } as RequestInit);
    controller.abort();
    await expect(during).rejects.toMatchObject({ name: "AbortError" });
  });

  it("retries a forced 503 and then throws ServerError", async () => {
    let attempts = 0;
    const counting = (request: Request) => (attempts++, mock.fetch(request));
    const github = createCopilotSpacesClient({
      token: "t",
      baseUrl: "http://mock.test",
      fetch: counting,
      retry: { retries: 2, initialDelayMs: 1 },
      sleep: async () => undefined,
    });
    const error = await github.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }, { headers: { prefer: "code=503" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(attempts).toBe(3);
  });

  it("meets a forced primary rate limit as RateLimitError with its reset time", async () => {
    const error = await client()
      .copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }, { headers: { prefer: "code=403, fault=rate-limit, retry-after=3600" }, retry: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).resetAt!.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
  });
});
