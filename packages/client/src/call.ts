// One call: its attempts (attempt.ts), retried as the policy says (retry.ts), with the waits between
// them bounded by the caller's signal. It resolves to the last answer read to its end, whatever its
// status: turning a non-2xx answer into an error is the caller's job.
import { runAttempt, safeLog, shownUrl, type Answer, type AttemptSettings, type Outgoing } from "./attempt.js";
import { AbortError, ConnectionError, TimeoutError, type RequestTarget } from "./errors.js";
import { backoffDelay, isRetryableMethod, isRetryableStatus, retryDelay, type ResolvedRetryOptions, type RetryClock } from "./retry.js";

export interface ClientContext extends AttemptSettings {
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  clock: RetryClock;
}

/** What one call may set. */
export interface CallScope {
  /** The client method, such as `copilotSpaces.getForOrg`, for messages and log lines. */
  operation: string | undefined;
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
  retry: ResolvedRetryOptions | undefined;
}

export async function runCall(request: Request, client: ClientContext, scope: CallScope): Promise<Answer> {
  const { method, url, headers } = request;
  const retry = scope.retry ?? client.retry;
  const retries = isRetryableMethod(method, retry) ? retry.retries : 0;
  const timeoutMs = scope.timeoutMs ?? client.timeoutMs;
  const target = (): RequestTarget => ({ operation: scope.operation, method, url: shownUrl(url, client.secrets) });
  // A body can be read once: keep its bytes, and let every attempt and redirect send a copy.
  const body = request.body === null ? null : await request.arrayBuffer();

  for (let attempt = 0; ; attempt++) {
    const outgoing: Outgoing = { url, method, headers, body, request: attempt === 0 && body === null ? request : undefined };
    let answer: Answer;
    try {
      answer = await runAttempt(outgoing, client, { operation: scope.operation, signal: scope.signal, timeoutMs, number: attempt + 1 });
    } catch (error) {
      if (attempt >= retries || !(error instanceof ConnectionError || error instanceof TimeoutError)) throw error;
      await wait(client, backoffDelay(attempt, retry, client.clock), scope, target, attempt, error.name);
      continue;
    }
    if (attempt >= retries || !isRetryableStatus(answer.status, answer.headers)) return answer;
    const delay = retryDelay(attempt, answer.headers, retry, client.clock);
    // GitHub asks for a longer wait than the caller accepts: the answer becomes a RateLimitError at once.
    if (delay === "give-up") return answer;
    await wait(client, delay, scope, target, attempt, `status ${answer.status}`);
  }
}

async function wait(client: ClientContext, ms: number, scope: CallScope, target: () => RequestTarget, attempt: number, reason: string): Promise<void> {
  if (client.log) {
    const { method, url } = target();
    safeLog(client.log, `${method} ${url}: retry ${attempt + 1} in ${ms} ms after ${reason}`, {
      operation: scope.operation,
      method,
      url,
      attempt: attempt + 1,
      delayMs: ms,
    });
  }
  // A signal of the wait's own when the caller gave none: one shared by every wait would collect a
  // listener per concurrent retry.
  const signal = scope.signal ?? new AbortController().signal;
  if (signal.aborted) throw new AbortError(target(), { cause: client.secrets.scrubError(signal.reason) });
  try {
    await client.sleep(ms, signal);
  } catch (error) {
    throw new AbortError(target(), { cause: client.secrets.scrubError(signal.aborted ? signal.reason : error) });
  }
}

/** A Response made from an answer already read, for openapi-fetch to parse; its `url` is the one that answered. */
export function toResponse(answer: Answer): Response {
  const response = new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  });
  Object.defineProperty(response, "url", { value: answer.url });
  return response;
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
