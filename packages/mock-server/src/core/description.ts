// Facts the core's rules need, read from the description at start-up through tools' bundle model
// (never written here): which path segments must be integers, which API versions exist, whether an
// operation takes a body, what its 422s call the resource.
import { resolveSchema, SERVED_WITHOUT_HEADER, schemaRef, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { API_VERSION_HEADER } from "./rules/http-rules.js";

export interface OperationFacts {
  /** Indexes of the path's `/`-separated segments that hold a `type: integer` parameter. */
  integerSegments: number[];
  takesBody: boolean;
  /** What a 422's `errors[].resource` says: the operation's own 422 examples, else its success schema's title, without spaces. */
  resource: string;
  /** The status of the usual answer, when it is not the lowest 2xx (which Prism picks by itself). */
  usualSuccess: number | undefined;
}

export function operationFacts(operation: ModelOperation, bundle: unknown): OperationFacts {
  const segments = operation.path.split("/");
  const integers = new Set(operation.parameters.filter((p) => p.in === "path" && p.schema.type === "integer").map((p) => p.name));
  const title = operation.success.schemaPointer ? (resolveSchemaAt(bundle, operation.success.schemaPointer).title as string | undefined) : undefined;
  return {
    integerSegments: segments.flatMap((segment, i) => (integers.has(/^\{(.+)\}$/.exec(segment)?.[1] ?? "") ? [i] : [])),
    takesBody: operation.requestBody !== undefined,
    resource: operation.validationResource ?? (title ?? operation.tags[0] ?? "Resource").replace(/[^A-Za-z0-9]+/g, ""),
    usualSuccess:
      operation.responses.find((r) => r.status >= 200 && r.status <= 299)?.status === operation.success.status ? undefined : operation.success.status,
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
  /** The version served when a request names none: `x-served-without-header` (GitHub serves 2022-11-28), else the header's default. */
  default: string | undefined;
}

export function apiVersions(operations: ModelOperation[]): ApiVersions {
  const headers = operations.flatMap((o) => o.parameters).filter((p) => p.in === "header" && p.name.toLowerCase() === API_VERSION_HEADER.toLowerCase());
  const supported = [...new Set(headers.flatMap((h) => ((h.schema.enum as unknown[] | undefined) ?? []).map(String)))].sort();
  const fallback = headers.map((h) => h.node[SERVED_WITHOUT_HEADER] ?? h.schema.default).find((d) => d !== undefined);
  return { supported, default: fallback === undefined ? supported.at(-1) : String(fallback) };
}

function resolveSchemaAt(bundle: unknown, pointer: string) {
  return resolveSchema(bundle, schemaRef(pointer));
}
