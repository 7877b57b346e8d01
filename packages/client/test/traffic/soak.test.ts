// The throttled client against the mock's real traffic rules: 1,000+ calls from 20 concurrent tasks,
// a budget of 300 a minute and small secondary limits, over HTTP and in-process. Zero failed calls,
// no 403 or 429 among the mock's answers, the budget never overdrawn, every wait honoured; the same
// load without the throttle meets the 403s it avoids. The client's waits move the mock's clock on
// (POST /__mock/clock, mock.advanceClock) instead of sleeping, so that how fast this machine answers
// does not decide how many requests fall in a window: without the throttle, all of them do.
import { afterEach, describe, expect, it } from "vitest";
import { createCopilotSpacesClient, type CopilotSpacesClient } from "../../src/index.js";
import { loadMock, recording, sharedClock, type Seen } from "./mock.js";

// A window of a minute on the shared clock: the calls' own (real) time, a few seconds, must not end
// windows by itself, or how busy the machine is would decide what the unthrottled run meets.
const LIMITS = { rateLimit: 300, rateLimitWindowMs: 60_000, secondaryRateLimit: { concurrent: 15, perMinute: 40, perHour: 400 } };
const CALLS = 1_050;
const TASKS = 20;
const BOUND_MS = 30_000;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** 20 tasks share CALLS calls: gets of a Space and of a list, and a create every 100th call. */
async function drive(client: CopilotSpacesClient) {
  let next = 0;
  const failures: unknown[] = [];
  const task = async () => {
    while (next < CALLS) {
      const n = next++;
      const call =
        n % 100 === 99
          ? client.copilotSpaces.createForOrg({ org: "octo-org", name: `Soak ${n}` })
          : n % 2 === 0
            ? client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 })
            : client.copilotSpaces.listForOrg({ org: "octo-org", per_page: 5 });
      await call.catch((error: unknown) => failures.push(error));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: TASKS }, task));
  return { failures, ms: performance.now() - started };
}

/** The budget as the answers tell it: per window (x-ratelimit-reset), the most used, never above the limit. */
function mostUsedPerWindow(seen: Seen[]) {
  const windows = new Map<number, number>();
  for (const { reset, used } of seen) windows.set(reset, Math.max(windows.get(reset) ?? 0, used));
  return windows;
}

const transports = {
  "over HTTP (startMockServer)": async () => {
    const { startMockServer } = await loadMock();
    const server = await startMockServer({ ...LIMITS, port: 0 });
    closers.push(() => server.close());
    const advance = async (ms: number) => {
      const answer = await fetch(`${server.url}/__mock/clock`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ advanceMs: ms }),
      });
      if (answer.status !== 200) throw new Error(`POST /__mock/clock answered ${answer.status}`);
    };
    return { baseUrl: server.url, fetch: (request: Request) => fetch(request), clock: sharedClock(advance) };
  },
  "in-process (createMock's fetch)": async () => {
    const { createMock } = await loadMock();
    const mock = await createMock(LIMITS);
    closers.push(() => mock.close());
    return { baseUrl: "https://api.github.com", fetch: (request: Request) => mock.fetch(request), clock: sharedClock((ms) => mock.advanceClock(ms)) };
  },
};

describe.each(Object.entries(transports))("soak %s", (_name, start) => {
  it(`the throttled client makes ${CALLS} calls from ${TASKS} tasks with zero failures and no rate-limit answer`, { timeout: 120_000 }, async () => {
    const { baseUrl, fetch, clock } = await start();
    const answers = recording(fetch);
    const token = "ghp_SoakThrottled0123456789abcdefghijklmnop";
    const client = createCopilotSpacesClient({ token, baseUrl, fetch: answers.fetch, throttle: true, now: clock.now, sleep: clock.sleep });
    const { failures, ms } = await drive(client);

    expect(failures).toEqual([]);
    expect(answers.seen).toHaveLength(CALLS);
    expect(answers.seen.filter((a) => a.status === 403 || a.status === 429)).toEqual([]);
    // Never overdrawn: no window used more than its budget, and the budget ran out (the throttle waited for resets).
    const windows = mostUsedPerWindow(answers.seen);
    expect(Math.max(...windows.values())).toBeLessThanOrEqual(LIMITS.rateLimit);
    expect(windows.size).toBeGreaterThanOrEqual(Math.ceil(CALLS / LIMITS.rateLimit));
    expect(clock.waits.filter((ms) => ms > LIMITS.rateLimitWindowMs / 2).length).toBeGreaterThanOrEqual(windows.size - 1);
    // Margin for a busy machine: no wait is slept, so this is the calls' own time.
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("the same load without the throttle meets the 403s the throttle avoids", { timeout: 120_000 }, async () => {
    const { baseUrl, fetch, clock } = await start();
    const answers = recording(fetch);
    const token = "ghp_SoakUnthrottled0123456789abcdefghijklm";
    const client = createCopilotSpacesClient({ token, baseUrl, fetch: answers.fetch, retry: false, now: clock.now, sleep: clock.sleep });
    const { failures } = await drive(client);
    const limited = answers.seen.filter((a) => a.status === 403 || a.status === 429);
    // The clock stood still (nothing waited): one window, its budget, and a 403 for each call past it.
    expect(clock.waits).toEqual([]);
    expect(limited.length).toBeGreaterThanOrEqual(CALLS - LIMITS.rateLimit);
    expect(failures.length).toBe(limited.length);
  });
});
