// The generated method table turned into methods: `copilotSpaces.getForOrg(params, options)` splits
// its one object of parameters into path, query and body by the table, and checks that a 2xx body is
// of the kind the description declares for that status.
import { InvalidArgumentError, ResponseBodyError, type RequestTarget } from "./errors.js";
import type { ApiPromise, RequestOptions, ResponseInfo } from "./types.js";

/** What the description declares a success's body to be (the generated table says, per status). */
export type BodyKind = "object" | "array" | "json" | "none";

/** One row of the generated method table. */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
  readonly successes: Readonly<Record<string, BodyKind>>;
  readonly itemsKey?: string;
}

export type OperationTable = Readonly<Record<string, Readonly<Record<string, OperationSpec>>>>;

export interface BoundOperation {
  spec: OperationSpec;
  /** `copilotSpaces.getForOrg`: how messages name the operation. */
  label: string;
}

export type Execute = (operation: BoundOperation, params: unknown, options: RequestOptions | undefined) => Promise<ResponseInfo<unknown>>;

/** One function per row of the table, and a way back from a function to its row (for paginate). */
export function bindMethods(table: OperationTable, execute: Execute) {
  const bound = new WeakMap<object, BoundOperation>();
  const byRoute = new Map<string, string>();
  const methods: Record<string, Record<string, unknown>> = {};
  for (const [namespace, group] of Object.entries(table)) {
    methods[namespace] = {};
    for (const [name, spec] of Object.entries(group)) {
      const operation = { spec, label: `${namespace}.${name}` };
      const method = (params?: unknown, options?: RequestOptions) => apiPromise(execute(operation, params, options));
      Object.defineProperty(method, "name", { value: name });
      bound.set(method, operation);
      byRoute.set(`${spec.method} ${spec.path}`, operation.label);
      methods[namespace][name] = method;
    }
  }
  return {
    methods,
    operationOf: (fn: unknown) => (typeof fn === "function" ? bound.get(fn) : undefined),
    /** The label of the operation at `VERB /path/{template}`, for openapi-fetch's raw calls. */
    labelAt: (verb: string, path: string) => byRoute.get(`${verb} ${path}`),
  };
}

export function splitParams({ spec, label }: BoundOperation, params: unknown) {
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
      throw new InvalidArgumentError(key, `is not a parameter of ${label} (its parameters: ${[...spec.pathParams, ...spec.queryParams].join(", ")})`);
    }
  }
  for (const name of spec.pathParams) {
    const value = path[name];
    const ok = (typeof value === "string" && value !== "") || (typeof value === "number" && Number.isFinite(value));
    if (!ok) throw new InvalidArgumentError(name, `is a required path parameter of ${label}: a non-empty string or a number`);
  }
  return { path, query, body };
}

/**
 * The body of a 2xx answer, checked against the kind the description declares for its status (for a
 * status it does not declare, the kind all its successes share). `data` is the body as parsed
 * (undefined when empty); `notJson` says it did not parse. `target` is asked only for an error.
 */
export function checkSuccessBody(
  spec: OperationSpec,
  status: number,
  data: unknown,
  notJson: boolean,
  target: () => RequestTarget & { status: number },
): unknown {
  const kind = spec.successes[status] ?? sharedKind(spec);
  if (kind === undefined || kind === "none") return kind === "none" ? undefined : data;
  const expected = kind === "object" ? "a JSON object" : kind === "array" ? "a JSON array" : "a JSON value";
  const fail = (what: string) => new ResponseBodyError(target(), `${what}, where the description declares ${expected}`);
  if (notJson) throw fail("with a body that is not JSON");
  if (data === undefined) throw fail("with an empty body");
  const got = data === null ? "null" : Array.isArray(data) ? "array" : typeof data;
  if ((kind === "object" && got !== "object") || (kind === "array" && got !== "array")) {
    throw fail(`with ${got === "array" || got === "object" ? `a JSON ${got}` : `JSON ${got}`}`);
  }
  return data;
}

function sharedKind(spec: OperationSpec): BodyKind | undefined {
  const kinds = new Set(Object.values(spec.successes));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

function apiPromise<T>(promise: Promise<ResponseInfo<T>>): ApiPromise<T> {
  const data = promise.then((info) => info.data) as ApiPromise<T>;
  // Whoever awaits only `.withResponse()` must not see an unhandled rejection of the other branch.
  data.catch(() => undefined);
  data.withResponse = () => promise;
  return data;
}
