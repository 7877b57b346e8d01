// createCopilotSpacesClient: one client method per operation of the generated table, each sending its
// request through openapi-fetch over the transport (headers, token, timeout, retries), and turning
// non-2xx answers into typed errors.
import openapiFetch, { type Client } from "openapi-fetch";
import {
  AbortError,
  apiErrorFor,
  ConnectionError,
  CopilotSpacesError,
  InvalidArgumentError,
  TimeoutError,
} from "./errors.js";
import type { paths } from "./generated/openapi.js";
import { operations } from "./generated/operations.js";
import { pages, type Page, type PaginateOptions } from "./paginate.js";
import { DEFAULT_RETRY, rateLimitResetAt, sleep as realSleep, type ResolvedRetryOptions, type RetryOptions } from "./retry.js";
import {
  callerHeaders,
  clientHeaders,
  createTransport,
  startAttempt,
  type Attempt,
  type CallSettings,
  type Logger,
  type SendRequest,
  type TokenSource,
} from "./transport.js";
import type { ApiPromise, ClientMethods, ItemOf, PaginatedMethod, RequestOptions, ResponseInfo } from "./types.js";
import { VERSION } from "./version.js";

export interface CopilotSpacesClientOptions {
  /** A GitHub token, or a function that returns one (called before every attempt, for tokens that rotate). */
  token: TokenSource;
  /** Default `https://api.github.com`; for GitHub Enterprise Server, `https://HOST/api/v3`. */
  baseUrl?: string;
  /** The `X-GitHub-Api-Version` sent with every request. Default `2026-03-10`. */
  apiVersion?: string;
  /** Put before this client's own `User-Agent` product token. */
  userAgent?: string;
  /** The fetch to use (default: the global one). */
  fetch?: (request: Request) => Promise<Response>;
  /** Time limit of each attempt, in ms. Default 60 000; `Infinity` for none. */
  timeoutMs?: number;
  /** The retry policy, or `false` for none. */
  retry?: RetryOptions | false;
  /** Receives a line per attempt, with the token redacted. */
  log?: Logger;
  /** How the client waits between attempts (tests inject a fake). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for backoff jitter (tests inject a fixed one). */
  random?: () => number;
  /** The current time in ms since the epoch, to read `x-ratelimit-reset`. */
  now?: () => number;
}

// openapi-fetch's CJS build marks itself __esModule and exports the function as `default`; our CJS
// output follows Node's rule (a default import of CommonJS is module.exports), so there the import
// is the exports object and the function is its `default`.
const createClient: typeof openapiFetch =
  typeof openapiFetch === "function" ? openapiFetch : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

export const DEFAULT_BASE_URL = "https://api.github.com";
export const DEFAULT_API_VERSION = "2026-03-10";
export const DEFAULT_TIMEOUT_MS = 60_000;

type Spec = {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
  readonly itemsKey?: string;
};

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

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

export function createCopilotSpacesClient(options: CopilotSpacesClientOptions): CopilotSpacesClient {
  const settings = resolveOptions(options);
  const clock = { now: settings.now, random: settings.random };
  const transport = createTransport({
    token: settings.token,
    apiVersion: settings.apiVersion,
    userAgent: settings.userAgent,
    fetch: settings.fetch,
    timeoutMs: settings.timeoutMs,
    retry: settings.retry,
    sleep: settings.sleep,
    clock,
    log: settings.log,
  });
  const ownHeaders = clientHeaders(settings);
  const api = createClient<paths>({ baseUrl: settings.baseUrl, headers: ownHeaders, fetch: (request) => transport(request) });
  const request = api.request as unknown as LooseRequest;
  const specs = new WeakMap<object, { spec: Spec; label: string }>();

  const toError = (method: string, response: Response, body: unknown) =>
    apiErrorFor({ status: response.status, method, url: response.url, headers: response.headers, body }, (headers) =>
      rateLimitResetAt(headers, settings.now()),
    );

  /**
   * Runs one call: its first attempt is set up here and every attempt is released once the body has
   * been read, so that the timeout covers reading the answer too.
   */
  async function runCall<T>(
    method: string,
    url: string,
    callOptions: RequestOptions,
    send: (init: { fetch: (request: Request) => Promise<Response> }) => Promise<T>,
  ): Promise<T> {
    const call = callSettings(callOptions);
    const timeoutMs = call.timeoutMs ?? settings.timeoutMs;
    const first = startAttempt(callOptions.signal, timeoutMs);
    const attempts: Attempt[] = [first];
    call.first = first;
    call.signal = callOptions.signal;
    call.track = (attempt) => attempts.push(attempt);
    try {
      return await settle(method, url, timeoutMs, () => send({ fetch: (request) => transport(request, call) }));
    } finally {
      for (const attempt of attempts) attempt.release();
    }
  }

  async function execute(label: string, spec: Spec, params: unknown, callOptions: RequestOptions = {}): Promise<ResponseInfo<unknown>> {
    const { path, query, body } = splitParams(label, spec, params);
    const result = await runCall(spec.method, settings.baseUrl + spec.path, callOptions, (init) =>
      request(spec.method.toLowerCase(), spec.path, {
        params: { path, query },
        ...(spec.hasBody ? { body } : {}),
        ...(callOptions.headers ? { headers: callerHeaders(callOptions.headers) } : {}),
        ...init,
      }),
    );
    if (!result.response.ok) throw toError(spec.method, result.response, result.error);
    return { data: result.data, status: result.response.status, headers: result.response.headers, response: result.response };
  }

  function follow(url: string, callOptions: RequestOptions): Promise<ResponseInfo<unknown>> {
    return runCall("GET", url, callOptions, async ({ fetch }) => {
      const response = await fetch(new Request(url, { method: "GET", headers: { ...callerHeaders(callOptions.headers), ...ownHeaders } }));
      const text = await response.text();
      const data = text === "" ? undefined : parseJson(text, response);
      if (!response.ok) throw toError("GET", response, data);
      return { data, status: response.status, headers: response.headers, response };
    });
  }

  /** openapi-fetch's own methods, each call run like the client's methods (timeout, retries, release). */
  function raw<F extends (path: never, init?: never) => Promise<unknown>>(verb: string, fn: F): F {
    return ((path: string, init: (RequestOptions & Record<string, unknown>) | undefined) =>
      runCall(verb, settings.baseUrl + path, init ?? {}, (extra) =>
        fn(path as never, { ...init, ...(init?.headers ? { headers: callerHeaders(init.headers) } : {}), ...extra } as never),
      )) as unknown as F;
  }

  function callSettings(callOptions: RequestOptions): CallSettings {
    const call: CallSettings = {};
    if (callOptions.timeoutMs !== undefined) call.timeoutMs = timeoutOption("timeoutMs", callOptions.timeoutMs);
    if (callOptions.retry !== undefined) call.retry = resolveRetry(callOptions.retry);
    return call;
  }

  const methods: Record<string, Record<string, unknown>> = {};
  for (const [namespace, group] of Object.entries(operations as Record<string, Record<string, Spec>>)) {
    methods[namespace] = {};
    for (const [name, spec] of Object.entries(group)) {
      const label = `${namespace}.${name}`;
      const method = (params?: unknown, callOptions?: RequestOptions) => apiPromise(execute(label, spec, params, callOptions));
      Object.defineProperty(method, "name", { value: name });
      specs.set(method, { spec, label });
      methods[namespace][name] = method;
    }
  }

  function pagesOf<T>(method: unknown, params: unknown, paginateOptions: PaginateOptions = {}) {
    const known = typeof method === "function" ? specs.get(method) : undefined;
    if (!known) throw new InvalidArgumentError("method", "must be a method of this client, such as client.copilotSpaces.listForOrg");
    const { spec, label } = known;
    if (!spec.itemsKey) throw new InvalidArgumentError("method", `${label} is not a paginated list operation`);
    if (paginateOptions.maxPages !== undefined) positiveInteger("maxPages", paginateOptions.maxPages);
    if (paginateOptions.direction !== undefined && paginateOptions.direction !== "next" && paginateOptions.direction !== "prev") {
      throw new InvalidArgumentError("direction", 'must be "next" or "prev"');
    }
    return pages<T>(
      {
        first: () => execute(label, spec, params, paginateOptions),
        follow: (url) => follow(url, paginateOptions),
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
    ...(methods as ClientMethods),
    paginate,
    GET: raw("GET", api.GET),
    POST: raw("POST", api.POST),
    PUT: raw("PUT", api.PUT),
    DELETE: raw("DELETE", api.DELETE),
    request: ((verb: string, path: string, init?: Record<string, unknown>) =>
      runCall(verb.toUpperCase(), settings.baseUrl + path, init ?? {}, (extra) =>
        request(verb, path, { ...init, ...(init?.headers ? { headers: callerHeaders(init.headers as Record<string, string>) } : {}), ...extra }),
      )) as unknown as Client<paths>["request"],
    use: api.use,
    eject: api.eject,
  };
}

/** Runs a request; what went wrong below the HTTP answer becomes the client's own error classes. */
async function settle<T>(method: string, url: string, timeoutMs: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CopilotSpacesError) throw error;
    const name = (error as { name?: string } | undefined)?.name;
    // The body is read after the transport returns, still under the attempt's signals.
    if (name === "TimeoutError") throw new TimeoutError(method, url, timeoutMs);
    if (name === "AbortError") throw new AbortError(method, url, { cause: error });
    if (error instanceof SyntaxError) throw new CopilotSpacesError(`${method} ${url}: the answer's body is not valid JSON (${error.message})`);
    throw new ConnectionError(method, url, { cause: error });
  }
}

function parseJson(text: string, response: Response): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // An error page that is not JSON (a proxy's HTML, say) is kept as text for the error.
    if (!response.ok) return text;
    throw new CopilotSpacesError(`GET ${response.url}: the answer's body is not valid JSON`);
  }
}

function apiPromise<T>(promise: Promise<ResponseInfo<T>>): ApiPromise<T> {
  const data = promise.then((info) => info.data) as ApiPromise<T>;
  // Whoever awaits only `.withResponse()` must not see an unhandled rejection of the other branch.
  data.catch(() => undefined);
  data.withResponse = () => promise;
  return data;
}

function splitParams(label: string, spec: Spec, params: unknown) {
  if (params === undefined) params = {};
  if (params === null || typeof params !== "object" || Array.isArray(params)) {
    throw new InvalidArgumentError("params", `${label} takes one object of parameters`);
  }
  const path: Record<string, string | number> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (spec.pathParams.includes(key)) path[key] = value as string | number;
    else if (spec.queryParams.includes(key)) query[key] = value;
    else if (spec.hasBody) body[key] = value;
    else {
      throw new InvalidArgumentError(
        key,
        `is not a parameter of ${label} (its parameters: ${[...spec.pathParams, ...spec.queryParams].join(", ")})`,
      );
    }
  }
  for (const name of spec.pathParams) {
    const value = path[name];
    const ok = (typeof value === "string" && value !== "") || (typeof value === "number" && Number.isFinite(value));
    if (!ok) throw new InvalidArgumentError(name, `is a required path parameter of ${label}: a non-empty string or a number`);
  }
  return { path, query, body };
}

interface ResolvedOptions {
  token: TokenSource;
  baseUrl: string;
  apiVersion: string;
  userAgent: string;
  fetch: SendRequest;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  log: Logger | undefined;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
}

function resolveOptions(options: CopilotSpacesClientOptions): ResolvedOptions {
  if (options === null || typeof options !== "object") throw new InvalidArgumentError("options", "must be an object with at least a token");
  const { token } = options;
  if (!((typeof token === "string" && token.trim() !== "") || typeof token === "function")) {
    throw new InvalidArgumentError("token", "must be a non-empty string or a function that returns one");
  }
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
    throw new InvalidArgumentError("baseUrl", "must be an absolute http(s) URL, such as https://api.github.com");
  }
  if (parsed.username || parsed.password) {
    throw new InvalidArgumentError("baseUrl", "must not hold credentials: pass the token as `token`");
  }
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(apiVersion)) throw new InvalidArgumentError("apiVersion", "must be a date such as 2026-03-10");
  if (options.userAgent !== undefined && (typeof options.userAgent !== "string" || /[\r\n]/.test(options.userAgent))) {
    throw new InvalidArgumentError("userAgent", "must be a string on one line");
  }
  for (const name of ["fetch", "sleep", "random", "now"] as const) {
    if (options[name] !== undefined && typeof options[name] !== "function") throw new InvalidArgumentError(name, "must be a function");
  }
  if (options.log !== undefined && typeof options.log?.debug !== "function") {
    throw new InvalidArgumentError("log", "must have a debug(message, details) method");
  }
  const ownAgent = `copilot-spaces-client/${VERSION}`;
  return {
    token,
    baseUrl,
    apiVersion,
    userAgent: options.userAgent ? `${options.userAgent} ${ownAgent}` : ownAgent,
    fetch: sendWith(options.fetch),
    timeoutMs: options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : timeoutOption("timeoutMs", options.timeoutMs),
    retry: resolveRetry(options.retry),
    log: options.log,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
}

/** The global fetch takes the attempt's signal as it is; a fetch of the caller's gets a Request that carries it. */
function sendWith(custom: ((request: Request) => Promise<Response>) | undefined): SendRequest {
  if (!custom) return (request, init) => globalThis.fetch(request, init);
  return (request, init) => custom(init ? new Request(request, init) : request);
}

function resolveRetry(retry: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (retry === false) return { ...DEFAULT_RETRY, retries: 0 };
  if (retry === undefined) return DEFAULT_RETRY;
  if (retry === null || typeof retry !== "object") throw new InvalidArgumentError("retry", "must be an object of retry options, or false");
  const resolved = { ...DEFAULT_RETRY, ...retry };
  if (!Number.isInteger(resolved.retries) || resolved.retries < 0 || resolved.retries > 10) {
    throw new InvalidArgumentError("retry.retries", "must be a whole number from 0 to 10");
  }
  if (typeof resolved.retryPost !== "boolean") throw new InvalidArgumentError("retry.retryPost", "must be true or false");
  for (const field of ["initialDelayMs", "maxRetryDelayMs"] as const) {
    const value = resolved[field];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 2 ** 31 - 1) {
      throw new InvalidArgumentError(`retry.${field}`, "must be a finite number of ms from 0 to 2147483647");
    }
  }
  return resolved;
}

/** A per-attempt timeout: ms above 0, or Infinity for none (setTimeout cannot wait longer than 2^31-1 ms). */
function timeoutOption(field: string, value: number): number {
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    throw new InvalidArgumentError(field, "must be a number of ms above 0 (Infinity for none)");
  }
  if (value !== Infinity && value > 2 ** 31 - 1) throw new InvalidArgumentError(field, "must be at most 2147483647 ms, or Infinity for none");
  return value;
}

function positiveInteger(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(field, "must be a whole number, 1 or more");
  return value;
}

