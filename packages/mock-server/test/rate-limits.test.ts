// GitHub's rate limits, per token: the primary budget counting down and refused past its end in
// GitHub's words, a new window restoring it, the secondary limits on requests in flight and on writes,
// the clock and refill controls (in-process and over HTTP), and rate limits switched off.
import { afterEach, describe, expect, it } from "vitest";
import { createMock, startMockServer, type CreateMockOptions, type Mock, type MockServer } from "../src/index.js";
import { auth, bundle, create, itemGet, pathOf, standing } from "./traffic-helpers.js";

const BASE = "https://api.github.com";
const opened: Array<Mock | MockServer> = [];
afterEach(async () => void (await Promise.all(opened.splice(0).map((m) => m.close()))));

async function mockWith(options: CreateMockOptions): Promise<Mock> {
  const mock = await createMock(options);
  opened.push(mock);
  return mock;
}
const get = (mock: Mock, token: string, init: RequestInit = {}) =>
  mock.fetch(`${BASE}${pathOf(itemGet)}`, { ...init, headers: { ...auth(token), ...(init.headers as Record<string, string>) } });
const write = (mock: Mock, token: string, owner?: string) =>
  mock.fetch(`${BASE}${pathOf(create, owner)}`, { method: "POST", headers: auth(token), body: "{}" });

/** The description's words for a rate limit, before the mock stamps its request ID and time in. */
const words = (name: "primary-rate-limit" | "secondary-rate-limit") => bundle.components.examples[name]!.value.message;
const stamped = (message: string) => message.replace(/request ID [0-9A-Fa-f:-]+/, "request ID <id>").replace(/timestamp .*?UTC/, "timestamp <t>");

describe("the primary budget", () => {
  it("counts down per token, GitHub's 5,000 an hour by default", async () => {
    const mock = await mockWith({});
    const before = Math.floor(Date.now() / 1000);
    const [a1, a2, b1, a3] = [await get(mock, "token-a"), await get(mock, "token-a"), await get(mock, "token-b"), await get(mock, "token-a")];
    expect([a1, a2, b1, a3].map((r) => standing(r).remaining)).toEqual([4999, 4998, 4999, 4997]);
    expect(standing(a3)).toMatchObject({ limit: 5000, used: 3, resource: "core" });
    // The window opened with the token's first request and ends an hour later.
    expect(standing(a1).reset).toBeGreaterThanOrEqual(before + 3600);
    expect(standing(a3).reset).toBe(standing(a1).reset);
  });

  it("refuses the request past the budget with GitHub's 403, and another token still gets 200", async () => {
    const mock = await mockWith({ rateLimit: 10 });
    for (let i = 0; i < 10; i++) expect((await get(mock, "spender")).status).toBe(200);
    const refused = await get(mock, "spender");
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { message: string; documentation_url: string };
    expect(stamped(body.message)).toBe(stamped(words("primary-rate-limit")));
    expect(body.message).toContain(`request ID ${refused.headers.get("x-github-request-id")}`);
    expect(standing(refused)).toMatchObject({ limit: 10, remaining: 0, used: 10 });
    expect(refused.headers.get("x-mock-rate-limit")).toMatch(/--rate-limit off or rateLimit: false/);
    expect((await get(mock, "other")).status).toBe(200);
  });

  it("is whole again when its window ends, on the mock's clock", async () => {
    // A fixed clock (moved only by advanceClock): on the system clock a second boundary crossed between
    // the requests under load shifts the new window's reset by one, and the exact + 60 below could not hold.
    const fixed = Date.UTC(2026, 0, 1, 12, 0, 0, 500);
    const mock = await mockWith({ rateLimit: 2, rateLimitWindowMs: 60_000, now: () => new Date(fixed) });
    await get(mock, "t");
    const last = await get(mock, "t");
    expect((await get(mock, "t")).status).toBe(403);
    mock.advanceClock(59_000);
    expect((await get(mock, "t")).status).toBe(403);
    mock.advanceClock(1_000);
    const renewed = await get(mock, "t");
    expect(renewed.status).toBe(200);
    expect(standing(renewed)).toMatchObject({ remaining: 1, used: 1 });
    expect(standing(last).reset).toBe(Math.ceil((fixed + 60_000) / 1000));
    expect(standing(renewed).reset).toBe(standing(last).reset + 60);
  });

  it("is refilled by resetRateLimits() and by POST /__mock/reset", async () => {
    const mock = await mockWith({ rateLimit: 1 });
    await get(mock, "t");
    expect((await get(mock, "t")).status).toBe(403);
    mock.resetRateLimits();
    expect((await get(mock, "t")).status).toBe(200);
    expect((await mock.fetch(`${BASE}/__mock/reset`, { method: "POST" })).status).toBe(204);
    expect((await get(mock, "t")).status).toBe(200);
  });

  it("does not count a request without a token, nor the mock's own endpoints", async () => {
    const mock = await mockWith({ rateLimit: 1 });
    for (let i = 0; i < 3; i++) expect((await mock.fetch(`${BASE}${pathOf(itemGet)}`)).status).toBe(401);
    await mock.fetch(`${BASE}/__mock/rate-limits/reset`, { method: "POST" });
    expect((await get(mock, "t")).status).toBe(200);
  });

  it("switched off, never runs out and never counts down", async () => {
    const mock = await mockWith({ rateLimit: false });
    const answers = await Promise.all(Array.from({ length: 150 }, () => get(mock, "t")));
    expect(new Set(answers.map((r) => r.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((r) => standing(r).remaining))).toEqual(new Set([4999]));
    const writes = await Promise.all(Array.from({ length: 100 }, () => write(mock, "t")));
    expect(writes.filter((r) => r.status === 403)).toHaveLength(0);
  });
});

describe("secondary limits", () => {
  it("refuses a token's requests past its concurrency, with retry-after, until one is answered", async () => {
    const mock = await mockWith({ secondaryRateLimit: { concurrent: 2 } });
    // Two writes whose bodies have not ended are in flight: admitted, and waiting for their bodies.
    const held = [0, 1].map(() => {
      let end!: () => void;
      const body = new ReadableStream<Uint8Array>({ start: (c) => void (end = () => (c.enqueue(new TextEncoder().encode("{}")), c.close())) });
      const answer = mock.fetch(`${BASE}${pathOf(create)}`, { method: "POST", headers: auth("busy"), body, duplex: "half" } as RequestInit);
      return { end: () => end(), answer };
    });
    // Once both are admitted (however busy the machine), a third request of the token is refused.
    let refused = await get(mock, "busy");
    for (const deadline = Date.now() + 30_000; refused.status === 200 && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 10));
      refused = await get(mock, "busy");
    }
    expect(refused.status).toBe(403);
    expect(stamped(((await refused.json()) as { message: string }).message)).toBe(stamped(words("secondary-rate-limit")));
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(standing(refused).remaining).toBeGreaterThan(0);
    expect((await get(mock, "idle")).status).toBe(200);
    for (const h of held) h.end();
    await Promise.all(held.map((h) => h.answer));
    expect((await get(mock, "busy")).status).toBe(200);
  });

  it("spaces writes: past perMinute a write waits for the minute, reads go on", async () => {
    const mock = await mockWith({ secondaryRateLimit: { perMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await write(mock, "w")).status).not.toBe(403);
    mock.advanceClock(20_000);
    const refused = await write(mock, "w");
    expect(refused.status).toBe(403);
    // The first write leaves the minute 40 s from now.
    expect(refused.headers.get("retry-after")).toBe("40");
    expect((await get(mock, "w")).status).toBe(200);
    expect((await write(mock, "another")).status).not.toBe(403);
    mock.advanceClock(40_000);
    expect((await write(mock, "w")).status).not.toBe(403);
  });

  it("counts writes an hour: past perHour a write waits for the oldest to leave the hour", async () => {
    const mock = await mockWith({ secondaryRateLimit: { perMinute: false, perHour: 2 } });
    await write(mock, "w");
    mock.advanceClock(600_000);
    await write(mock, "w");
    const refused = await write(mock, "w");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("retry-after")).toBe("3000");
    mock.advanceClock(3_000_000);
    expect((await write(mock, "w")).status).not.toBe(403);
  });

  it("GitHub's defaults: the 81st write of a minute is refused", async () => {
    const mock = await mockWith({});
    const statuses: number[] = [];
    for (let i = 0; i < 81; i++) statuses.push((await write(mock, "w")).status);
    expect(statuses.slice(0, 80)).not.toContain(403);
    expect(statuses[80]).toBe(403);
  });
});

describe("the controls over HTTP", () => {
  let server: MockServer;
  const url = (path: string) => `${server.url}${path}`;

  it("POST /__mock/clock moves time on and POST /__mock/rate-limits/reset refills", async () => {
    server = await startMockServer({ port: 0, rateLimit: 1, rateLimitWindowMs: 10_000 });
    opened.push(server);
    const target = url(pathOf(itemGet));
    expect((await fetch(target, { headers: auth("t") })).status).toBe(200);
    expect((await fetch(target, { headers: auth("t") })).status).toBe(403);
    const moved = await fetch(url("/__mock/clock"), { method: "POST", body: JSON.stringify({ advanceMs: 10_000 }) });
    expect(moved.status).toBe(200);
    expect(Date.parse(((await moved.json()) as { now: string }).now)).toBeGreaterThanOrEqual(Date.now() + 9_000);
    expect((await fetch(target, { headers: auth("t") })).status).toBe(200);
    expect((await fetch(target, { headers: auth("t") })).status).toBe(403);
    expect((await fetch(url("/__mock/rate-limits/reset"), { method: "POST" })).status).toBe(204);
    expect((await fetch(target, { headers: auth("t") })).status).toBe(200);
  });

  it.each([
    ["not JSON", "{", /Problems parsing JSON/],
    ["no advanceMs", "{}", /advanceMs: expected a number of milliseconds, 0 or more/],
    ["a negative advanceMs", '{"advanceMs": -5}', /advanceMs: expected a number of milliseconds, 0 or more, got -5/],
    ["a text advanceMs", '{"advanceMs": "60000"}', /got "60000"/],
    ["an unknown field", '{"advanceMs": 1, "seconds": 1}', /unknown field "seconds"/],
  ])("POST /__mock/clock refuses %s with a 400 naming the rule", async (_, body, rule) => {
    server = await startMockServer({ port: 0 });
    opened.push(server);
    const answer = await fetch(url("/__mock/clock"), { method: "POST", body });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { message: string }).message).toMatch(rule);
  });
});

describe("bad options", () => {
  it.each([
    [{ rateLimit: 0 }, /^rateLimit: expected a whole number, 1 or more, or false to switch rate limits off; got 0/],
    [{ rateLimit: 2.5 }, /^rateLimit: .* got 2\.5/],
    [{ rateLimit: "100" }, /^rateLimit: .* got "100"/],
    [{ rateLimit: true }, /^rateLimit: .* got true/],
    [{ rateLimitWindowMs: -1 }, /^rateLimitWindowMs: expected a whole number, 1 or more/],
    [{ secondaryRateLimit: { concurrent: 0 } }, /^secondaryRateLimit\.concurrent: expected a whole number, 1 or more, or false/],
    [{ secondaryRateLimit: { perSecond: 1 } }, /^secondaryRateLimit: unknown setting "perSecond"; the settings are concurrent, perMinute, perHour/],
    [{ secondaryRateLimit: true }, /^secondaryRateLimit: expected false or an object/],
  ])("%j is refused, naming the option and the rule", async (options, rule) => {
    await expect(createMock(options as CreateMockOptions)).rejects.toThrow(rule);
  });

  it("advanceClock refuses a negative or non-number", async () => {
    const mock = await mockWith({});
    expect(() => mock.advanceClock(-1)).toThrow(/advanceMs: expected a number of milliseconds, 0 or more, got -1/);
    expect(() => mock.advanceClock(Number.NaN)).toThrow(/0 or more/);
  });
});
