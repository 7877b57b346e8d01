// Everything that bounds a call in time: each attempt's timeout joined to the caller's signal, a body
// read that stops when that signal aborts, and the waits between attempts, which only the caller's
// signal ends. A timer left running would keep the process alive, and every signal costs undici some
// µs per request (it follows it), so a signal is made only when there is something to follow.
import { AbortError, type RequestTarget } from "./errors.js";
import { safeLog } from "./log.js";
import type { CallSettings, ClientSettings } from "./options.js";

export interface AttemptTimer {
  /** Undefined when there is neither a timeout nor a caller's signal: the request then carries none. */
  signal: AbortSignal | undefined;
  timedOut(): boolean;
  /** Stops the timer and the caller's listener. */
  release(): void;
}

const NO_TIMER: AttemptTimer = { signal: undefined, timedOut: () => false, release: () => undefined };

export function startAttemptTimer(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptTimer {
  if (timeoutMs === Infinity) return callerSignal ? { ...NO_TIMER, signal: callerSignal } : NO_TIMER;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`The attempt timed out after ${timeoutMs} ms`, "TimeoutError"));
  }, timeoutMs);
  // An attempt nobody released must not keep the process alive.
  (timer as { unref?: () => void }).unref?.();
  const onAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onAbort();
  else callerSignal?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    release() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onAbort);
    },
  };
}

/** A promise, or the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Reads the whole body; when the signal aborts, stops and cancels the stream (which closes the
 * connection). Needed for a fetch of the caller's, which may not end the body's stream on abort as
 * undici's does.
 */
export async function readBodyUntilAborted(response: Response, signal: AbortSignal | undefined): Promise<ArrayBuffer | null> {
  if (response.body === null) return null;
  if (!signal) return response.arrayBuffer();
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel(signal.reason).catch(() => undefined);
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      chunks.push(value);
      length += value.byteLength;
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/** The wait before retry number `attempt + 1`, logged; the caller's signal ends it with an AbortError. */
export function waitToRetry(
  client: ClientSettings,
  call: CallSettings,
  ms: number,
  target: () => RequestTarget,
  attempt: number,
  reason: string,
): Promise<void> {
  return waitFor(client, call, ms, target, `retry ${attempt + 1} in ${ms} ms after ${reason}`, { attempt: attempt + 1 });
}

/** A wait of the call (a retry's, or the throttle's), logged as `what`; the caller's signal ends it with an AbortError. */
export async function waitFor(
  client: ClientSettings,
  call: CallSettings,
  ms: number,
  target: () => RequestTarget,
  what: string,
  details: Record<string, unknown>,
): Promise<void> {
  if (client.log) {
    const { method, url } = target();
    safeLog(client.log, `${method} ${url}: ${what}`, { operation: call.operation, method, url, ...details, delayMs: ms });
  }
  // A signal of the wait's own when the caller gave none: one shared by every wait would collect a
  // listener per concurrent retry.
  const signal = call.signal ?? new AbortController().signal;
  if (signal.aborted) throw new AbortError(target(), { cause: client.secrets.scrubError(signal.reason) });
  try {
    await client.sleep(ms, signal);
  } catch (error) {
    throw new AbortError(target(), { cause: client.secrets.scrubError(signal.aborted ? signal.reason : error) });
  }
}

/** The default `sleep`: waits `ms`, or rejects with the signal's reason as soon as it aborts. */
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
