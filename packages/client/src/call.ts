// One call: its attempts (attempt.ts), retried as the policy says (retry.ts), with the waits between
// them bounded by the caller's signal (timers.ts). It resolves to the last answer read to its end,
// whatever its status: turning a non-2xx answer into an error is settle.ts's job. With `throttle` on,
// each attempt waits its turn first and a rate-limited answer is retried when the throttle says.
import { runAttempt } from "./attempt.js";
import { ConnectionError, TimeoutError, type RequestTarget } from "./errors.js";
import type { Answer, Outgoing } from "./exchange.js";
import type { CallSettings, ClientSettings } from "./options.js";
import { backoffDelay, isRetryableMethod, isRetryableStatus, retryDelay } from "./retry.js";
import { shownUrl } from "./secrets.js";
import { waitToRetry } from "./timers.js";

export async function runCall(request: Request, client: ClientSettings, call: CallSettings): Promise<Answer> {
  const { method, url, headers } = request;
  const { retry } = call;
  const retries = isRetryableMethod(method, retry) ? retry.retries : 0;
  const target = (): RequestTarget => ({ operation: call.operation, method, url: shownUrl(url, client.secrets) });
  // A body can be read once: keep its bytes, and let every attempt and redirect send a copy.
  const body = request.body === null ? null : await request.arrayBuffer();
  const traffic = client.traffic && (await client.traffic);
  let last: Answer | undefined;

  for (let attempt = 0; ; attempt++) {
    const outgoing: Outgoing = { url, method, headers, body, request: attempt === 0 && body === null ? request : undefined };
    // The throttle's turn (traffic.ts): `false` when it will not wait out a rate limit for this retry.
    const done = traffic?.acquire && (await traffic.acquire(call, url, attempt));
    if (done === false && last) return last;
    let answer: Answer | undefined;
    try {
      answer = await runAttempt(outgoing, client, call, attempt + 1, traffic?.cache);
    } catch (error) {
      if (attempt >= retries || !(error instanceof ConnectionError || error instanceof TimeoutError)) throw error;
      last = undefined;
      await waitToRetry(client, call, backoffDelay(attempt, retry, client), target, attempt, error.name);
      continue;
    } finally {
      if (done) done(answer);
    }
    if (attempt >= retries || !isRetryableStatus(answer.status, answer.headers)) return answer;
    last = answer;
    const throttled = traffic?.rateLimited && answer.status < 500 ? await traffic.rateLimited(call, url, answer, attempt) : undefined;
    const delay = throttled ?? retryDelay(attempt, answer.headers, retry, client);
    // GitHub asks for a longer wait than the caller accepts: the answer becomes a RateLimitError at once.
    if (delay === "give-up") return answer;
    await waitToRetry(client, call, delay, target, attempt, `status ${answer.status}`);
  }
}
