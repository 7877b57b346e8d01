// GitHub's transient answers, which its description lists on no operation but any call can meet:
// rate limits (primary and secondary) and server errors. A test asks for one with `Prefer`; each comes
// with the headers GitHub sends, so that a client's retry and rate-limit handling can be exercised.
import type { Answer } from "../answer.js";
import { error, type GitHubErrors } from "../github-errors.js";

/** The statuses a test can force on any operation with `Prefer: code=…` alone. */
export const FAULT_CODES = [429, 500, 502, 503] as const;

export type Fault =
  | { kind: "secondary-rate-limit"; retryAfter: number | undefined; status?: 403 | 429 }
  | { kind: "primary-rate-limit"; status: 403 | 429; resetAfter: number | undefined }
  | { kind: "server-error"; status: 500 | 502 | 503 };

// GitHub's REST rate limits: 5,000 requests an hour for a user token, on the `core` resource.
// (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api)
const LIMIT = 5000;
/** How long a forced secondary limit asks the client to wait, and when a forced primary limit resets. */
const DEFAULT_RETRY_AFTER_S = 1;
const DEFAULT_RESET_AFTER_S = 60;

/** Rate-limit headers of a budget that is not counted: an answer to no token, or with rate limits off. */
export function rateLimitHeaders(nowMs: number, remaining = LIMIT - 1, resetAfterS = 3600): Record<string, string> {
  return {
    "x-ratelimit-limit": String(LIMIT),
    "x-ratelimit-remaining": String(remaining),
    "x-ratelimit-used": String(LIMIT - remaining),
    "x-ratelimit-reset": String(Math.floor(nowMs / 1000) + resetAfterS),
    "x-ratelimit-resource": "core",
  };
}

/**
 * The fault a test forced. Rate limits speak GitHub's words (the description's examples); a forced
 * primary limit says no requests are left, the others carry the token's real standing (or, with rate
 * limits off, the headers of a budget that never runs out).
 */
export function faultAnswer(fault: Fault, requestId: string, nowMs: number, errors: GitHubErrors): Answer {
  switch (fault.kind) {
    case "secondary-rate-limit":
      return errors.rateLimited("secondary", {
        requestId,
        nowMs,
        status: fault.status ?? 429,
        headers: { "retry-after": String(fault.retryAfter ?? DEFAULT_RETRY_AFTER_S) },
      });
    case "primary-rate-limit":
      return errors.rateLimited("primary", {
        requestId,
        nowMs,
        status: fault.status,
        headers: rateLimitHeaders(nowMs, 0, fault.resetAfter ?? DEFAULT_RESET_AFTER_S),
      });
    case "server-error": {
      const message = { 500: "Server Error", 502: "Bad Gateway", 503: "Service Unavailable" }[fault.status];
      return error(fault.status, message);
    }
  }
}
