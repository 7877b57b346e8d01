// createCopilotSpacesClient: wires the pieces. openapi-fetch builds each request (path, query, body)
// and hands it to a call (call.ts: attempts and retries), which answers with the body already read;
// the methods (methods.ts) turn answers into data or typed errors, and paginate follows `Link`.
import openapiFetch, { type Client } from "openapi-fetch";
import { shownUrl, type Answer } from "./attempt.js";
import { runCall, toResponse, type CallScope, type ClientContext } from "./call.js";
import { apiErrorFor, CopilotSpacesError, InvalidArgumentError, ResponseBodyError, type RequestTarget } from "./errors.js";
import type { paths } from "./generated/openapi.js";
import { operations } from "./generated/operations.js";
import { checkHeaders } from "./headers.js";
import { bindMethods, checkSuccessBody, splitParams, type BoundOperation, type OperationTable } from "./methods.js";
import { positiveInteger, resolveOptions, resolveRetry, timeoutOption, type CopilotSpacesClientOptions } from "./options.js";
import { pages, type Page, type PaginateOptions } from "./paginate.js";
import { rateLimitResetAt } from "./retry.js";
import { Secrets } from "./secrets.js";
import type { ClientMethods, ItemOf, PaginatedMethod, RequestOptions, ResponseInfo } from "./types.js";

// openapi-fetch's CJS build marks itself __esModule and exports the function as `default`; our CJS
// output follows Node's rule (a default import of CommonJS is module.exports), so there the import
// is the exports object and the function is its `default`.
const createClient: typeof openapiFetch =
  typeof openapiFetch === "function" ? openapiFetch : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

type LooseRaw = (path: string, init: Record<string, unknown>) => Promise<unknown>;
type LooseRequest = (method: string, path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export interface Paginate {
  /** Every page, one after the other. */
  pages<M extends PaginatedMethod>(method: M, params: Parameters<M>[0], options?: PaginateOptions): AsyncGenerator<Page<ItemOf<M>>, void, undefined>;
  /** Every item of every page. */
  items<M extends PaginatedMethod>(method: M, params: Parameters<M>[0], options?: PaginateOptions): AsyncGenerator<ItemOf<M>, void, undefined>;
  /** All items, collected. */
  all<M extends PaginatedMethod>(method: M, params: Parameters<M>[0], options?: PaginateOptions): Promise<ItemOf<M>[]>;
}

export type CopilotSpacesClient = ClientMethods & {
  paginate: Paginate;
  /** openapi-fetch's typed client, sharing the headers, token, timeout and retries; it does not throw on non-2xx. */
  GET: Client<paths>["GET"];
  POST: Client<paths>["POST"];
  PUT: Client<paths>["PUT"];
  DELETE: Client<paths>["DELETE"];
  request: Client<paths>["request"];
  use: Client<paths>["use"];
  eject: Client<paths>["eject"];
};

/** A call in flight: its scope and method, and its answer once read (for errors raised while it is parsed). */
type CallState = CallScope & { method: string; answer?: Answer };

export function createCopilotSpacesClient(options: CopilotSpacesClientOptions): CopilotSpacesClient {
  const settings = resolveOptions(options);
  const secrets = new Secrets();
  if (typeof settings.token === "string") secrets.remember(settings.token);
  const context: ClientContext = {
    fetch: settings.fetch,
    token: settings.token,
    own: { apiVersion: settings.apiVersion, userAgent: settings.userAgent },
    secrets,
    log: settings.log,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    sleep: settings.sleep,
    clock: { now: settings.now, random: settings.random },
  };
  // The client follows redirects itself (attempt.ts): openapi-fetch's requests ask fetch not to.
  const api = createClient<paths>({ baseUrl: settings.baseUrl, redirect: "manual" });
  const request = api.request as unknown as LooseRequest;

  // Middleware registered with `use` may read, or replace, the Response that openapi-fetch is given.
  // openapi-fetch's own list, kept as it keeps it: once per use(), one copy taken off per eject().
  const middleware: object[] = [];

  /**
   * openapi-fetch's `fetch` for one call. The call reads the whole answer; openapi-fetch then gets
   * a Response it can read again, except where nobody will read it: a 2xx of the client's own
   * methods, which parse the bytes already read (`parseAs: "stream"` keeps openapi-fetch off it),
   * with no middleware registered. A second Response costs more than the rest of the client's work.
   */
  const send = (state: CallState, ownParse: boolean) => async (outgoing: Request) => {
    const answer = (state.answer = await runCall(outgoing, context, state));
    // A Response cannot be made with a status outside 200–599: such an answer is an error at once.
    if (answer.status < 200 || answer.status > 599) throw errorFor(state, answer, parseBody(answer).data);
    return ownParse && middleware.length === 0 && isSuccess(answer.status) ? answer.response : toResponse(answer);
  };
  const targetOf = (state: CallState, answer: Answer): RequestTarget & { status: number } => ({
    operation: state.operation,
    method: state.method,
    url: shownUrl(answer.url, secrets),
    status: answer.status,
  });
  const errorFor = (state: CallState, answer: Answer, data: unknown) =>
    apiErrorFor({ ...targetOf(state, answer), headers: secrets.scrubHeaders(answer.headers), body: secrets.scrubValue(data) }, (headers) =>
      rateLimitResetAt(headers, settings.now()),
    );

  /** An answer as a method resolves it: its body checked against the description, or the ApiError of its status. */
  function settle(state: CallState, operation: BoundOperation, answer: Answer, parsed: { data: unknown; notJson: boolean }): ResponseInfo<unknown> {
    const { data, notJson } = parsed;
    if (!isSuccess(answer.status)) throw errorFor(state, answer, data);
    const { response } = answer;
    // A fetch of the caller's may answer with a Response that has no url; the page walk needs it.
    if (response.url !== answer.url) Object.defineProperty(response, "url", { value: answer.url });
    const checked = checkSuccessBody(operation.spec, answer.status, data, notJson, () => targetOf(state, answer));
    return { data: checked, status: answer.status, headers: answer.headers, response };
  }

  /** One request of a method (or of a page), built by openapi-fetch and settled as the method's. */
  async function through(operation: BoundOperation, state: CallState, path: string, init: Record<string, unknown>, url: () => string) {
    if (middleware.length === 0) {
      await request(state.method, path, { ...init, parseAs: "stream", fetch: send(state, true) });
      return settle(state, operation, state.answer!, parseBody(state.answer!));
    }
    // Middleware may have replaced the Response, or answered without a request: read what openapi-fetch read.
    let result: Awaited<ReturnType<LooseRequest>>;
    try {
      result = await request(state.method, path, { ...init, fetch: send(state, false) });
    } catch (error) {
      const answer = state.answer;
      if (error instanceof SyntaxError && answer && isSuccess(answer.status)) return settle(state, operation, answer, { data: undefined, notJson: true });
      throw parseFailure(state, error);
    }
    const { response } = result;
    const answer: Answer = {
      url: response.url || state.answer?.url || url(),
      body: null,
      ...state.answer,
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      response,
    };
    return settle(state, operation, answer, { data: response.ok ? result.data : result.error, notJson: false });
  }

  async function execute(operation: BoundOperation, params: unknown, callOptions: RequestOptions = {}): Promise<ResponseInfo<unknown>> {
    const { spec } = operation;
    const { path, query, body } = splitParams(operation, params);
    const state = scopeOf(operation.label, callOptions, spec.method);
    const init = {
      params: { path, query },
      ...(spec.hasBody ? { body } : {}),
      ...(callOptions.headers ? { headers: callOptions.headers } : {}),
    };
    const url = () => settings.baseUrl + spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
    return through(operation, state, spec.path, init, url);
  }

  /** A page after the first: the Link header's URL, through openapi-fetch (and its middleware) as the first page was. */
  async function follow(operation: BoundOperation, url: string, callOptions: RequestOptions): Promise<ResponseInfo<unknown>> {
    const state = scopeOf(operation.label, callOptions, "GET");
    const { origin, pathname, search } = new URL(url);
    const init = { baseUrl: origin, params: {}, querySerializer: () => search.slice(1), ...(callOptions.headers ? { headers: callOptions.headers } : {}) };
    return through(operation, state, pathname, init, () => url);
  }

  /**
   * What openapi-fetch (or a middleware) threw: a 2xx body it could not parse is a ResponseBodyError;
   * the client's own errors pass; anything else (a header value openapi-fetch's Request refused,
   * say) is kept with the token redacted from it.
   */
  function parseFailure(state: CallState, error: unknown): unknown {
    const answer = state.answer;
    if (error instanceof SyntaxError && answer && isSuccess(answer.status))
      return new ResponseBodyError(targetOf(state, answer), "with a body that is not JSON");
    return error instanceof CopilotSpacesError ? error : secrets.scrubError(error);
  }

  function scopeOf(operation: string | undefined, callOptions: RequestOptions, method: string): CallState {
    if (callOptions === null || typeof callOptions !== "object") throw new InvalidArgumentError("options", "must be an object of call options");
    const { signal, timeoutMs, retry, headers } = callOptions;
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw new InvalidArgumentError("signal", "must be an AbortSignal");
    checkHeaders(headers);
    return {
      operation,
      method,
      signal,
      timeoutMs: timeoutMs === undefined ? undefined : timeoutOption("timeoutMs", timeoutMs),
      retry: retry === undefined ? undefined : resolveRetry(retry),
    };
  }

  /**
   * A call of openapi-fetch's own methods, run like the client's methods (headers, timeout, retries):
   * the client's call options are taken out of `init`, the rest goes to openapi-fetch.
   */
  async function rawCall<R>(method: string, path: string, init: Record<string, unknown> | undefined, run: (init: Record<string, unknown>) => Promise<R>) {
    // Headers go to openapi-fetch as they are: it takes more shapes than a method's options do.
    const { signal, timeoutMs, retry, ...rest } = init ?? {};
    const state = scopeOf(bound.labelAt(method, path), { signal, timeoutMs, retry } as RequestOptions, method);
    try {
      return await run({ ...rest, fetch: send(state, false) });
    } catch (error) {
      throw parseFailure(state, error);
    }
  }
  type Raw = (path: never, init?: never) => Promise<unknown>;
  const rawVerb = <F extends Raw>(verb: string, fn: F) =>
    ((path: string, init?: Record<string, unknown>) => rawCall(verb, path, init, (i) => (fn as unknown as LooseRaw)(path, i))) as unknown as F;

  const bound = bindMethods(operations as unknown as OperationTable, execute);

  function pagesOf<T>(method: unknown, params: unknown, paginateOptions: PaginateOptions = {}) {
    const operation = bound.operationOf(method);
    if (!operation) throw new InvalidArgumentError("method", "must be a method of this client, such as client.copilotSpaces.listForOrg");
    const { spec, label } = operation;
    if (!spec.itemsKey) throw new InvalidArgumentError("method", `${label} is not a paginated list operation`);
    if (paginateOptions.maxPages !== undefined) positiveInteger("maxPages", paginateOptions.maxPages);
    if (paginateOptions.direction !== undefined && paginateOptions.direction !== "next" && paginateOptions.direction !== "prev") {
      throw new InvalidArgumentError("direction", 'must be "next" or "prev"');
    }
    return pages<T>(
      {
        first: () => execute(operation, params, paginateOptions),
        follow: (url) => follow(operation, url, paginateOptions),
        itemsKey: spec.itemsKey,
        baseUrl: settings.baseUrl,
        label,
      },
      paginateOptions,
    );
  }

  const paginate: Paginate = {
    pages: (method, params, paginateOptions) => pagesOf(method, params, paginateOptions),
    async *items(method, params, paginateOptions) {
      for await (const page of pagesOf<ItemOf<typeof method>>(method, params, paginateOptions)) yield* page.items;
    },
    async all(method, params, paginateOptions) {
      const all: ItemOf<typeof method>[] = [];
      for await (const page of pagesOf<ItemOf<typeof method>>(method, params, paginateOptions)) all.push(...page.items);
      return all;
    },
  };

  return {
    ...(bound.methods as ClientMethods),
    paginate,
    GET: rawVerb("GET", api.GET),
    POST: rawVerb("POST", api.POST),
    PUT: rawVerb("PUT", api.PUT),
    DELETE: rawVerb("DELETE", api.DELETE),
    request: ((verb: string, path: string, init?: Record<string, unknown>) =>
      rawCall(String(verb).toUpperCase(), path, init, (i) => request(verb, path, i))) as unknown as Client<paths>["request"],
    use: (...added) => {
      // One at a time, as openapi-fetch adds them: one it refuses stops the rest, in both lists.
      for (const m of added) {
        api.use(m);
        if (m) middleware.push(m);
      }
    },
    eject: (...removed) => {
      api.eject(...removed);
      for (const m of removed) {
        const at = middleware.indexOf(m);
        if (at !== -1) middleware.splice(at, 1);
      }
    },
  };
}

const isSuccess = (status: number) => status >= 200 && status <= 299;
const utf8 = new TextDecoder();

/** A body as the methods read it: empty → undefined; JSON → its value; anything else → its text. */
function parseBody(answer: Answer): { data: unknown; notJson: boolean } {
  if (answer.body === null || answer.body.byteLength === 0) return { data: undefined, notJson: false };
  const text = utf8.decode(answer.body);
  try {
    return { data: JSON.parse(text), notJson: false };
  } catch {
    // An error page that is not JSON (a proxy's HTML, say) is kept as text for the error.
    return { data: text, notJson: true };
  }
}
