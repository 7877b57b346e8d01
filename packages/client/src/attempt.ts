// One attempt of a request, from start to end: the token, the headers, the attempt's signal (the
// caller's and the timeout's), fetch with `redirect: "manual"`, same-origin redirects followed
// (redirects.ts), the whole body read, and the timer released. Whatever fails on the way is
// classified the same in every phase: the caller's signal → AbortError, the timeout → TimeoutError,
// the network → ConnectionError (the last two may be retried by the call); the token →
// TokenSourceError or InvalidArgumentError, a redirect the client does not follow → RedirectError
// (never retried).
import { AbortError, ConnectionError, CopilotSpacesError, TimeoutError, type Phase, type RequestTarget } from "./errors.js";
import type { Answer, Outgoing } from "./exchange.js";
import { applyHeaders } from "./headers.js";
import { logAttempt } from "./log.js";
import type { CallSettings, ClientSettings, Traffic } from "./options.js";
import { shownUrl } from "./secrets.js";
import { readBodyUntilAborted, startAttemptTimer, type AttemptTimer } from "./timers.js";
import { askToken } from "./token.js";

// The redirects the client follows itself (redirects.ts), when the answer says where to.
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Attempt number `attempt` (1 for the first) of `call`, sending `first`. */
export async function runAttempt(first: Outgoing, client: ClientSettings, call: CallSettings, attempt: number, cache?: Traffic["cache"]): Promise<Answer> {
  const { secrets } = client;
  // Built only for a message: redacting a URL costs more than the rest of a quick attempt.
  const target = (outgoing: Outgoing): RequestTarget => ({ operation: call.operation, method: outgoing.method, url: shownUrl(outgoing.url, secrets) });
  if (call.signal?.aborted) throw new AbortError(target(first), { cause: secrets.scrubError(call.signal.reason) });

  const timer = startAttemptTimer(call.signal, call.timeoutMs);
  const started = client.log ? performance.now() : 0;
  const log = (outgoing: Outgoing, outcome: string | number) => logAttempt(client, call, outgoing, attempt, started, outcome);
  let current = first;
  let phase: Phase = "token";
  let seen: Set<string> | undefined;
  try {
    // A string token was checked when the client was made; a token function is asked now.
    const token = typeof client.token === "string" ? client.token : await askToken(client.token, secrets, () => target(first), timer.signal);
    applyHeaders(first.headers, client, token);
    // The cache is keyed by the token, known only now (a token function may rotate it).
    const cached = cache && (await cache(first, token));
    phase = "request";
    for (;;) {
      const response = await send(current, timer.signal, client.fetch);
      if (REDIRECTS.has(response.status) && response.headers.has("location")) {
        seen ??= new Set([`${current.method} ${current.url}`]);
        // Loaded on the first redirect: few calls ever meet one (the bundle budget).
        const { nextHop } = await import("./redirects.js");
        const next = nextHop(current, response, seen, target(current), secrets);
        await response.body?.cancel().catch(() => undefined);
        log(current, `${response.status}, redirected to ${shownUrl(next.url, secrets)}`);
        current = next;
        continue;
      }
      phase = "body";
      // undici's fetch ends the body's stream when the signal aborts; a fetch of the caller's may not.
      const body = client.fetch ? await readBodyUntilAborted(response, timer.signal) : response.body === null ? null : await response.arrayBuffer();
      log(current, response.status);
      const answer = { status: response.status, statusText: response.statusText, headers: response.headers, url: current.url, body, response };
      return cached ? await cached(answer) : answer;
    }
  } catch (error) {
    const failure = classify(error, phase, timer, call, target(current), client);
    log(current, failure.message);
    throw failure;
  } finally {
    timer.release();
  }
}

function classify(error: unknown, phase: Phase, timer: AttemptTimer, call: CallSettings, target: RequestTarget, client: ClientSettings): CopilotSpacesError {
  if (error instanceof CopilotSpacesError) return error;
  if (call.signal?.aborted) return new AbortError(target, { cause: client.secrets.scrubError(call.signal.reason), phase });
  if (timer.timedOut()) return new TimeoutError(target, call.timeoutMs, phase);
  return new ConnectionError(target, { cause: client.secrets.scrubError(error), phase });
}

const MANUAL: RequestInit = { redirect: "manual" };

function send(outgoing: Outgoing, signal: AbortSignal | undefined, custom: ClientSettings["fetch"]): Promise<Response> {
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
