// The project's mock server, as built, for the tests that run the client against GitHub's traffic
// rules. Imported from its dist by path, not as a dependency: the mock depends on the client (its own
// tests use it), and turbo builds the mock before this suite runs (the client's test task depends on
// release:packages, which packs it). Only what these tests use is typed here.
export interface TrafficMockOptions {
  rateLimit?: number | false;
  rateLimitWindowMs?: number;
  secondaryRateLimit?: false | { concurrent?: number | false; perMinute?: number | false; perHour?: number | false };
  stateful?: boolean;
}
export interface InProcessMock {
  fetch: typeof fetch;
  close(): Promise<void>;
  advanceClock(ms: number): void;
  resetRateLimits(): void;
}
interface MockModule {
  createMock(options: TrafficMockOptions): Promise<InProcessMock>;
  startMockServer(options: TrafficMockOptions & { port: number }): Promise<{ url: string; close(): Promise<void> }>;
}

export const loadMock = () => import(new URL("../../../mock-server/dist/index.js", import.meta.url).href) as Promise<MockModule>;

/** What the mock answered, as the client's fetch saw it. */
export interface Seen {
  status: number;
  method: string;
  remaining: number;
  used: number;
  reset: number;
}

/** A fetch that records each answer's status and rate-limit headers on its way to the client. */
export function recording(inner: (request: Request) => Promise<Response>) {
  const seen: Seen[] = [];
  const fetch = async (request: Request) => {
    const response = await inner(request);
    const number = (name: string) => Number(response.headers.get(`x-ratelimit-${name}`));
    seen.push({ status: response.status, method: request.method, remaining: number("remaining"), used: number("used"), reset: number("reset") });
    return response;
  };
  return { seen, fetch };
}

/**
 * A clock shared by the client and the mock: real time plus what the client's waits added. A wait
 * moves the mock's clock on first (`advance`), then the client's, and returns: the client can never
 * read a time the mock has not reached. `waits` records each wait.
 */
export function sharedClock(advance: (ms: number) => void | Promise<void>) {
  let ahead = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => Date.now() + ahead,
    sleep: async (ms: number, signal: AbortSignal) => {
      if (signal.aborted) throw signal.reason;
      await advance(ms);
      ahead += ms;
      waits.push(ms);
    },
  };
}
