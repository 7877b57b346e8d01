// A method's request when middleware is registered with `use()` (requests.ts loads this file then):
// middleware may have replaced the Response, or answered without a request, so the answer settled is
// the one openapi-fetch read, not the call's.
import type { Answer } from "./exchange.js";
import type { BoundOperation } from "./methods.js";
import type { CallSettings, ClientSettings } from "./options.js";
import type { CallFetch, LooseRequest } from "./requests.js";
import { failureOf, isSuccess, type ParsedBody } from "./settle.js";
import type { ResponseInfo } from "./types.js";

type Settled = (call: CallSettings, operation: BoundOperation, answer: Answer, parsed: ParsedBody) => Promise<ResponseInfo<unknown>>;

export async function throughMiddleware(
  client: ClientSettings,
  request: LooseRequest,
  sent: CallFetch,
  settled: Settled,
  operation: BoundOperation,
  call: CallSettings,
  path: string,
  init: Record<string, unknown>,
  url: () => string,
): Promise<ResponseInfo<unknown>> {
  let result: Awaited<ReturnType<LooseRequest>>;
  try {
    result = await request(call.method, path, { ...init, fetch: sent.fetch });
  } catch (error) {
    const { answer } = sent;
    if (error instanceof SyntaxError && answer && isSuccess(answer.status)) {
      return settled(call, operation, answer, { data: undefined, notJson: true });
    }
    throw failureOf(client, call, answer, error);
  }
  const { response } = result;
  const answer: Answer = {
    url: response.url || sent.answer?.url || url(),
    body: null,
    ...sent.answer,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    response,
  };
  return settled(call, operation, answer, { data: response.ok ? result.data : result.error, notJson: false });
}
