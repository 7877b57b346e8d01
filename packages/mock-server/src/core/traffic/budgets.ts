// GitHub's rate limits, counted per token (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api):
// - the primary budget, 5,000 requests an hour for a user's token; its window opens with the token's
//   first request and the budget is whole again when the window ends (x-ratelimit-reset);
// - secondary limits: no more than 100 requests at once, and no more than 80 content-creating requests
//   a minute and 500 an hour. GitHub does not list which requests "create content"; the mock counts
//   every write (POST, PUT, PATCH, DELETE), as Octokit's throttling plugin groups them.
// This file holds the counts and knows neither HTTP nor the description.
import type { MockClock } from "./clock.js";

export interface BudgetSettings {
  /** Requests per window and token; 0 never happens (the option is checked). */
  limit: number;
  windowMs: number;
  /** Each secondary limit, or undefined where it is off. */
  concurrent: number | undefined;
  perMinute: number | undefined;
  perHour: number | undefined;
}

export const GITHUB_BUDGETS: BudgetSettings = { limit: 5000, windowMs: 3_600_000, concurrent: 100, perMinute: 80, perHour: 500 };

/** A token's primary budget as the x-ratelimit-* headers say it. */
export interface Standing {
  limit: number;
  used: number;
  /** When the window ends, in ms since the epoch. */
  resetMs: number;
}

export type Admission =
  | { admitted: true; standing: Standing; release: () => void; refund: () => void }
  | { admitted: false; limit: "primary"; standing: Standing }
  | { admitted: false; limit: "secondary"; standing: Standing; retryAfterS: number; why: string };

interface TokenCount {
  windowStart: number;
  used: number;
  inFlight: number;
  /** When each write of the last hour was admitted, oldest first. */
  writes: number[];
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Tokens counted at once before idle ones are forgotten: a fuzz run sends a new token with every request. */
const MAX_TOKENS = 10_000;

export class Budgets {
  private readonly counts = new Map<string, TokenCount>();
  constructor(
    readonly settings: BudgetSettings,
    private readonly clock: MockClock,
  ) {}

  /** Admits a request of `token` (charging it) or says which limit refuses it. A refused request is not charged. */
  admit(token: string, write: boolean): Admission {
    const now = this.clock.now();
    const count = this.countOf(token, now);
    const { limit, concurrent, perMinute, perHour } = this.settings;
    if (count.used >= limit) return { admitted: false, limit: "primary", standing: this.standing(count) };
    if (concurrent !== undefined && count.inFlight >= concurrent)
      return this.secondary(count, 1, `${concurrent} requests of this token were already in flight`);
    if (write) {
      while (count.writes.length > 0 && count.writes[0]! <= now - HOUR) count.writes.shift();
      const lastMinute = count.writes.filter((at) => at > now - MINUTE);
      if (perMinute !== undefined && lastMinute.length >= perMinute)
        return this.secondary(count, secondsUntil(lastMinute[lastMinute.length - perMinute]! + MINUTE, now), `${perMinute} writes in the last minute`);
      if (perHour !== undefined && count.writes.length >= perHour)
        return this.secondary(count, secondsUntil(count.writes[count.writes.length - perHour]! + HOUR, now), `${perHour} writes in the last hour`);
      count.writes.push(now);
    }
    count.used += 1;
    count.inFlight += 1;
    let released = false;
    let refunded = false;
    const opened = count.windowStart;
    return {
      admitted: true,
      standing: this.standing(count),
      release: () => {
        if (!released) (released = true), (count.inFlight -= 1);
      },
      // A 304 is not charged (GitHub's docs): given back once the answer is known, in the same window.
      refund: () => {
        if (!refunded && count.used > 0 && count.windowStart === opened) (refunded = true), (count.used -= 1);
      },
    };
  }

  /** The token's standing now, without charging it. */
  standingOf(token: string): Standing {
    return this.standing(this.countOf(token, this.clock.now()));
  }

  /** Every budget whole again (a test's reset); requests in flight are still counted as in flight. */
  reset(): void {
    for (const count of this.counts.values()) {
      count.used = 0;
      count.writes = [];
      count.windowStart = this.clock.now();
    }
  }

  private countOf(token: string, now: number): TokenCount {
    let count = this.counts.get(token);
    if (!count) {
      if (this.counts.size >= MAX_TOKENS) this.forgetIdle(now);
      count = { windowStart: now, used: 0, inFlight: 0, writes: [] };
      this.counts.set(token, count);
    } else if (now >= count.windowStart + this.settings.windowMs) {
      count.windowStart = now;
      count.used = 0;
    }
    return count;
  }

  /**
   * Tokens are the caller's input: past MAX_TOKENS counted, those whose window has ended and that have
   * nothing in flight or recent are forgotten (their budget was whole anyway), then the oldest idle ones.
   */
  private forgetIdle(now: number): void {
    const idle = [...this.counts].filter(([, c]) => c.inFlight === 0);
    for (const [token, c] of idle) if (now >= c.windowStart + this.settings.windowMs && (c.writes.at(-1) ?? -Infinity) <= now - HOUR) this.counts.delete(token);
    for (const [token] of idle) {
      if (this.counts.size < MAX_TOKENS * 0.9) break;
      this.counts.delete(token);
    }
  }

  private standing(count: TokenCount): Standing {
    return { limit: this.settings.limit, used: count.used, resetMs: count.windowStart + this.settings.windowMs };
  }

  private secondary(count: TokenCount, retryAfterS: number, why: string): Admission {
    return { admitted: false, limit: "secondary", standing: this.standing(count), retryAfterS, why };
  }
}

const secondsUntil = (at: number, now: number) => Math.max(1, Math.ceil((at - now) / 1000));
