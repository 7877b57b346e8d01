// The `fetch` that openapi-fetch calls: it adds GitHub's headers and the token, bounds each attempt
// by a timeout, retries what may be retried, and logs each attempt with the token redacted. It
// returns every HTTP answer as it came (the client turns non-2xx ones into errors) and throws only
// when no answer came: ConnectionError, TimeoutError or AbortError.
import { AbortError, ConnectionError, TimeoutError, withoutCredentials } from "./errors.js";
import {
  backoffDelay,
  isRetryableMethod,
  isRetryableStatus,
  retryDelay,
  type ResolvedRetryOptions,
  type RetryClock,
} from "./retry.js";

export type TokenSource = string | (() => string | Promise<string>);

/** Receives one line per attempt and per retry; headers come with the token redacted. */
export interface Logger {
  debug(message: string, details: Record<string, unknown>): void;
}

/** Sends one request; `init.signal`, when given, replaces the request's own signal. */
export type SendRequest = (request: Request, init?: { signal: AbortSignal }) => Promise<Response>;

export interface TransportSettings {
  token: TokenSource;
  apiVersion: string;
  userAgent: string;
  fetch: SendRequest;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  clock: RetryClock;
  log?: Logger | undefined;
}

/** What a single call may change, and what the client's methods prepare for the first attempt. */
export interface CallSettings {
  timeoutMs?: number | undefined;
  retry?: ResolvedRetryOptions | undefined;
  /** The caller's signal (else the request's own is taken). */
  signal?: AbortSignal | undefined;
  /** The first attempt, already set up by the caller of the transport, which releases it. */
  first?: Attempt | undefined;
  /** Takes each further attempt, to release it when the call is over (after its body is read). */
  track?: ((attempt: Attempt) => void) | undefined;
}

export const REDACTED = "[REDACTED]";

/** One attempt's signal: aborted by the caller's signal or by the timeout. */
export interface Attempt {
  /** Undefined when there is neither a timeout nor a caller's signal: the request then carries none. */
  signal: AbortSignal | undefined;
  timedOut(): boolean;
  /** Stops the timer and the caller's listener. */
  release(): void;
}

const NO_TIMEOUT: Attempt = { signal: undefined, timedOut: () => false, release: () => undefined };

export function startAttempt(callerSignal: AbortSignal | undefined, timeoutMs: number): Attempt {
  // Every signal costs undici some 20 µs per request (it follows it), so none is made when not needed.
  if (timeoutMs === Infinity) return callerSignal ? { ...NO_TIMEOUT, signal: callerSignal } : NO_TIMEOUT;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`The attempt timed out after ${timeoutMs} ms`, "TimeoutError"));
  }, timeoutMs);
  // An attempt nobody released must not keep the process alive.
  timer.unref?.();
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

export function createTransport(settings: TransportSettings) {
  return async function transport(request: Request, call: CallSettings = {}): Promise<Response> {
    const retry = call.retry ?? settings.retry;
    const timeoutMs = call.timeoutMs ?? settings.timeoutMs;
    const method = request.method;
    const callerSignal = call.signal ?? (call.first ? undefined : request.signal);
    const retries = isRetryableMethod(method, retry) ? retry.retries : 0;
    // A body can be sent once: keep a copy for the retries.
    const replay = retries > 0 && request.body !== null ? request.clone() : undefined;
    // A string token and the fixed headers come with the request (see clientHeaders); a token
    // function is asked again before every attempt.
    const tokenFunction = typeof settings.token === "function" ? settings.token : undefined;

    for (let attempt = 0; ; attempt++) {
      if (callerSignal?.aborted) throw new AbortError(method, request.url, { cause: callerSignal.reason });
      const prepared = attempt === 0 ? call.first : undefined;
      const current = prepared ?? startAttempt(callerSignal, timeoutMs);
      if (!prepared) call.track?.(current);
      const outgoing = attempt === 0 || !replay ? request : replay.clone();
      if (tokenFunction) outgoing.headers.set("authorization", `Bearer ${await resolveToken(tokenFunction)}`);
      const started = settings.log ? performance.now() : 0;
      let response: Response;
      try {
        // The attempt's signal is given to fetch, where it replaces the request's own: undici then
        // follows one signal per request, as it does without a timeout.
        response = await (current.signal ? settings.fetch(outgoing, { signal: current.signal }) : settings.fetch(outgoing));
      } catch (error) {
        current.release();
        if (callerSignal?.aborted) throw new AbortError(method, request.url, { cause: error });
        const failure = current.timedOut() ? new TimeoutError(method, request.url, timeoutMs) : new ConnectionError(method, request.url, { cause: error });
        logAttempt(settings, outgoing, attempt, started, failure.message);
        if (attempt >= retries) throw failure;
        await wait(settings, backoffDelay(attempt, retry, settings.clock), callerSignal, method, request.url, attempt, failure.message);
        continue;
      }
      logAttempt(settings, outgoing, attempt, started, response.status);
      if (attempt >= retries || !isRetryableStatus(response.status, response.headers)) return response;
      const delay = retryDelay(attempt, response.headers, retry, settings.clock);
      if (delay === "give-up") return response;
      await response.body?.cancel();
      current.release();
      await wait(settings, delay, callerSignal, method, request.url, attempt, `status ${response.status}`);
    }
  };
}

export type Transport = ReturnType<typeof createTransport>;

/** The headers every request carries; `authorization` too when the token is a string. */
export function clientHeaders(settings: Pick<TransportSettings, "token" | "apiVersion" | "userAgent">): Record<string, string> {
  return {
    accept: "application/vnd.github+json",
    "x-github-api-version": settings.apiVersion,
    "user-agent": settings.userAgent,
    ...(typeof settings.token === "string" ? { authorization: `Bearer ${settings.token}` } : {}),
  };
}

/** Names a caller may not set: the client owns them. */
export const OWN_HEADERS = new Set(["authorization", "x-github-api-version", "user-agent"]);

/** The caller's extra headers, less the ones the client owns (an `accept` of their own is kept). */
export function callerHeaders(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!headers) return undefined;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !OWN_HEADERS.has(name.toLowerCase())));
}

async function resolveToken(token: TokenSource): Promise<string> {
  const value = typeof token === "function" ? await token() : token;
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError("token: the token function must return a non-empty string");
  }
  return value;
}

async function wait(
  settings: TransportSettings,
  ms: number,
  signal: AbortSignal | undefined,
  method: string,
  url: string,
  attempt: number,
  reason: string | number,
): Promise<void> {
  url = withoutCredentials(url);
  settings.log?.debug(`${method} ${url}: retry ${attempt + 1} in ${ms} ms after ${reason}`, { method, url, attempt, delayMs: ms });
  try {
    await settings.sleep(ms, signal ?? NEVER_ABORTED);
  } catch (error) {
    throw new AbortError(method, url, { cause: error });
  }
}

const NEVER_ABORTED = new AbortController().signal;

function logAttempt(settings: TransportSettings, request: Request, attempt: number, started: number, outcome: string | number) {
  if (!settings.log) return;
  const durationMs = Math.round(performance.now() - started);
  const url = withoutCredentials(request.url);
  settings.log.debug(`${request.method} ${url} → ${outcome} in ${durationMs} ms (attempt ${attempt + 1})`, {
    method: request.method,
    url,
    attempt: attempt + 1,
    outcome,
    durationMs,
    headers: redactHeaders(request.headers),
  });
}

/** Headers as a plain object, with the credentials replaced by [REDACTED]. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const plain: Record<string, string> = {};
  headers.forEach((value, name) => {
    plain[name] = name === "authorization" || name === "cookie" ? REDACTED : value;
  });
  return plain;
}
