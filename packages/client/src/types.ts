// Types of the client's methods, derived from the generated method table and the description's
// operation types: one object of parameters (path, query and body fields together, as Octokit does),
// and the 2xx body as the result.
import type { operations as OperationTypes } from "./generated/openapi.js";
import type { operations } from "./generated/operations.js";
import type { RequestOptions } from "./options.js";

type Table = typeof operations;
type OperationId = keyof OperationTypes;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OrEmpty<T> = [NonNullable<T>] extends [never] ? {} : NonNullable<T>;

type PathParamsOf<O> = O extends { parameters: { path: infer P } } ? OrEmpty<P> : {};
type QueryParamsOf<O> = O extends { parameters: { query?: infer Q } } ? OrEmpty<Q> : {};
type BodyOf<O> = O extends { requestBody: { content: { "application/json": infer B } } }
  ? B
  : O extends { requestBody?: { content: { "application/json": infer B } } }
    ? Partial<B>
    : {};

/** The parameters of an operation, as one object. Headers the client sets itself are not among them. */
export type ParamsOf<O> = Simplify<PathParamsOf<O> & QueryParamsOf<O> & BodyOf<O>>;

type SuccessStatus = 200 | 201 | 202 | 203 | 206;
type SuccessBodyOf<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends SuccessStatus ? (R[S] extends { content: { "application/json": infer B } } ? B : never) : never }[keyof R]
  : never;

/** `true` when one of an operation's 2xx answers has no body (a 204). */
type HasEmptySuccess<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends SuccessStatus | 204 | 205 ? (R[S] extends { content: { "application/json": unknown } } ? never : true) : never }[keyof R]
  : never;

/** What an operation resolves to: its 2xx body, nothing (204), or either when it has both (a role set to no_access). */
export type ResultOf<O> = [SuccessBodyOf<O>] extends [never] ? void : SuccessBodyOf<O> | ([HasEmptySuccess<O>] extends [never] ? never : void);

export interface ResponseInfo<T> {
  data: T;
  status: number;
  headers: Headers;
  response: Response;
  /** The body came from the cache (option `cache`): GitHub answered 304 Not Modified. */
  fromCache: boolean;
}

/** A method's promise: resolves to the body; `.withResponse()` gives status and headers too. */
export interface ApiPromise<T> extends Promise<T> {
  withResponse(): Promise<ResponseInfo<T>>;
}

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

export type MethodArgs<P> = [RequiredKeys<P>] extends [never] ? [params?: P, options?: RequestOptions] : [params: P, options?: RequestOptions];

export type OperationMethod<Id extends OperationId> = (...args: MethodArgs<ParamsOf<OperationTypes[Id]>>) => ApiPromise<ResultOf<OperationTypes[Id]>>;

/** `client.copilotSpaces.listForOrg(…)` and the rest: one method per operation of the description. */
export type ClientMethods = {
  [Namespace in keyof Table]: {
    [Method in keyof Table[Namespace]]: Table[Namespace][Method] extends { operationId: infer Id extends OperationId } ? OperationMethod<Id> : never;
  };
};

/** The methods of list operations that paginate by cursor. */
export type PaginatedMethod = {
  [Namespace in keyof Table]: {
    [Method in keyof Table[Namespace]]: Table[Namespace][Method] extends { itemsKey: string; operationId: infer Id extends OperationId }
      ? OperationMethod<Id>
      : never;
  }[keyof Table[Namespace]];
}[keyof Table];

/** The item type of a paginated method: a Space for the Copilot Spaces lists. */
export type ItemOf<M> = M extends (...args: never[]) => ApiPromise<infer R>
  ? { [K in keyof R]: R[K] extends readonly (infer I)[] ? I : never }[keyof R]
  : never;
