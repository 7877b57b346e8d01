// GitHub's traffic rules as steps: the token's rate-limit budgets before the request is answered
// (rateLimit), and after it, the answer's entity tag (entityTag) and the 304 a conditional request
// gets for an unchanged representation (notModified), which GitHub does not charge to the budget.
// (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate)
import { createHash } from "node:crypto";
import { type Answer, JSON_TYPE } from "../answer.js";
import type { MockContext, RoutedExchange } from "../exchange.js";
import { mockHint, standingHeaders } from "../traffic/headers.js";

const READS = new Set(["GET", "HEAD"]);

/** Charges the request to its token's budgets, or answers with the limit it is past. */
export function rateLimit(x: RoutedExchange, { budgets, clock, errors }: MockContext): Answer | undefined {
  if (!budgets) return undefined;
  const admission = budgets.admit(x.token, !READS.has(x.call.method));
  const headers = standingHeaders(admission.standing);
  if (admission.admitted) {
    x.admission = admission;
    Object.assign(x.headers, headers);
    return undefined;
  }
  const context = { requestId: x.requestId, nowMs: clock.now() };
  if (admission.limit === "primary") {
    const why = `${budgets.settings.limit} requests a window of ${budgets.settings.windowMs / 1000} s per token`;
    return errors.rateLimited("primary", { ...context, headers: { ...headers, ...mockHint("primary", why) } });
  }
  return errors.rateLimited("secondary", {
    ...context,
    headers: { ...headers, "retry-after": String(admission.retryAfterS), ...mockHint("secondary", admission.why) },
  });
}

type AfterStep = (answer: Answer, x: RoutedExchange, mock: MockContext) => Answer;

/**
 * A 200 to a read gets a strong ETag of its representation (the body, its media type and the API
 * version served), and Last-Modified where the body says when it was updated; GitHub's caching headers
 * say that the answer differs by token.
 */
export const entityTag: AfterStep = (answer, x, { versions }) => {
  // A replayed answer keeps the validators it was recorded with: the real server's, which a client may hold.
  if (!READS.has(x.call.method) || answer.status !== 200 || answer.body === undefined || answer.headers?.etag !== undefined) return answer;
  const text = answer.text ?? JSON.stringify(answer.body);
  const served = x.version ?? versions.default ?? "";
  const tag = `"${createHash("sha256").update(`${JSON_TYPE}\n${served}\n${text}`).digest("hex")}"`;
  const headers: Record<string, string> = {
    etag: tag,
    "cache-control": "private, max-age=60, s-maxage=60",
    vary: "Accept, Authorization, Cookie, X-GitHub-OTP",
  };
  const updated = (answer.body as { updated_at?: unknown }).updated_at;
  if (typeof updated === "string" && !Number.isNaN(Date.parse(updated))) headers["last-modified"] = new Date(updated).toUTCString();
  return { ...answer, text, headers: { ...answer.headers, ...headers } };
};

/** If-None-Match (or, without it, If-Modified-Since) that the representation still matches: a 304, no body, not charged. */
export const notModified: AfterStep = (answer, x, { budgets, clock }) => {
  const tag = answer.headers?.etag;
  if (tag === undefined || !unchanged(x, tag, answer.headers?.["last-modified"], clock.now())) return answer;
  if (x.admission && budgets) {
    x.admission.refund();
    Object.assign(x.headers, standingHeaders(budgets.standingOf(x.token)));
  }
  const { etag, "last-modified": lastModified, "cache-control": cacheControl, vary } = answer.headers!;
  return { status: 304, headers: { etag: etag!, ...(lastModified ? { "last-modified": lastModified } : {}), "cache-control": cacheControl!, vary: vary! } };
};

/** RFC 9110 §13.1: If-None-Match compares weakly and wins over If-Modified-Since; a date in the future or unreadable is ignored. */
function unchanged(x: RoutedExchange, tag: string, lastModified: string | undefined, now: number): boolean {
  const noneMatch = x.call.header("if-none-match");
  if (noneMatch !== null) {
    const opaque = (value: string) => value.trim().replace(/^W\//, "");
    // Weak on both sides: a replayed answer's own tag may be weak, as GitHub's often are (`W/"…"`).
    return noneMatch.split(",").some((candidate) => candidate.trim() === "*" || opaque(candidate) === opaque(tag));
  }
  const since = Date.parse(x.call.header("if-modified-since") ?? "");
  if (lastModified === undefined || Number.isNaN(since) || since > now) return false;
  return Date.parse(lastModified) <= since;
}
