// The option `throttle`: the client paces itself to GitHub's rate limits before it sends, as
// Octokit's throttling plugin does with Bottleneck (a global concurrency group, a `write` group one
// second apart) and more. The primary budget is read from every answer's `x-ratelimit-remaining`
// and `-reset`, less the requests still in flight (reserved, so concurrent calls never overdraw it);
// when it is spent, a request waits for the reset. Content-creating requests start `writeIntervalMs`
// apart; a secondary limit's `retry-after` holds every request back. Each wait is ended by the call's
// signal, and a hook may cancel it (then the call fails with the RateLimitError, as without a throttle).
import { AbortError } from "./errors.js";
import type { Answer } from "./exchange.js";
import type { CallSettings, ClientSettings, RateLimitHook, ThrottleOptions } from "./options.js";
import { serverDelayMs } from "./retry.js";
import { shownUrl } from "./secrets.js";
import { waitFor } from "./timers.js";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// `x-ratelimit-reset` is in whole seconds, and the two clocks differ: wait a little past it (Octokit adds 1 s).
export const RESET_MARGIN_MS = 1000;

const header = (headers: Headers, name: string) => {
  const value = Number(headers.get(`x-ratelimit-${name}`) || NaN);
  return value >= 0 ? value : undefined;
};

export function createThrottle(client: ClientSettings, options: ThrottleOptions) {
  // The defaults: Octokit's 10 at once and writes 1 s apart; waits of up to 15 minutes.
  const { maxConcurrent = 10, writeIntervalMs = 1000, maxWaitMs = 900_000, onRateLimit, onSecondaryRateLimit } = options;
  let inFlight = 0;
  let limit: number | undefined;
  let remaining: number | undefined;
  /** When the budget's window ends, in ms; 0 when not known. */
  let resetAt = 0;
  let nextWriteAt = 0;
  let pausedUntil = 0;
  let wake: (() => void)[] = [];
  /** Calls whose wait was cancelled: their next rate-limited answer is their error. */
  const refused = new WeakSet<CallSettings>();

  /** The budget as an answer tells it. Answers arrive out of order: within one window the lowest count is the latest. */
  function read({ headers, status }: Answer) {
    const left = header(headers, "remaining");
    const reset = header(headers, "reset")! * 1000;
    if (left !== undefined && reset) {
      limit = header(headers, "limit") ?? limit;
      if (reset > resetAt) [resetAt, remaining] = [reset, left];
      else if (reset === resetAt) remaining = Math.min(remaining ?? left, left);
    }
    // A secondary limit holds every request back until its `retry-after`.
    const secondary = (status === 403 || status === 429) && headers.has("retry-after") && serverDelayMs(headers, client.now());
    if (secondary) pausedUntil = Math.max(pausedUntil, client.now() + secondary);
  }

  function release(answer?: Answer) {
    inFlight--;
    if (answer) read(answer);
    for (const resolve of wake.splice(0)) resolve();
  }

  const target = (call: CallSettings, url: string) => () => ({ operation: call.operation, method: call.method, url: shownUrl(url, client.secrets) });

  /** Until a request in flight answers, or the call's signal aborts. */
  const freed = (call: CallSettings, url: string, signal = call.signal) =>
    new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(new AbortError(target(call, url)(), { cause: client.secrets.scrubError(signal!.reason) }));
      if (signal?.aborted) return onAbort();
      signal?.addEventListener("abort", onAbort, { once: true });
      wake.push(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      });
    });

  /** Whether to wait `ms` for a rate limit: within `maxWaitMs`, and not cancelled by the hook. */
  async function agreed(hook: RateLimitHook | undefined, call: CallSettings, url: string, ms: number, retryCount: number) {
    const path = url.slice(new URL(url).origin.length);
    const ok = ms <= maxWaitMs && (await hook?.({ waitMs: ms, method: call.method, path, retryCount, operation: call.operation })) !== false;
    if (!ok) refused.add(call);
    return ok;
  }

  async function acquire(call: CallSettings, url: string, attempt: number): Promise<((answer?: Answer) => void) | false> {
    const write = WRITES.has(call.method);
    for (;;) {
      const now = client.now();
      // The window is over: the budget is whole again until an answer says otherwise.
      if (resetAt && now >= resetAt + RESET_MARGIN_MS) [resetAt, remaining] = [0, limit];
      const spent = resetAt > 0 && remaining !== undefined && remaining - inFlight <= 0;
      if (inFlight >= maxConcurrent || (spent && inFlight > 0)) {
        await freed(call, url);
        continue;
      }
      let wait = Math.max(pausedUntil - now, write ? nextWriteAt - now : 0);
      if (spent) {
        const ms = resetAt + RESET_MARGIN_MS - now;
        // Cancelled for a retry: the last answer (rate limited) is the call's. Before any answer, or once
        // cancelled, the request goes as it would without a throttle.
        if (!refused.has(call)) {
          if (await agreed(onRateLimit, call, url, ms, attempt)) wait = Math.max(wait, ms);
          else if (attempt > 0) return false;
        }
      }
      if (wait > 0) {
        await waitFor(client, call, wait, target(call, url), `throttled for ${wait} ms`, {});
        continue;
      }
      inFlight++;
      if (write) nextWriteAt = now + writeIntervalMs;
      return release;
    }
  }
  /**
   * A 403 or 429 rate-limit answer: 0 (retry; a primary limit's reset is the next acquire's wait, a
   * secondary one's hook is asked here), "give-up", or undefined for the ordinary backoff (no time given).
   */
  async function rateLimited(call: CallSettings, url: string, answer: Answer, attempt: number): Promise<number | "give-up" | undefined> {
    if (refused.has(call)) return "give-up";
    const { headers } = answer;
    const ms = serverDelayMs(headers, client.now());
    if (ms === undefined) return undefined;
    if (!headers.has("retry-after")) return 0;
    return (await agreed(onSecondaryRateLimit, call, url, ms, attempt + 1)) ? 0 : "give-up";
  }

  return { acquire, rateLimited };
}
