// GitHub's transient answers, which its description lists on no operation but any call can meet:
// rate limits (primary and secondary) and server errors. A test asks for one with `Prefer`; each comes
// with the headers GitHub sends, so that a client's retry and rate-limit handling can be exercised.
import type { Answer } from "../answer.js";
import { error } from "../github-errors.js";

/** The statuses a test can force on any operation with `Prefer: code=…` alone. */
export const FAULT_CODES = [429, 500, 502, 503] as const;

export type Fault =
  | { kind: "secondary-rate-limit"; retryAfter: number | undefined }
  | { kind: "primary-rate-limit"; status: 403 | 429; resetAfter: number | undefined }
  | { kind: "server-error"; status: 500 | 502 | 503 };

// GitHub's REST rate limits: 5,000 requests an hour for a user token, on the `core` resource.
// (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api)
const LIMIT = 5000;
const RATE_LIMIT_DOCS = "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api";
/** How long a forced secondary limit asks the client to wait, and when a forced primary limit resets. */
const DEFAULT_RETRY_AFTER_S = 1;
const DEFAULT_RESET_AFTER_S = 60;

/** The rate-limit headers GitHub puts on every answer; the mock never runs out unless asked to. */
export function rateLimitHeaders(nowMs: number, remaining = LIMIT - 1, resetAfterS = 3600): Record<string, string> {
  return {
    "x-ratelimit-limit": String(LIMIT),
    "x-ratelimit-remaining": String(remaining),
    "x-ratelimit-used": String(LIMIT - remaining),
    "x-ratelimit-reset": String(Math.floor(nowMs / 1000) + resetAfterS),
    "x-ratelimit-resource": "core",
  };
}

export function faultAnswer(fault: Fault, requestId: string, nowMs: number): Answer {
  switch (fault.kind) {
    case "secondary-rate-limit": {
      const retryAfter = fault.retryAfter ?? DEFAULT_RETRY_AFTER_S;
      // Clients (Octokit's throttling plugin among them) recognise a secondary limit by these words.
      const message = `You have exceeded a secondary rate limit. Wait ${retryAfter} s (the retry-after header) before you try again; GitHub Support will want the request ID ${requestId}.`;
      return error(429, message, {
        documentationUrl: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
        headers: { ...rateLimitHeaders(nowMs), "retry-after": String(retryAfter) },
      });
    }
    case "primary-rate-limit": {
      const resetAfter = fault.resetAfter ?? DEFAULT_RESET_AFTER_S;
      const message = "API rate limit exceeded for this token: no requests are left until the time in x-ratelimit-reset.";
      return error(fault.status, message, {
        documentationUrl: `${RATE_LIMIT_DOCS}#about-primary-rate-limits`,
        headers: rateLimitHeaders(nowMs, 0, resetAfter),
      });
    }
    case "server-error": {
      const message = { 500: "Server Error", 502: "Bad Gateway", 503: "Service Unavailable" }[fault.status];
      return error(fault.status, message, { headers: rateLimitHeaders(nowMs) });
    }
  }
}
