// GitHub's traffic answers, for the docs: the headers every answer declares (the rate limit's, the
// request id) and the answers every operation or every GET shares (304, 429, the server errors, and
// the rate limits a 403 holds beside its other causes) are written once, as tables at the end of the
// guide's "Rate limits and conditional requests" section. In the docs' copy of the bundle the headers
// every answer declares leave each response, and the shared answers keep a one-line description that
// points to the section: Redoc would otherwise repeat the same rows under each of the operations.
// Everything is read from the description; only HTTP's own classes pick the answers (304 conditional,
// 429 rate limit, 5xx server error).
import { deref, exampleNames as namesOf, operationsOf, type Json, type ModelOperation, type ModelResponse } from "../model/bundle-model.ts";
import type { OpenApiDocument } from "../model/paths.ts";
import { withSectionTable } from "./access-docs.ts";

/** The guide section that gets the tables; the docs' browser test looks for it. */
export const TRAFFIC_SECTION = "Rate limits and conditional requests";

const isTraffic = (status: number) => status === 304 || status === 429 || (status >= 500 && status <= 599);
const code = (text: string) => `\`${text}\``;
const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
const lower = (name: string) => name.toLowerCase();
/** The first sentence of a description, for the one line a shared answer keeps under each operation. */
const firstSentence = (text: string) => /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();

interface Shared {
  status: number;
  on: string;
  response: ModelResponse;
  /** The `$ref` every operation that declares it uses. */
  ref: string;
}

/** Where a status is declared: on every operation, on every GET, or on some. */
function whereDeclared(operations: ModelOperation[], holders: ModelOperation[]): string {
  if (holders.length === operations.length) return "every operation";
  const gets = operations.filter((op) => op.method === "get");
  if (holders.length === gets.length && holders.every((op) => op.method === "get")) return "every GET";
  return holders.map((op) => op.operationId).join(", ");
}

/** The traffic answers: those of HTTP's traffic classes that are one shared response wherever they are declared. */
export function sharedTrafficAnswers(bundle: OpenApiDocument): Shared[] {
  const operations = operationsOf(bundle);
  const statuses = [...new Set(operations.flatMap((op) => op.responses.map((r) => r.status)))].filter(isTraffic).sort((a, b) => a - b);
  return statuses.flatMap((status) => {
    const holders = operations.filter((op) => op.responses.some((r) => r.status === status));
    const refs = new Set(holders.map((op) => String(((op.operation.responses as Json)[String(status)] as Json).$ref ?? "")));
    const [ref] = [...refs];
    if (refs.size !== 1 || !ref) return [];
    return [{ status, on: whereDeclared(operations, holders), response: holders[0]!.responses.find((r) => r.status === status)!, ref }];
  });
}

/** The response headers that every response of every operation declares (lower-cased names). */
export function everyAnswerHeaders(bundle: OpenApiDocument): string[] {
  const responses = operationsOf(bundle).flatMap((op) => op.responses);
  const [first, ...rest] = responses.map((r) => new Set(r.headers.map((h) => lower(h.name))));
  return [...(first ?? [])].filter((name) => rest.every((names) => names.has(name)));
}

/** The section's tables: the headers of the traffic answers, then the answers themselves. */
export function trafficMarkdown(bundle: OpenApiDocument): string {
  const operations = operationsOf(bundle);
  const shared = sharedTrafficAnswers(bundle);
  const everywhere = new Set(everyAnswerHeaders(bundle));
  const names = [...new Set(shared.flatMap((s) => s.response.headers.map((h) => h.name)))];
  const headerRows = names.map((name) => {
    const holders = operations.filter((op) => op.responses.some((r) => r.headers.some((h) => lower(h.name) === lower(name))));
    const declared = holders.flatMap((op) => op.responses.filter((r) => r.headers.some((h) => lower(h.name) === lower(name))));
    const header = declared[0]!.headers.find((h) => lower(h.name) === lower(name))!;
    const statuses = [...new Set(declared.map((r) => r.status))].sort((a, b) => a - b).join(", ");
    const on = everywhere.has(lower(name)) ? "every answer" : `${statuses}${holders.every((op) => op.method === "get") ? " (GET)" : ""}`;
    const type = String((header.node.schema as Json | undefined)?.type ?? "string");
    // The first sentence, without its source's URL: the section's column is narrow.
    const says = firstSentence(String(header.node.description ?? "")).replace(/\s*\(https?:\/\/[^)]*\)/g, "");
    return `| ${code(name)} | ${type} | ${on} | ${cell(says)} |`;
  });
  // A 403 that holds the named examples of the 429 answers those rate limits too.
  const limited = shared.find((s) => s.status === 429);
  const limitNames = limited ? exampleNames(bundle, limited.ref) : [];
  const forbidden = operations.filter((op) => op.responses.some((r) => r.status === 403));
  const alsoForbidden =
    limitNames.length > 0 && forbidden.every((op) => limitNames.every((name) => exampleNames(bundle, (op.operation.responses as Json)["403"]).includes(name)));
  const answerRows = [
    ...shared.map(
      (s) => [s.status, `| ${s.status} | ${s.on} | ${cell(s.response.description)} | ${exampleNames(bundle, s.ref).map(code).join(", ") || "—"} |`] as const,
    ),
    ...(alsoForbidden
      ? [
          [
            403,
            `| 403 | ${whereDeclared(operations, forbidden)} | The same rate limits as the 429, beside its other causes. | ${limitNames.map(code).join(", ")} |`,
          ] as const,
        ]
      : []),
  ]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row);
  return [
    "| Header | Type | On | Says |",
    "| --- | --- | --- | --- |",
    ...headerRows,
    "",
    "| Status | On | Answers | Named examples |",
    "| --- | --- | --- | --- |",
    ...answerRows,
  ].join("\n");
}

/** The named examples of a response, given as an object or as the pointer of one. */
const exampleNames = (bundle: unknown, response: unknown) => namesOf(bundle, typeof response === "string" ? { $ref: response } : response);

/** The docs' copy: the tables in the section, the every-answer headers out of each response, the shared answers in one line. */
export function withTrafficSection(bundle: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(bundle);
  const table = trafficMarkdown(copy);
  const everywhere = new Set(everyAnswerHeaders(copy));
  for (const s of sharedTrafficAnswers(copy)) {
    const node = deref(copy, { $ref: s.ref }, "").node;
    node.description = `${firstSentence(String(node.description ?? ""))} See "${TRAFFIC_SECTION}" in the guide.`;
  }
  for (const op of operationsOf(copy)) {
    for (const response of Object.values((op.operation.responses ?? {}) as Json)) {
      const node = deref(copy, response, "").node;
      const headers = node.headers as Json | undefined;
      if (!headers) continue;
      for (const name of Object.keys(headers)) if (everywhere.has(lower(name))) delete headers[name];
      if (Object.keys(headers).length === 0) delete node.headers;
    }
  }
  copy.info.description = `${withSectionTable(String(copy.info.description ?? ""), TRAFFIC_SECTION, table)}\n`;
  return copy;
}
