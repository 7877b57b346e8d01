// The mock's one clock: the user's `now` (or the system's) plus what a test advanced it by, so that a
// test of an hour's budget, a minute's write limit or a Last-Modified never waits for them.
export interface MockClock {
  /** Milliseconds since the epoch, as the mock sees them. */
  now(): number;
  /** Moves the mock's time forward; never back, so timestamps the mock gave out stay in the past. */
  advance(ms: number): void;
}

export function mockClock(now: (() => Date) | undefined): MockClock {
  let offset = 0;
  const base = now ?? (() => new Date());
  return {
    now: () => base().getTime() + offset,
    advance(ms) {
      if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0)
        throw new RangeError(`advanceMs: expected a number of milliseconds, 0 or more, got ${JSON.stringify(ms)}`);
      offset += ms;
    },
  };
}
