// When to retry an attempt and how long to wait first. GitHub's own signals win: `Retry-After`
// (secondary rate limits, 5xx) and `x-ratelimit-reset` (primary rate limit); otherwise exponential
// backoff with jitter. A wait longer than `maxRetryDelayMs` is not slept: the answer is returned and
// the caller gets a RateLimitError with the reset time at once.
import { isRateLimited } from "./errors.js";

export interface RetryOptions {
  /** How many times a failed attempt is tried again. Default 2. */
  retries?: number;
  /** Retry POST too. A retried create may create twice, so the default is false. */
  retryPost?: boolean;
  /** The first backoff delay; it doubles on each retry. Default 500 ms. */
  initialDelayMs?: number;
  /** The longest wait the client accepts, from backoff or from GitHub's headers. Default 60 000 ms. */
  maxRetryDelayMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  retries: 2,
  retryPost: false,
  initialDelayMs: 500,
  maxRetryDelayMs: 60_000,
};

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

export function isRetryableMethod(method: string, options: ResolvedRetryOptions): boolean {
  return IDEMPOTENT.has(method) || (method === "POST" && options.retryPost);
}

export function isRetryableStatus(status: number, headers: Headers): boolean {
  return status === 429 || status >= 500 || (status === 403 && isRateLimited(headers));
}

export interface RetryClock {
  now: () => number;
  random: () => number;
}

/**
 * How long to wait before retry number `retry` (0 for the first retry), or "give-up" when GitHub asks
 * for a longer wait than `maxRetryDelayMs`.
 */
export function retryDelay(
  retry: number,
  headers: Headers | undefined,
  options: ResolvedRetryOptions,
  clock: RetryClock,
): number | "give-up" {
  const asked = headers ? serverDelayMs(headers, clock.now()) : undefined;
  if (asked !== undefined) return asked > options.maxRetryDelayMs ? "give-up" : asked;
  return backoffDelay(retry, options, clock);
}

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so clients spread out. */
export function backoffDelay(retry: number, options: ResolvedRetryOptions, clock: RetryClock): number {
  const backoff = Math.min(options.initialDelayMs * 2 ** retry, options.maxRetryDelayMs);
  return Math.round(backoff / 2 + clock.random() * (backoff / 2));
}

/** The wait GitHub asked for, in ms: `Retry-After` (seconds or an HTTP date), or the rate limit's reset. */
export function serverDelayMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

/** When the rate limit lifts, as GitHub said it, for RateLimitError. */
export function rateLimitResetAt(headers: Headers, now: number): Date | undefined {
  const delay = serverDelayMs(headers, now);
  return delay === undefined ? undefined : new Date(now + delay);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
