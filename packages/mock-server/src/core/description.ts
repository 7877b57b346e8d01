// Facts the core's rules need, read from the description at start-up (never written here): which path
// segments must be integers, which API versions exist, what each operation's request looks like.
import type { Operation } from "../engine/prism-engine.js";
import { API_VERSION_HEADER } from "./http-rules.js";

export interface OperationFacts {
  /** Indexes of the path's `/`-separated segments that hold a `type: integer` parameter. */
  integerSegments: number[];
  takesBody: boolean;
}

export function operationFacts(operation: Operation): OperationFacts {
  const segments = operation.path.split("/");
  const integers = new Set((operation.request?.path ?? []).filter((p) => typeOf(p.schema) === "integer").map((p) => p.name));
  return {
    integerSegments: segments.flatMap((segment, i) => (integers.has(/^\{(.+)\}$/.exec(segment)?.[1] ?? "") ? [i] : [])),
    takesBody: Boolean(operation.request?.body),
  };
}

/** A raw path segment that GitHub's router takes as an integer: 1 or more, no sign, no leading zero, no exponent. */
const INTEGER_SEGMENT = /^[1-9][0-9]{0,15}$/;

export function integerSegmentsFit(facts: OperationFacts, pathname: string): boolean {
  const segments = pathname.split("/");
  return facts.integerSegments.every((i) => INTEGER_SEGMENT.test(segments[i] ?? ""));
}

export interface ApiVersions {
  /** Every version some operation lists, oldest first; empty when the description names none. */
  supported: string[];
  /** The version served when a request names none: the header's default. */
  default: string | undefined;
}

export function apiVersions(operations: Operation[]): ApiVersions {
  const headers = operations.flatMap((o) => o.request?.headers ?? []).filter((h) => h.name.toLowerCase() === API_VERSION_HEADER.toLowerCase());
  const supported = [...new Set(headers.flatMap((h) => (h.schema?.enum ?? []).map(String)))].sort();
  const fallback = headers.map((h) => h.schema?.default).find((d) => d !== undefined);
  return { supported, default: fallback === undefined ? supported.at(-1) : String(fallback) };
}

function typeOf(schema: unknown): unknown {
  return (schema as { type?: unknown } | undefined)?.type;
}
