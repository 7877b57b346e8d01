// The generated method table turned into methods: `copilotSpaces.getForOrg(params, options)` splits
// its one object of parameters into path, query and body by the table; the row also says what kind of
// body each 2xx has, which settle.ts checks.
import { InvalidArgumentError } from "./errors.js";
import type { RequestOptions } from "./options.js";
import type { ApiPromise, ResponseInfo } from "./types.js";

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

function apiPromise<T>(promise: Promise<ResponseInfo<T>>): ApiPromise<T> {
  const data = promise.then((info) => info.data) as ApiPromise<T>;
  // Whoever awaits only `.withResponse()` must not see an unhandled rejection of the other branch.
  data.catch(() => undefined);
  data.withResponse = () => promise;
  return data;
}
