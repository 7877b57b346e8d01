// When to retry an attempt and how long to wait first. GitHub's own signals win: `Retry-After`
// (secondary rate limits, 5xx) and `x-ratelimit-reset` (primary rate limit); otherwise exponential
// backoff with jitter. A wait longer than `maxRetryDelayMs` is not slept: the answer is returned and
// the caller gets a RateLimitError with the reset time at once.
import type { ClientSettings, RetryOptions } from "./options.js";

/** Where the waits read the time and their jitter. */
type Clock = Pick<ClientSettings, "now" | "random">;

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

export function isRetryableMethod(method: string, options: Required<RetryOptions>): boolean {
  return IDEMPOTENT.has(method) || (method === "POST" && options.retryPost);
}

export function isRetryableStatus(status: number, headers: Headers): boolean {
  return status === 429 || (status >= 500 && status <= 599) || (status === 403 && isRateLimited(headers));
}

/** GitHub's signs of a rate limit on a 403: no requests left, or a secondary limit's `retry-after`. */
export function isRateLimited(headers: Headers): boolean {
  return headers.get("x-ratelimit-remaining") === "0" || headers.has("retry-after");
}

/**
 * How long to wait before retry number `retry` (0 for the first retry), or "give-up" when GitHub asks
 * for a longer wait than `maxRetryDelayMs`.
 */
export function retryDelay(retry: number, headers: Headers | undefined, options: Required<RetryOptions>, clock: Clock): number | "give-up" {
  const asked = headers ? serverDelayMs(headers, clock.now()) : undefined;
  if (asked !== undefined) return asked > options.maxRetryDelayMs ? "give-up" : asked;
  return backoffDelay(retry, options, clock);
}

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so clients spread out. */
export function backoffDelay(retry: number, options: Required<RetryOptions>, clock: Clock): number {
  const backoff = Math.min(options.initialDelayMs * 2 ** retry, options.maxRetryDelayMs);
  return Math.round(backoff / 2 + clock.random() * (backoff / 2));
}

/**
 * The wait GitHub asked for, in ms: `Retry-After` (whole seconds or an HTTP date), or the primary
 * rate limit's reset. Anything else (junk, a negative or fractional number, a date or reset in the
 * past) is no request at all, and the normal backoff applies.
 */
export function serverDelayMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const value = retryAfter.trim();
    if (/^\d{1,10}$/.test(value)) return Number(value) * 1000;
    const date = parseHttpDate(value);
    if (date !== undefined && date > now) return date - now;
  }
  if (headers.get("x-ratelimit-remaining") === "0") {
    const reset = (headers.get("x-ratelimit-reset") ?? "").trim();
    if (/^\d{1,12}$/.test(reset) && Number(reset) * 1000 > now) return Number(reset) * 1000 - now;
  }
  return undefined;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = `(${MONTHS.join("|")})`;
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
// RFC 9110 §5.6.7: IMF-fixdate, and the two obsolete forms a recipient must also accept.
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

/** An HTTP date (RFC 9110) in ms since the epoch, or undefined when the text is not one. */
export function parseHttpDate(text: string): number | undefined {
  let parts: [day: string, month: string, year: number, h: string, m: string, s: string] | undefined;
  let match = IMF_FIXDATE.exec(text);
  if (match) parts = [match[1]!, match[2]!, Number(match[3]), match[4]!, match[5]!, match[6]!];
  else if ((match = RFC850.exec(text))) {
    // Two-digit years: RFC 9110 reads one that looks more than 50 years ahead as the past century.
    const short = Number(match[3]);
    const thisYear = new Date().getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + short;
    if (year > thisYear + 50) year -= 100;
    parts = [match[1]!, match[2]!, year, match[4]!, match[5]!, match[6]!];
  } else if ((match = ASCTIME.exec(text))) parts = [match[2]!.trim(), match[1]!, Number(match[6]), match[3]!, match[4]!, match[5]!];
  if (!parts) return undefined;
  const [day, month, year, h, m, s] = parts;
  const ms = Date.UTC(year, MONTHS.indexOf(month), Number(day), Number(h), Number(m), Number(s));
  const check = new Date(ms);
  // Date.UTC rolls 31 Feb over into March: such a date is not one.
  return check.getUTCDate() === Number(day) && Number(h) < 24 && Number(m) < 60 && Number(s) < 61 ? ms : undefined;
}

/** When the rate limit lifts, as GitHub said it, for RateLimitError. */
export function rateLimitResetAt(headers: Headers, now: number): Date | undefined {
  const delay = serverDelayMs(headers, now);
  return delay === undefined ? undefined : new Date(now + delay);
}
