// How a method's request is made: openapi-fetch builds it from the parameters (path, query, body,
// middleware) and is given, as its fetch, a call (call.ts) that answers with the body already read;
// settle.ts turns that answer into the method's value or its error. Pages after the first go the same
// way, by the URL of the Link header, so that middleware sees every page.
import { runCall } from "./call.js";
import { toResponse, type Answer } from "./exchange.js";
import { splitParams, type BoundOperation } from "./methods.js";
import type { CallSettings, ClientSettings, RequestOptions } from "./options.js";
import { resolveCall } from "./settings.js";
import { loadAccess } from "./load-access.js";
import { apiErrorOf, isSuccess, parseBody, settle, type ParsedBody } from "./settle.js";
import type { ResponseInfo } from "./types.js";

/** openapi-fetch's `request`, with the path and init its types would pin to the description left loose. */
export type LooseRequest = (method: string, path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** openapi-fetch's fetch for one call, and the answer it read (for errors raised while openapi-fetch parses it). */
export interface CallFetch {
  fetch: (request: Request) => Promise<Response>;
  answer?: Answer;
}

/** The requests of one client: its methods' (`execute`), later pages' (`follow`), and openapi-fetch's fetch for a call. */
export type Requests = ReturnType<typeof requests>;

export function requests(client: ClientSettings, request: LooseRequest, middleware: readonly object[]) {
  /**
   * The call reads the whole answer; openapi-fetch then gets a Response it can read again, except
   * where nobody will read it: a 2xx of the client's own methods, which parse the bytes already read
   * (`parseAs: "stream"` keeps openapi-fetch off it), with no middleware registered. A second
   * Response costs more than the rest of the client's work.
   */
  function callFetch(call: CallSettings, ownParse: boolean): CallFetch {
    const sent: CallFetch = {
      fetch: async (outgoing) => {
        const answer = (sent.answer = await runCall(outgoing, client, call));
        // A Response cannot be made with a status outside 200–599: such an answer is an error at once.
        if (answer.status < 200 || answer.status > 599) throw apiErrorOf(client, call, answer, parseBody(answer).data);
        return ownParse && middleware.length === 0 && isSuccess(answer.status) ? answer.response : toResponse(answer);
      },
    };
    return sent;
  }

  /** One request of a method (or of a page), built by openapi-fetch and settled as the method's. */
  async function through(operation: BoundOperation, call: CallSettings, path: string, init: Record<string, unknown>, url: () => string) {
    if (middleware.length === 0) {
      const sent = callFetch(call, true);
      await request(call.method, path, { ...init, parseAs: "stream", fetch: sent.fetch });
      return settled(call, operation, sent.answer!, parseBody(sent.answer!));
    }
    // Loaded once middleware is registered: few clients register any (the bundle budget).
    const { throughMiddleware } = await import("./middleware-call.js");
    return throughMiddleware(client, request, callFetch(call, false), settled, operation, call, path, init, url);
  }

  /** settle(), with the reader of a 403's access headers loaded first when it is one (errors.ts). */
  async function settled(call: CallSettings, operation: BoundOperation, answer: Answer, parsed: ParsedBody) {
    if (answer.status === 403) await loadAccess();
    return settle(client, call, operation.spec, answer, parsed);
  }

  /** A method's call: its parameters split into path, query and body by its row of the table. */
  async function execute(operation: BoundOperation, params: unknown, options: RequestOptions = {}): Promise<ResponseInfo<unknown>> {
    const { spec } = operation;
    const { path, query, body } = splitParams(operation, params);
    const call = resolveCall(client, operation.label, spec.method, options);
    const init = {
      params: { path, query },
      ...(spec.hasBody ? { body } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    };
    const url = () => client.baseUrl + spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
    return through(operation, call, spec.path, init, url);
  }

  /** A page after the first: the Link header's URL, through openapi-fetch (and its middleware) as the first page was. */
  async function follow(operation: BoundOperation, url: string, options: RequestOptions): Promise<ResponseInfo<unknown>> {
    const call = resolveCall(client, operation.label, "GET", options);
    const { origin, pathname, search } = new URL(url);
    const init = { baseUrl: origin, params: {}, querySerializer: () => search.slice(1), ...(options.headers ? { headers: options.headers } : {}) };
    return through(operation, call, pathname, init, () => url);
  }

  return { callFetch, execute, follow };
}
