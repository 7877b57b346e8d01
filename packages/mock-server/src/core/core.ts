// The mock's core: a Call in, a Reply out. It holds GitHub's rules (routing as GitHub's router does,
// media types, the token, the API version, limits, error shapes, pagination, faults) and hands valid
// requests to Prism's engine in this process. The doors (the HTTP server and the CLI over it, the
// `fetch` of createMock) only translate their requests into Calls.
import { randomUUID } from "node:crypto";
import { operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { createEngine, type EngineAnswer, type Operation, type Violation } from "../engine/prism-engine.js";
import type { Call, Reply } from "./call.js";
import { apiVersions, integerSegmentsFit, operationFacts, type OperationFacts } from "./description.js";
import { faultAnswer, rateLimitHeaders } from "./faults.js";
import { githubError, JSON_TYPE, toGitHubError, type GitHubError } from "./github-errors.js";
import { acceptsJson, API_VERSION_HEADER, API_VERSIONS_DOCS, CORS_HEADERS, MEDIA_TYPES_DOCS, PREFLIGHT_HEADERS, tokenOf } from "./http-rules.js";
import { MAX_BODY_BYTES, parseJsonObject } from "./limits.js";
import { loadBundle } from "./load-bundle.js";
import { storeRoutes, type StoreRoute } from "../store/routes.js";
import { collectionSeeds } from "../store/seeds.js";
import { SpaceStore, type StoreAnswer } from "../store/store.js";
import { control, CONTROL_PREFIX, type State } from "./control.js";
import { stateFile } from "../store/state-file.js";
import { listOperations, page, type ListOperation } from "./pagination.js";
import { choose, parsePrefer } from "./prefer.js";

export interface MockOptions {
  /** A bundle of the description to serve (JSON or YAML); default: the one `@copilot-spaces/openapi` ships. */
  specPath?: string;
  /** Data generated from the schemas instead of the description's examples. */
  dynamic?: boolean;
  /** Where each request's log line goes (method, path, status, ms); default: nowhere. */
  log?: (line: string) => void;
  /** Remember creates, sets and deletes, per owner (see TESTING.md); default false: every answer is the description's. */
  stateful?: boolean;
  /** Stateful mode's caps: items per owner (default 10,000) and owners stored (default 1,000). */
  maxItemsPerOwner?: number;
  maxOwners?: number;
  /** The clock of `created_at` and `updated_at` in stateful mode; default: the system's. */
  now?: () => Date;
  /** The login of the authenticated user, who creates items in stateful mode; default: the description's example creator. */
  user?: string;
  /**
   * Stateful mode, kept in this JSON file: loaded at start (a missing file starts from the seed; an
   * unreadable or invalid one is an error), and every answered write is in it before the answer leaves.
   */
  stateFile?: string;
}

export interface Core {
  /** Answers a call as GitHub would; rejects only once the core is closed. */
  handle(call: Call): Promise<Reply>;
  readonly closed: boolean;
  /** Stateful mode: back to the seed, the state as a snapshot, a snapshot loaded (each saved to the state file). */
  readonly state: State | undefined;
  /** Refuses later calls, and resolves once the calls in flight are answered or `timeoutMs` has passed. */
  close(timeoutMs: number): Promise<void>;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const error = (status: number, message: string, options?: Parameters<typeof githubError>[2]): Answer => ({
  status,
  body: githubError(status, message, options),
});
const NOT_FOUND = (): Answer => error(404, "Not Found");
/** A 422 for one field the mock itself refused (a cursor, a page size, a nested item's id). */
const fieldInvalid = (resource: string, field: string, value?: string | number, code = "invalid"): Answer =>
  error(422, "Validation Failed", { errors: [{ resource, field, code, ...(value === undefined ? {} : { value }) }] });

export async function createCore(options: MockOptions = {}): Promise<Core> {
  const bundle = loadBundle(options.specPath);
  const engine = await createEngine(bundle);
  const model = operationsOf(bundle);
  // Prism's operations paired once with the bundle model's: both read the same bundle.
  const models = new Map<Operation, ModelOperation>(
    engine.operations.map((o) => {
      const found = model.find((m) => m.method === o.method.toLowerCase() && m.path === o.path);
      if (!found) throw new Error(`${o.method.toUpperCase()} ${o.path}: Prism reads an operation that the bundle model does not`);
      return [o, found];
    }),
  );
  const facts = new Map<Operation, OperationFacts>([...models].map(([o, m]) => [o, operationFacts(m, bundle)]));
  const versions = apiVersions(model);
  const lists = listOperations(model);
  const dynamic = options.dynamic ?? false;
  const routesOfStore = storeRoutes(models, model, bundle);
  const store =
    options.stateful || options.stateFile !== undefined
      ? new SpaceStore(collectionSeeds(routesOfStore, lists, bundle), {
          maxItemsPerOwner: positive(options.maxItemsPerOwner, "maxItemsPerOwner", 10_000),
          maxOwners: positive(options.maxOwners, "maxOwners", 1_000),
          now: options.now ?? (() => new Date()),
          ...(options.user === undefined ? {} : { user: options.user }),
        })
      : undefined;
  const persist = store && options.stateFile !== undefined ? stateFile(store, options.stateFile) : () => undefined;
  const writes = serial();
  // What the control endpoints and the in-process methods do to the state: each change saved.
  const state: Core["state"] = store && {
    reset: () => (store.reset(), persist()),
    snapshot: () => store.snapshot(),
    restore: (snapshot) => (store.restore(snapshot), persist()),
  };

  async function answer(call: Call, requestId: string): Promise<Answer> {
    const { url, method } = call;
    if (method === "OPTIONS") return { status: 204, headers: PREFLIGHT_HEADERS };
    if (url.pathname.startsWith(CONTROL_PREFIX)) return control(call, state);
    if (!decodes(url.pathname)) return NOT_FOUND();
    const accept = call.header("accept");
    if (!acceptsJson(accept)) {
      return error(415, `Unsupported 'Accept' header: ${JSON.stringify(accept)}. Must accept 'application/json'.`, { documentationUrl: MEDIA_TYPES_DOCS });
    }
    // GitHub's router answers 404 to a path or method it does not know, and to an integer parameter
    // that is not a positive integer as written (0, -1, 1.5, 1e3, a space).
    const operation = engine.route(method, url.pathname);
    if (!operation || !integerSegmentsFit(facts.get(operation)!, url.pathname)) return NOT_FOUND();

    const version = call.header(API_VERSION_HEADER);
    if (version !== null && versions.supported.length > 0 && !versions.supported.includes(version)) {
      const list = versions.supported.map((v, i, all) => `"${v}"${i === all.length - 1 ? " (most recent)" : ""}`).join(", ");
      return error(400, `"${API_VERSION_HEADER}" header: ${JSON.stringify(version)} is not a supported API version. Supported versions: ${list}.`, {
        documentationUrl: API_VERSIONS_DOCS,
      });
    }
    const token = tokenOf(call.header("authorization"));
    if (!token) return error(401, "Requires authentication");

    // The body is read (and bounded) only where the operation takes one, before Prefer and JSON are looked at.
    let text = "";
    if (facts.get(operation)!.takesBody) {
      const read = await call.readBody(MAX_BODY_BYTES);
      if (!read.ok && read.reason === "incomplete") return error(400, "The request body ended before its declared length.");
      if (!read.ok) return { ...error(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`), headers: { connection: "close" } };
      text = read.text;
    } else {
      call.discardBody();
    }

    const prefer = parsePrefer(call.header("prefer"));
    if (!prefer.ok) return error(400, prefer.message);
    const choice = choose(prefer.preferences, operation);
    if (choice.kind === "refused") return error(400, choice.message);
    if (choice.kind === "fault") return faultAnswer(choice.fault, requestId, Date.now());

    let body: Record<string, unknown> | undefined;
    if (facts.get(operation)!.takesBody) {
      // GitHub reads the body as JSON whatever its Content-Type says (`curl -d` sends a form type).
      const parsed = text.trim() === "" ? ({ ok: true, value: {} } as const) : parseJsonObject(text);
      if (!parsed.ok) return error(400, parsed.problem === "not-json" ? "Problems parsing JSON" : "Body should be a JSON object");
      body = parsed.value;
    }

    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
    if (version !== null) headers[API_VERSION_HEADER.toLowerCase()] = version;
    if (body !== undefined) {
      // Prism validates a body only when these two say there is one.
      headers["content-type"] = "application/json";
      headers["content-length"] = "1";
    }
    const input = { method, path: url.pathname, query: queryOf(url.searchParams), headers, body };
    const routeOfStore = store && choice.kind === "none" ? routesOfStore.get(operation) : undefined;
    if (routeOfStore) {
      // Writes take turns: each reads the state, waits for Prism's checks, then commits what it read
      // and changed; two at once would each commit over the other.
      const known = operation;
      if (routeOfStore.action !== "list" && routeOfStore.action !== "get") return writes.run(() => fromStore(routeOfStore, known));
      return fromStore(routeOfStore, known);
    }

    async function fromStore(routeOfStore: StoreRoute, operation: Operation): Promise<Answer> {
      let stored: StoreAnswer | undefined;
      const result = await engine.request(operation, input, {
        dynamic,
        answer: () => {
          stored = store!.handle(routeOfStore, url.pathname.split("/"), body, url);
          return {
            status: stored.status,
            ...(stored.headers ? { headers: stored.headers } : {}),
            body: stored.error ? githubError(stored.status, stored.error.message) : stored.body,
          };
        },
      });
      const invalid = invalidInput(result.violations, { url, body, operation });
      if (invalid) return invalid;
      if (!stored) throw new Error(`Prism answered ${method} ${url.pathname} without asking the store`);
      const { error: refused } = stored;
      if (refused?.field !== undefined) return fieldInvalid(facts.get(operation)!.resource, refused.field, refused.value, refused.code);
      if (refused) return error(stored.status, refused.message);
      // The store's answer must be one the description allows: anything else is a bug of the mock.
      const broken = result.kind === "answer" ? result.responseViolations[0] : undefined;
      if (broken) throw new Error(`the store's ${stored.status} answer breaks the description at ${broken.location.join(".") || "(body)"}: ${broken.message}`);
      // Only an answer that passed is made true, and on disk before it is sent.
      if (stored.commit) {
        stored.commit();
        persist();
      }
      return { status: stored.status, ...(stored.headers ? { headers: stored.headers } : {}), body: stored.body };
    }

    const forced = choice.kind === "documented";
    if (forced && choice.code !== 422) {
      // A forced answer is for a valid request: an invalid one gets its real 422 (Prism, asked for an
      // example, would answer its canned 422 or refuse outright).
      const checked = await engine.request(operation, input, { dynamic, validateOnly: true });
      const invalid = invalidInput(checked.violations, { url, body, operation });
      if (invalid) return invalid;
    }
    // A list's pages come from the fixed set, unless the caller asked for a documented answer.
    const list = (method === "GET" || method === "HEAD") && !forced ? lists.find((l) => l.path === operation.path) : undefined;
    const result = await engine.request(operation, input, {
      dynamic: prefer.preferences.dynamic ?? dynamic,
      // Prism answers the lowest 2xx; a create that also declares 200 ("exists already") answers its 201.
      code: forced ? choice.code : facts.get(operation)!.usualSuccess,
      exampleKey: forced ? choice.exampleKey : undefined,
      validateOnly: list !== undefined,
    });
    return fromEngine(result, { forcedValidationError: forced && choice.code === 422, url, list, body, operation });
  }

  function fromEngine(
    result: EngineAnswer,
    request: { forcedValidationError: boolean; url: URL; list: ListOperation | undefined; body: unknown; operation: Operation },
  ): Answer {
    // Only a test that asks for the documented 422 gets that one for invalid input.
    const invalid = invalidInput(result.violations, request);
    if (invalid && !(request.forcedValidationError && invalid.status === 422)) return invalid;
    if (result.kind === "refused") throw new Error(`Prism refused a request the mock had checked: ${result.status} ${result.detail}`);
    const { list } = request;
    if (list) {
      const paged = page(list, request.url);
      if (!paged.ok) return fieldInvalid(facts.get(request.operation)!.resource, paged.field, paged.value);
      return { status: 200, headers: paged.link ? { link: paged.link } : {}, body: paged.body };
    }
    // Prism's own headers are the description's examples (a Link to api.github.com) or random text: a
    // client that followed them would leave the mock, so none is passed on.
    return { status: result.status, body: result.body };
  }

  /**
   * Invalid input, answered here with its real findings whatever status Prism picked for it: a path
   * parameter that does not fit is GitHub's router's 404, anything else a 422 naming each field.
   */
  function invalidInput(violations: Violation[], request: { url: URL; body: unknown; operation: Operation }): Answer | undefined {
    if (violations.length === 0) return undefined;
    if (violations.some((v) => v.location[0] === "path")) return NOT_FOUND();
    const resource = facts.get(request.operation)!.resource;
    const errors = violations.map((v) => toGitHubError(v, resource, { body: request.body, query: request.url.searchParams }));
    return error(422, "Validation Failed", { errors });
  }

  let closed = false;
  const inFlight = new Set<Promise<unknown>>();

  async function handle(call: Call): Promise<Reply> {
    if (closed) throw new Error("This mock is closed: createMock() makes a new one.");
    const started = performance.now();
    const requestId = randomUUID().toUpperCase();
    const asked = call.header(API_VERSION_HEADER);
    const version = asked !== null && versions.supported.includes(asked) ? asked : versions.default;
    const work = answer(call, requestId)
      .then((result) => toReply(result, call.method, requestId, version))
      .catch((cause: unknown) => {
        // A bug of the mock, never the caller's: said in GitHub's shape, and the mock goes on serving.
        log(`mock error on ${call.method} ${call.url.pathname}: ${describe(cause)}`);
        return toReply(error(500, `Mock server error (a bug of the mock, not of your request; request ID ${requestId}).`), call.method, requestId, version);
      });
    inFlight.add(work);
    const reply = await work.finally(() => inFlight.delete(work));
    log(`${call.method} ${call.url.pathname}${call.url.search} ${reply.status} ${Math.round(performance.now() - started)}ms`);
    return reply;
  }

  /** The user's log function; one that throws costs its line, not the answer. */
  function log(line: string): void {
    try {
      options.log?.(line);
    } catch {
      // nothing to do: the log is the user's
    }
  }

  return {
    handle,
    state,
    get closed() {
      return closed;
    },
    async close(timeoutMs) {
      closed = true;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },
  };
}

function toReply(answer: Answer, method: string, requestId: string, version: string | undefined): Reply {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    ...rateLimitHeaders(Date.now()),
    "x-github-request-id": requestId,
    "x-github-media-type": "github.v3; format=json",
  };
  if (version) headers["x-github-api-version-selected"] = version;
  Object.assign(headers, answer.headers);
  if (answer.body !== undefined) headers["content-type"] = JSON_TYPE;
  const bodyless = answer.body === undefined || method === "HEAD" || answer.status === 204 || answer.status === 304;
  return { status: answer.status, headers, body: bodyless ? null : JSON.stringify(answer.body as GitHubError) };
}

/** Runs the tasks given to it one after the other, in the order given. */
function serial() {
  let last: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const next = last.then(task, task);
      last = next.catch(() => undefined);
      return next;
    },
  };
}

function positive(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name}: expected a whole number, 1 or more, got ${String(value)}`);
  return value;
}

function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function describe(cause: unknown): string {
  const text = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
