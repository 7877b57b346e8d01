// The assertions' types, read from the description: the operationIds, and per operation its path and
// query parameters and its request body. They come from the client's generated `operations` interface
// (openapi-typescript's output of the bundle, kept fresh by the client's drift check), imported for
// types only: tsup copies what is used into this package's .d.ts at build, so the published types
// stand alone and the description's types are generated once, in one place.
import type { operations } from "../../../client/src/generated/openapi.js";
import type { JournalEntry, JournalFilter } from "../core/journal/journal.js";

/** Every operationId of the description. */
export type OperationId = keyof operations & string;

/** Anything that keeps a request journal: `createMock()`'s Mock, `startMockServer()`'s MockServer. */
export interface ReceivesRequests {
  requests(filter?: JournalFilter): JournalEntry[];
}

/** A part of a value: every object field optional, all the way down (an array's items are parts too). */
export type DeepPartial<T> = T extends readonly (infer Item)[] ? DeepPartial<Item>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** The journal holds path and query values as sent (text): a number may be given as a number or its text. */
type AsSent<T> = T extends number | boolean ? T | `${T}` : T extends readonly (infer Item)[] ? AsSent<Item>[] : T;
type ParametersIn<Op extends OperationId, Where extends "path" | "query"> = NonNullable<operations[Op]["parameters"][Where]>;
type Parameters<Op extends OperationId, Where extends "path" | "query"> = [ParametersIn<Op, Where>] extends [never]
  ? never
  : { [K in keyof ParametersIn<Op, Where>]?: AsSent<ParametersIn<Op, Where>[K]> };

type RequestBodyOf<Op extends OperationId> = NonNullable<operations[Op]["requestBody"]>;
type JsonBody<Op extends OperationId> = [RequestBodyOf<Op>] extends [never]
  ? never
  : RequestBodyOf<Op> extends { content: { "application/json": infer Body } }
    ? Body
    : never;

/**
 * What a received request must have to match: each field given must match (a part of the body, some
 * of the parameters, some headers); a field left out matches anything. A value may also be an
 * asymmetric matcher (`expect.any(String)`, `expect.stringMatching(…)`) or, for text, a RegExp.
 */
export interface RequestMatch<Op extends OperationId = OperationId> {
  /** A part of the JSON body: the fields given must be equal, arrays item by item (same length). */
  body?: [JsonBody<Op>] extends [never] ? never : DeepPartial<JsonBody<Op>>;
  /** Path parameters by name, compared as sent (`space_number: 3` matches `/copilot-spaces/3`). */
  pathParams?: Parameters<Op, "path">;
  /** Query parameters by name, compared as sent. */
  query?: Parameters<Op, "query">;
  /** Request headers by name (any case). Credentials are matched in the journal's form: `Bearer classic-pat:1f2e3d4c`. */
  headers?: Record<string, string | RegExp>;
}
