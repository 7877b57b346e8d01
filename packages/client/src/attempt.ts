// One attempt of a request, from start to end: the token, the headers, the attempt's signal (the
// caller's and the timeout's), fetch with `redirect: "manual"`, same-origin redirects followed here,
// the whole body read, and the timer released. Whatever fails on the way is classified the same in
// every phase: the caller's signal → AbortError, the timeout → TimeoutError, the network →
// ConnectionError (the last two may be retried by the call); the token → TokenSourceError or
// InvalidArgumentError, a redirect the client does not follow → RedirectError (never retried).
import {
  AbortError,
  ConnectionError,
  CopilotSpacesError,
  RedirectError,
  TimeoutError,
  TokenSourceError,
  withoutCredentials,
  type Phase,
  type RequestTarget,
} from "./errors.js";
import { applyHeaders, redactHeaders, type OwnHeaders } from "./headers.js";
import { checkToken, type TokenSource } from "./options.js";
import type { Secrets } from "./secrets.js";

/** Receives one line per attempt, per redirect and per retry; headers come with the token redacted. */
export interface Logger {
  debug(message: string, details: Record<string, unknown>): void;
}

export interface AttemptSettings {
  /** The caller's fetch, or undefined for the global one. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  token: TokenSource;
  own: OwnHeaders;
  secrets: Secrets;
  log: Logger | undefined;
}

/** What an attempt sends. `request`, when set, is sent as it is (a request without a body, on its first attempt). */
export interface Outgoing {
  url: string;
  method: string;
  headers: Headers;
  body: ArrayBuffer | null;
  request?: Request | undefined;
}

export interface AttemptScope {
  operation: string | undefined;
  /** The caller's signal: it ends the attempt, and the call. */
  signal: AbortSignal | undefined;
  timeoutMs: number;
  /** 1 for the first attempt of a call. */
  number: number;
}

/** An answer read to its end. */
export interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  /** The URL that answered (after redirects). */
  url: string;
  body: ArrayBuffer | null;
  /** The Response as fetch gave it, its body already read. */
  response: Response;
}

export const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export async function runAttempt(first: Outgoing, settings: AttemptSettings, scope: AttemptScope): Promise<Answer> {
  const { secrets } = settings;
  // Built only for a message: redacting a URL costs more than the rest of a quick attempt.
  const target = (outgoing: Outgoing): RequestTarget => ({ operation: scope.operation, method: outgoing.method, url: shownUrl(outgoing.url, secrets) });
  if (scope.signal?.aborted) throw new AbortError(target(first), { cause: secrets.scrubError(scope.signal.reason) });

  const timer = startTimer(scope.signal, scope.timeoutMs);
  const started = settings.log ? performance.now() : 0;
  let current = first;
  let phase: Phase = "token";
  let seen: Set<string> | undefined;
  try {
    // A string token was checked when the client was made; a token function is asked now, under
    // the attempt's signal like the rest (a source that never answers times out).
    const token = typeof settings.token === "string" ? settings.token : await tokenFor(settings.token, secrets, () => target(first), timer.signal);
    applyHeaders(first.headers, settings.own, token);
    phase = "request";
    for (;;) {
      const response = await send(current, timer.signal, settings.fetch);
      if (REDIRECT_STATUSES.has(response.status) && response.headers.has("location")) {
        seen ??= new Set([`${current.method} ${current.url}`]);
        const next = redirected(current, response, seen, target(current), secrets);
        await response.body?.cancel().catch(() => undefined);
        log(settings, current, scope, started, `${response.status}, redirected to ${shownUrl(next.url, secrets)}`);
        current = next;
        continue;
      }
      phase = "body";
      // undici's fetch ends the body's stream when the signal aborts; a fetch of the caller's may not.
      const body = settings.fetch ? await readAll(response, timer.signal) : response.body === null ? null : await response.arrayBuffer();
      log(settings, current, scope, started, response.status);
      return { status: response.status, statusText: response.statusText, headers: response.headers, url: current.url, body, response };
    }
  } catch (error) {
    const failure = classify(error, phase, timer, scope, target(current), secrets);
    log(settings, current, scope, started, failure.message);
    throw failure;
  } finally {
    timer.release();
  }
}

function classify(error: unknown, phase: Phase, timer: Timer, scope: AttemptScope, target: RequestTarget, secrets: Secrets): CopilotSpacesError {
  if (error instanceof CopilotSpacesError) return error;
  if (scope.signal?.aborted) return new AbortError(target, { cause: secrets.scrubError(scope.signal.reason), phase });
  if (timer.timedOut()) return new TimeoutError(target, scope.timeoutMs, phase);
  return new ConnectionError(target, { cause: secrets.scrubError(error), phase });
}

async function tokenFor(
  source: () => string | Promise<string>,
  secrets: Secrets,
  target: () => RequestTarget,
  signal: AbortSignal | undefined,
): Promise<string> {
  let value: unknown;
  try {
    value = await untilAborted(Promise.resolve().then(source), signal);
  } catch (error) {
    if (signal?.aborted) throw error; // the timeout's or the caller's: classified by the attempt
    throw new TokenSourceError(target(), { cause: secrets.scrubError(error) });
  }
  const token = checkToken(value, "the token function's result");
  secrets.remember(token);
  return token;
}

const MANUAL: RequestInit = { redirect: "manual" };

function send(outgoing: Outgoing, signal: AbortSignal | undefined, custom: AttemptSettings["fetch"]): Promise<Response> {
  const { request } = outgoing;
  if (request) {
    // The global fetch takes the attempt's signal in its init, where it replaces the request's own:
    // undici then follows one signal per request. A caller's fetch gets a Request that carries it.
    const init = signal ? { signal, redirect: "manual" as const } : MANUAL;
    if (!custom) return fetch(request, init);
    return custom(request.redirect === "manual" && !signal ? request : new Request(request, init));
  }
  const init: RequestInit = { method: outgoing.method, headers: outgoing.headers, body: outgoing.body, redirect: "manual" };
  if (signal) init.signal = signal;
  return custom ? custom(new Request(outgoing.url, init)) : fetch(outgoing.url, init);
}

/** The next hop of a redirect the client follows: same origin, no loop, at most MAX_REDIRECTS. */
function redirected(current: Outgoing, response: Response, seen: Set<string>, target: RequestTarget, secrets: Secrets): Outgoing {
  const status = response.status;
  const raw = response.headers.get("location") ?? "";
  let next: URL;
  const refuse = (location: string, reason: string) => {
    void response.body?.cancel().catch(() => undefined);
    return new RedirectError(target, { status, location: shownUrl(location, secrets), reason });
  };
  try {
    next = new URL(raw, current.url);
  } catch {
    throw refuse(raw, "the Location header is not a URL");
  }
  const origin = new URL(current.url).origin;
  if (next.origin !== origin) {
    throw refuse(next.href, `another origin than ${origin}; the client follows redirects on its own origin only, so nothing was sent there`);
  }
  if (next.username || next.password) throw refuse(next.href, "the Location holds credentials; the client sends only its token");
  // As fetch does (WHATWG Fetch, HTTP-redirect fetch): 303, and 301/302 after a POST, continue as a
  // GET without the body; 307 and 308 repeat the method and the body.
  const toGet = (status === 303 && current.method !== "HEAD") || ((status === 301 || status === 302) && current.method === "POST");
  // A loop is the same request again: a POST answered 303 to its own URL continues as a GET there.
  const key = `${toGet ? "GET" : current.method} ${next.href}`;
  if (seen.has(key)) throw refuse(next.href, "a redirect loop (that request was already sent in this attempt)");
  if (seen.size > MAX_REDIRECTS) throw refuse(next.href, `more than ${MAX_REDIRECTS} redirects`);
  seen.add(key);
  if (!toGet) return { url: next.href, method: current.method, headers: current.headers, body: current.body };
  const headers = new Headers(current.headers);
  for (const name of ["content-type", "content-length", "content-encoding", "content-language", "content-location"]) headers.delete(name);
  return { url: next.href, method: "GET", headers, body: null };
}

/** A promise, or the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Reads the whole body; when the signal aborts, stops and cancels the stream (which closes the connection). */
async function readAll(response: Response, signal: AbortSignal | undefined): Promise<ArrayBuffer | null> {
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

interface Timer {
  /** Undefined when there is neither a timeout nor a caller's signal: the request then carries none. */
  signal: AbortSignal | undefined;
  timedOut(): boolean;
  /** Stops the timer and the caller's listener. */
  release(): void;
}

const NO_TIMER: Timer = { signal: undefined, timedOut: () => false, release: () => undefined };

function startTimer(callerSignal: AbortSignal | undefined, timeoutMs: number): Timer {
  // Every signal costs undici some µs per request (it follows it), so none is made when not needed.
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

/** A URL as it may appear in a message or a log line: no credentials, no token. */
export function shownUrl(url: string, secrets: Secrets): string {
  return secrets.redact(withoutCredentials(url));
}

function log(settings: AttemptSettings, outgoing: Outgoing, scope: AttemptScope, started: number, outcome: string | number): void {
  if (!settings.log) return;
  const durationMs = Math.round(performance.now() - started);
  const url = shownUrl(outgoing.url, settings.secrets);
  safeLog(settings.log, `${outgoing.method} ${url} → ${outcome} in ${durationMs} ms (attempt ${scope.number})`, {
    operation: scope.operation,
    method: outgoing.method,
    url,
    attempt: scope.number,
    outcome,
    durationMs,
    headers: redactHeaders(outgoing.headers, settings.secrets),
  });
}

/** A log line; a logger that throws must not turn an answered call into its error. */
export function safeLog(logger: Logger, message: string, details: Record<string, unknown>): void {
  try {
    logger.debug(message, details);
  } catch {
    // The log line is lost; the call goes on.
  }
}
