// A journal entry made from a request's exchange once it is answered. Credentials are replaced here, so
// that nothing a test reads from the journal (or prints of it on a failure) holds a token.
import { createHash } from "node:crypto";
import type { Exchange, RoutedExchange } from "../exchange.js";
import { queryOf } from "../rules/http-rules.js";
import { kindOf } from "../rules/tokens.js";
import type { JournalEntry } from "./journal.js";

/** Headers whose values are credentials: each is kept as its scheme, the token's kind and a short hash. */
const CREDENTIAL_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-github-sso"]);
/** Query parameters that carry a credential (GitHub's retired `?access_token=`, OAuth's secret): kept as a kind and a hash too. */
const CREDENTIAL_PARAMS = ["access_token", "client_secret"];
/** The schemes whose word is kept: anything else (a cookie, a scheme with spaces in its value) is hashed whole. */
const SCHEME = /^\s*(bearer|token|basic)\s+(\S+)\s*$/i;

export interface Answered {
  seq: number;
  /** The mock's clock when the request arrived. */
  arrivedMs: number;
  status: number;
  durationMs: number;
}

export function entryOf(x: Exchange, answered: Answered, hashes: Map<string, string>): JournalEntry {
  const { call } = x;
  const routed = "operation" in x ? (x as RoutedExchange) : undefined;
  const headers = call.headers();
  for (const name of Object.keys(headers)) if (CREDENTIAL_HEADERS.has(name)) headers[name] = redacted(headers[name]!, hashes);
  const entry: JournalEntry = {
    seq: answered.seq,
    time: new Date(answered.arrivedMs).toISOString(),
    requestId: x.requestId,
    operationId: routed ? routed.operation.operationId || null : null,
    method: call.method,
    path: call.url.pathname,
    pathParams: routed ? pathParamsOf(routed.operation.path, call.url.pathname) : {},
    query: redactedQuery(call.url.searchParams, hashes),
    headers,
    status: answered.status,
    problems: x.problems ?? [],
    injected: x.injected,
    durationMs: answered.durationMs,
  };
  const body = routed ? (routed.body ?? textBody(routed.text)) : undefined;
  if (body !== undefined) entry.body = body;
  if (x.nearMiss) entry.nearMiss = x.nearMiss;
  return entry;
}

/** `Bearer ghp_…` → `Bearer classic-pat:1f2e3d4c`: which kind of token, and which one (the same token, the same hash). */
function redacted(value: string, hashes: Map<string, string>): string {
  let known = hashes.get(value);
  if (known === undefined) {
    // A cookie's "a=1; b=<token>" would show its first part if split at a space: only a known scheme is kept.
    const [scheme, secret] = SCHEME.exec(value)?.slice(1) ?? [undefined, value.trim()];
    const hash = createHash("sha256").update(secret!).digest("hex").slice(0, 8);
    const kind = kindOf(secret!) ?? "token";
    known = `${scheme === undefined ? "" : `${scheme} `}${kind}:${hash}`;
    // Bounded: a test suite sends a few tokens, a fuzzer many.
    if (hashes.size >= 1024) hashes.clear();
    hashes.set(value, known);
  }
  return known;
}

function redactedQuery(params: URLSearchParams, hashes: Map<string, string>): Record<string, string | string[]> {
  const query = queryOf(params);
  for (const name of CREDENTIAL_PARAMS) {
    const value = query[name];
    if (value !== undefined) query[name] = Array.isArray(value) ? value.map((v) => redacted(v, hashes)) : redacted(value, hashes);
  }
  return query;
}

/** The path's parameters by the template's names: `/orgs/{org}/copilot-spaces/{space_number}` and `/orgs/o/copilot-spaces/3` → { org: "o", space_number: "3" }. */
function pathParamsOf(template: string, path: string): Record<string, string> {
  const names = template.split("/");
  const values = path.split("/");
  const params: Record<string, string> = {};
  names.forEach((segment, i) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name !== undefined && values[i] !== undefined) params[name] = safeDecode(values[i]!);
  });
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function textBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
