// The option `throttle`, against a loopback server that keeps a budget by the client's fake clock:
// the arithmetic of the budget, the concurrency cap, write spacing, the hooks, maxWaitMs and abort.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AbortError, createCopilotSpacesClient, InvalidArgumentError, RateLimitError, type CopilotSpacesClientOptions } from "../../src/index.js";
import type { RateLimitWait } from "../../src/options.js";
import { json, startTestServer, type TestServer } from "../test-server.js";
import { fakeClock, space, TOKEN } from "./setup.js";

let server: TestServer;
let clock: ReturnType<typeof fakeClock>;
beforeEach(async () => {
  server = await startTestServer();
  clock = fakeClock();
});
afterEach(() => server.close());

const client = (throttle: CopilotSpacesClientOptions["throttle"] = true, options: Partial<CopilotSpacesClientOptions> = {}) =>
  createCopilotSpacesClient({ token: TOKEN, baseUrl: server.url, throttle, now: () => clock.now, sleep: clock.sleep, random: () => 0.5, ...options });
const get = (c: ReturnType<typeof client>, options = {}) => c.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }, options);

/** GitHub's primary limit by the fake clock: `limit` requests a window of `windowMs`, opened by the first request. */
function budget(limit: number, windowMs: number, answer = (_index: number) => 200) {
  const state = { used: 0, resetAt: 0, over: 0, sent: [] as number[] };
  server.handle((_req, res, index) => {
    if (clock.now >= state.resetAt) Object.assign(state, { used: 0, resetAt: clock.now + windowMs });
    state.sent.push(clock.now);
    const headers = { "x-ratelimit-limit": String(limit), "x-ratelimit-reset": String(Math.ceil(state.resetAt / 1000)) };
    if (state.used >= limit) {
      state.over++;
      return json(res, 403, { message: "API rate limit exceeded" }, { ...headers, "x-ratelimit-remaining": "0" });
    }
    state.used++;
    json(res, answer(index), space, { ...headers, "x-ratelimit-remaining": String(limit - state.used) });
  });
  return state;
}

describe("throttle: the primary budget", () => {
  it("waits for x-ratelimit-reset (and a second more) once the budget is spent, instead of failing", async () => {
    const state = budget(2, 10_000);
    const github = client();
    for (let i = 0; i < 5; i++) await get(github);
    expect(state.over).toBe(0);
    expect(clock.sleeps).toEqual([11_000, 11_000]);
    expect(state.sent.map((t) => t - state.sent[0]!)).toEqual([0, 0, 11_000, 11_000, 22_000]);
  });

  it("reserves the requests in flight: 30 concurrent calls never overdraw a budget of 7", async () => {
    const state = budget(7, 5_000);
    const github = client({ maxConcurrent: 4 });
    await Promise.all(Array.from({ length: 30 }, () => get(github)));
    expect(state.over).toBe(0);
    expect(server.requests).toHaveLength(30);
    // Each wait is one for a window's reset (the fake clock lets concurrent sleepers move it on together).
    expect(clock.sleeps.every((ms) => ms > 0 && ms <= 6_000)).toBe(true);
  });

  it("without the throttle, the same calls overdraw the budget and fail", async () => {
    const state = budget(7, 5_000);
    const github = client(false, { retry: false });
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => get(github)));
    expect(state.over).toBe(23);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof RateLimitError)).toHaveLength(23);
  });

  it("a wait longer than maxWaitMs is not waited: the call fails with the RateLimitError, as without a throttle", async () => {
    const state = budget(1, 3_600_000);
    const github = client({ maxWaitMs: 60_000 });
    await get(github);
    const error = await get(github).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).resetAt?.getTime()).toBe(Math.ceil((state.sent[0]! + 3_600_000) / 1000) * 1000);
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it("onRateLimit sees the wait, the request and the retry count, and may cancel it", async () => {
    budget(1, 10_000);
    const seen: RateLimitWait[] = [];
    const github = client({ onRateLimit: (wait) => void seen.push(wait) });
    await get(github);
    await get(github);
    expect(seen).toEqual([{ waitMs: 11_000, method: "GET", path: "/orgs/octo-org/copilot-spaces/3", retryCount: 0, operation: "copilotSpaces.getForOrg" }]);
    budget(1, 10_000);
    const cancelling = client({ onRateLimit: () => false });
    await get(cancelling);
    await expect(get(cancelling)).rejects.toBeInstanceOf(RateLimitError);
    expect(clock.sleeps).toEqual([11_000]);
  });

  it("a primary-limit 403 it could not foresee is retried after the reset, through onRateLimit", async () => {
    let index = 0;
    server.handle((_req, res) => {
      const reset = String(Math.ceil((clock.now + 30_000) / 1000));
      if (index++ === 0) return json(res, 403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset });
      json(res, 200, space, { "x-ratelimit-remaining": "99", "x-ratelimit-reset": reset });
    });
    const seen: RateLimitWait[] = [];
    await expect(get(client({ onRateLimit: (wait) => void seen.push(wait) }))).resolves.toEqual(space);
    expect(seen.map((w) => [w.waitMs, w.retryCount])).toEqual([[31_000, 1]]);
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([31_000]);
    // Cancelled, that retry is not sent: the 403 is the call's RateLimitError.
    index = 0;
    const sent = server.requests.length;
    await expect(get(client({ onRateLimit: () => false }))).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests.length - sent).toBe(1);
  });
});

describe("throttle: secondary limits", () => {
  it("caps the requests in flight at maxConcurrent", async () => {
    let open = 0;
    let most = 0;
    server.handle((_req, res) => {
      most = Math.max(most, ++open);
      setTimeout(() => {
        open--;
        json(res, 200, space);
      }, 5);
    });
    const github = client({ maxConcurrent: 3 });
    await Promise.all(Array.from({ length: 12 }, () => get(github)));
    expect(most).toBe(3);
  });

  it("starts content-creating requests writeIntervalMs apart", async () => {
    server.handle((req, res) => json(res, req.method === "POST" ? 201 : 204, req.method === "POST" ? space : undefined));
    // Real time here: a fake clock that every concurrent sleeper moves on cannot order the sends.
    const sent: [string, number][] = [];
    const github = client(
      { writeIntervalMs: 300 },
      { now: Date.now, sleep: undefined, fetch: (request) => (sent.push([request.method, Date.now()]), fetch(request)) },
    );
    await Promise.all([
      github.copilotSpaces.createForOrg({ org: "octo-org", name: "a" }),
      github.copilotSpaces.createForOrg({ org: "octo-org", name: "b" }),
      get(github).catch(() => undefined),
      github.copilotSpaces.deleteForOrg({ org: "octo-org", space_number: 3 }),
    ]);
    const writes = sent.filter(([method]) => method !== "GET").map(([, at]) => at);
    expect(writes).toHaveLength(3);
    // A lower bound only, with a margin: the throttle spaces the moments it lets writes go, and each then
    // passes the client's own async steps before it reaches fetch, which a busy machine stretches for the
    // earlier write too (a gap of 288 ms was seen under load). Without the throttle the gaps are a few ms.
    for (let i = 1; i < writes.length; i++) expect(writes[i]! - writes[i - 1]!).toBeGreaterThanOrEqual(250);
    // The read did not wait for the writes.
    expect(sent.find(([method]) => method === "GET")![1]).toBeLessThan(writes[1]!);
  });

  it("a secondary limit's retry-after holds the call back, through onSecondaryRateLimit, which may cancel it", async () => {
    let index = 0;
    server.handle((_req, res) => {
      if (index++ % 2 === 0)
        return json(res, 403, { message: "You have exceeded a secondary rate limit" }, { "retry-after": "7", "x-ratelimit-remaining": "50" });
      json(res, 200, space);
    });
    const seen: RateLimitWait[] = [];
    await expect(get(client({ onSecondaryRateLimit: (wait) => void seen.push(wait) }))).resolves.toEqual(space);
    expect(seen).toEqual([{ waitMs: 7_000, method: "GET", path: "/orgs/octo-org/copilot-spaces/3", retryCount: 1, operation: "copilotSpaces.getForOrg" }]);
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([7_000]);
    await expect(get(client({ onSecondaryRateLimit: async () => false }))).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(3);
  });
});

describe("throttle: waits end with the call's signal", () => {
  it("a wait for the reset ends with an AbortError when the signal aborts", async () => {
    budget(1, 60_000);
    const hanging = (_ms: number, signal: AbortSignal) => new Promise<void>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    const github = client(true, { sleep: hanging });
    await get(github);
    const controller = new AbortController();
    const pending = get(github, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user gave up")), 20);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toMatchObject({ message: "user gave up" });
  });

  it("a wait for a free slot ends with an AbortError when the signal aborts", async () => {
    server.handle(() => undefined); // never answers: the one slot stays taken
    const github = client({ maxConcurrent: 1 }, { timeoutMs: 60_000 });
    const first = get(github, { signal: AbortSignal.timeout(2_000) }).catch((e: unknown) => e);
    const controller = new AbortController();
    const second = get(github, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await expect(second).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
    expect(await first).toBeInstanceOf(AbortError);
  });
});

describe("throttle: options", () => {
  it.each([
    ["fast", "throttle", "must be true, false or an object of settings"],
    [{ maxConcurrent: 0 }, "throttle.maxConcurrent", "must be a whole number, 1 or more"],
    [{ writeIntervalMs: -1 }, "throttle.writeIntervalMs", "must be a number of ms from 0 to 2147483647"],
    [{ maxWaitMs: Infinity }, "throttle.maxWaitMs", "must be a number of ms from 0 to 2147483647"],
    [{ onRateLimit: "stop" }, "throttle.onRateLimit", "must be a function"],
    [
      { maxConcurent: 5 },
      "throttle.maxConcurent",
      "is not a throttle setting (they are maxConcurrent, writeIntervalMs, maxWaitMs, onRateLimit, onSecondaryRateLimit)",
    ],
  ])("throttle: %j is refused before anything is sent", async (throttle, field, rule) => {
    const error = await get(client(throttle as never)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ field, message: `${field}: ${rule}` });
    expect(server.requests).toHaveLength(0);
  });
});
