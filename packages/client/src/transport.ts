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

export interface TransportSettings {
  token: TokenSource;
  apiVersion: string;
  userAgent: string;
  fetch: (request: Request) => Promise<Response>;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  clock: RetryClock;
  log?: Logger | undefined;
}

/** What a single call may change: its own timeout and retry policy. */
export interface CallSettings {
  timeoutMs?: number | undefined;
  retry?: ResolvedRetryOptions | undefined;
}

export const REDACTED = "[REDACTED]";

export function createTransport(settings: TransportSettings) {
  return async function transport(request: Request, call: CallSettings = {}): Promise<Response> {
    const retry = call.retry ?? settings.retry;
    const timeoutMs = call.timeoutMs ?? settings.timeoutMs;
    const method = request.method;
    const callerSignal = request.signal;
    // Read once, so that every attempt can send it again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const retries = isRetryableMethod(method, retry) ? retry.retries : 0;

    for (let attempt = 0; ; attempt++) {
      if (callerSignal.aborted) throw new AbortError(method, request.url, { cause: callerSignal.reason });
      const headers = new Headers(request.headers);
      headers.set("authorization", `Bearer ${await resolveToken(settings.token)}`);
      if (!headers.has("accept")) headers.set("accept", "application/vnd.github+json");
      headers.set("x-github-api-version", settings.apiVersion);
      headers.set("user-agent", settings.userAgent);
      const timeout = AbortSignal.timeout(timeoutMs);
      const started = performance.now();
      let response: Response;
      try {
        response = await settings.fetch(
          new Request(request.url, {
            method,
            headers,
            body,
            redirect: request.redirect,
            signal: AbortSignal.any([callerSignal, timeout]),
          }),
        );
      } catch (error) {
        if (callerSignal.aborted) throw new AbortError(method, request.url, { cause: error });
        const failure = timeout.aborted ? new TimeoutError(method, request.url, timeoutMs) : new ConnectionError(method, request.url, { cause: error });
        logAttempt(settings, request, headers, attempt, started, failure.message);
        if (attempt >= retries) throw failure;
        await wait(settings, backoffDelay(attempt, retry, settings.clock), callerSignal, method, request.url, attempt, failure.message);
        continue;
      }
      logAttempt(settings, request, headers, attempt, started, response.status);
      if (attempt >= retries || !isRetryableStatus(response.status, response.headers)) return response;
      const delay = retryDelay(attempt, response.headers, retry, settings.clock);
      if (delay === "give-up") return response;
      await response.body?.cancel();
      await wait(settings, delay, callerSignal, method, request.url, attempt, `status ${response.status}`);
    }
  };
}

export type Transport = ReturnType<typeof createTransport>;

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
  signal: AbortSignal,
  method: string,
  url: string,
  attempt: number,
  reason: string | number,
): Promise<void> {
  url = withoutCredentials(url);
  settings.log?.debug(`${method} ${url}: retry ${attempt + 1} in ${ms} ms after ${reason}`, { method, url, attempt, delayMs: ms });
  try {
    await settings.sleep(ms, signal);
  } catch (error) {
    throw new AbortError(method, url, { cause: error });
  }
}

function logAttempt(settings: TransportSettings, request: Request, headers: Headers, attempt: number, started: number, outcome: string | number) {
  if (!settings.log) return;
  const durationMs = Math.round(performance.now() - started);
  const url = withoutCredentials(request.url);
  settings.log.debug(`${request.method} ${url} → ${outcome} in ${durationMs} ms (attempt ${attempt + 1})`, {
    method: request.method,
    url,
    attempt: attempt + 1,
    outcome,
    durationMs,
    headers: redactHeaders(headers),
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
