// The rate-limit headers of an answer, from a token's standing in its budget.
import type { Standing } from "./budgets.js";

export const RATE_LIMIT_DOCS = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";

export function standingHeaders({ limit, used, resetMs }: Standing): Record<string, string> {
  return {
    "x-ratelimit-limit": String(limit),
    "x-ratelimit-remaining": String(Math.max(0, limit - used)),
    "x-ratelimit-used": String(used),
    // Whole seconds, rounded up: a client that waits until then finds the window over, never a second early.
    "x-ratelimit-reset": String(Math.ceil(resetMs / 1000)),
    "x-ratelimit-resource": "core",
  };
}

/** What the mock adds to a rate-limit answer of its own making: how a test moves on or switches it off. */
export function mockHint(limit: "primary" | "secondary", why: string): Record<string, string> {
  return {
    "x-mock-rate-limit": `${limit} limit of the mock (${why}); POST /__mock/clock {"advanceMs": N} or mock.advanceClock(ms) moves its time on, POST /__mock/rate-limits/reset or mock.resetRateLimits() refills, --rate-limit off or rateLimit: false switches rate limits off`,
  };
}
