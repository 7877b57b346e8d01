// openapi-fetch's own typed GET, POST, PUT, DELETE and request, kept on the client and run like its
// methods (headers, token, timeout, retries, redirects): the client's call options are taken out of
// `init`, the rest goes to openapi-fetch. They return `{ data, error, response }` instead of
// throwing on a non-2xx answer.
import type { Client } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import type { CallSettings, ClientSettings, RequestOptions } from "./options.js";
import type { CallFetch, LooseRequest } from "./requests.js";
import { resolveCall } from "./settings.js";
import { failureOf } from "./settle.js";

type LooseVerb = (path: string, init: Record<string, unknown>) => Promise<unknown>;
type Verb = (path: never, init?: never) => Promise<unknown>;

/** `labelAt` names the operation at `VERB /path/{template}`, for messages and log lines. */
export function rawCalls(
  client: ClientSettings,
  api: Client<paths>,
  callFetch: (call: CallSettings, ownParse: boolean) => CallFetch,
  labelAt: (verb: string, path: string) => string | undefined,
) {
  async function rawCall<R>(method: string, path: string, init: Record<string, unknown> | undefined, run: (init: Record<string, unknown>) => Promise<R>) {
    // Headers go to openapi-fetch as they are: it takes more shapes than a method's options do.
    const { signal, timeoutMs, retry, ...rest } = init ?? {};
    const call = resolveCall(client, labelAt(method, path), method, { signal, timeoutMs, retry } as RequestOptions);
    const sent = callFetch(call, false);
    try {
      return await run({ ...rest, fetch: sent.fetch });
    } catch (error) {
      throw failureOf(client, call, sent.answer, error);
    }
  }
  const verb = <F extends Verb>(name: string, fn: F) =>
    ((path: string, init?: Record<string, unknown>) => rawCall(name, path, init, (i) => (fn as unknown as LooseVerb)(path, i))) as unknown as F;
  const request = api.request as unknown as LooseRequest;

  return {
    GET: verb("GET", api.GET),
    POST: verb("POST", api.POST),
    PUT: verb("PUT", api.PUT),
    DELETE: verb("DELETE", api.DELETE),
    request: ((name: string, path: string, init?: Record<string, unknown>) =>
      rawCall(String(name).toUpperCase(), path, init, (i) => request(name, path, i))) as unknown as Client<paths>["request"],
  };
}
