// A journal record made from a request's exchange once it is answered, and the entry a test reads made
// from it. Credentials are replaced when recorded, and anything token-shaped elsewhere (another header,
// the query, the body, a near miss) when the entry is made, so that nothing a test reads from the journal
// (or prints of it on a failure) holds a token.
import { createHash } from "node:crypto";
import type { Exchange, RoutedExchange } from "../exchange.js";
import { CREDENTIAL_HEADERS, CREDENTIAL_PARAMS, queryOf } from "../rules/http-rules.js";
import { kindOf, TOKEN_SHAPED } from "../rules/tokens.js";
import type { JournalEntry } from "./journal.js";

/** The schemes whose word is kept: anything else (a cookie, a scheme with spaces in its value) is hashed whole. */
const SCHEME = /^\s*(bearer|token|basic)\s+(\S+)\s*$/i;

export interface Answered {
  seq: number;
  /** The mock's clock when the request arrived. */
  arrivedMs: number;
  /** null: no status reached the client (a reset, hang or empty fault). */
  status: number | null;
  durationMs: number;
}

/**
 * What the ring keeps of a request: few objects, since each kept one is carried into the heap's old
 * generation (bench/journal-cost.ts: about 6 µs a request for the entry as first built, 1 µs for this).
 * Credentials are already replaced; the entry a test reads is made from it when asked (`entryOf`).
 */
export interface Recorded {
  seq: number;
  arrivedMs: number;
  requestId: string;
  operationId: string | null;
  /** The operation's path template, for the path's parameters. */
  template: string | undefined;
  method: string;
  path: string;
  /** The URL's query, `?…` or "" (`access_token` and `client_secret` replaced). */
  search: string;
  headers: Record<string, string>;
  status: number | null;
  problems: JournalEntry["problems"] | undefined;
  injected: JournalEntry["injected"] | undefined;
  durationMs: number;
  /** The parsed body, or the text sent where it is not JSON (parsed when read). */
  body: unknown;
  text: string | undefined;
  nearMiss: JournalEntry["nearMiss"];
}

export function recordOf(x: Exchange, answered: Answered, hashes: Map<string, string>): Recorded {
  const { call } = x;
  const routed = "operation" in x ? (x as RoutedExchange) : undefined;
  const headers = call.headers();
  for (const name of Object.keys(headers)) if (CREDENTIAL_HEADERS.has(name)) headers[name] = redacted(headers[name]!, hashes);
  return {
    seq: answered.seq,
    arrivedMs: answered.arrivedMs,
    requestId: x.requestId,
    operationId: routed ? routed.operation.operationId || null : null,
    template: routed?.operation.path,
    method: call.method,
    path: call.url.pathname,
    search: redactedSearch(call.url, hashes),
    headers,
    status: answered.status,
    problems: x.problems,
    injected: x.injected.length === 0 ? undefined : x.injected,
    durationMs: answered.durationMs,
    body: routed?.body,
    text: routed && routed.body === undefined && routed.text !== "" ? routed.text : undefined,
    nearMiss: x.nearMiss,
  };
}

/** The entry a test reads, made from what the ring kept (new objects each time: a test may change them). */
export function entryOf(r: Recorded): JournalEntry {
  const entry: JournalEntry = {
    seq: r.seq,
    time: isoTime(r.arrivedMs),
    requestId: r.requestId,
    operationId: r.operationId,
    method: r.method,
    path: r.path,
    pathParams: r.template === undefined ? {} : pathParamsOf(r.template, r.path),
    query: queryOf(new URLSearchParams(r.search)),
    headers: { ...r.headers },
    status: r.status,
    problems: r.problems ?? [],
    injected: r.injected ?? [],
    durationMs: r.durationMs,
  };
  const body = r.body === undefined ? (r.text === undefined ? undefined : textBody(r.text)) : structuredClone(r.body);
  if (body !== undefined) entry.body = body;
  if (r.nearMiss) entry.nearMiss = r.nearMiss;
  // Made when read, not on the request's path: a token sent anywhere else costs a served request nothing.
  return scrubbed(entry, readHashes);
}

/** Token-shaped text replaced when entries are made (bounded as `redacted`'s). */
const readHashes = new Map<string, string>();

/** `?q=ghp_…` → `?q=classic-pat:1f2e3d4c`: every token-shaped substring as `<kind>:<hash8>`, the hash as a credential header's. */
export function withoutTokens(text: string, hashes: Map<string, string>): string {
  if (!text.includes("_")) return text;
  return text.replace(TOKEN_SHAPED, (token) => redacted(token, hashes));
}

/**
 * A JSON value with every string (and key) rid of tokens: the same value where none held one, a copy where
 * some did (parts may be shared with the ring). No arrays or pairs are made for a value left as it was:
 * `mock.requests()` makes every entry each time it is called.
 */
export function scrubbed<T>(value: T, hashes: Map<string, string>): T {
  if (typeof value === "string") return withoutTokens(value, hashes) as T;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = scrubbed(value[i] as unknown, hashes);
      if (item !== value[i]) (copy ??= [...value])[i] = item;
    }
    return (copy ?? value) as T;
  }
  let copy: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = scrubbed(record[key], hashes);
    const name = withoutTokens(key, hashes);
    if (item === record[key] && name === key) continue;
    copy ??= { ...record };
    if (name !== key) delete copy[key];
    copy[name] = item;
  }
  return (copy ?? value) as T;
}

/** `Bearer ghp_…` → `Bearer classic-pat:1f2e3d4c`: which kind of token, and which one (the same token, the same hash). */
export function redacted(value: string, hashes: Map<string, string>): string {
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

/** The query as sent, with its credential parameters replaced (a query without them is kept as it came). */
export function redactedSearch(url: URL, hashes: Map<string, string>): string {
  // A look at the text first: the query is parsed only where a credential's name is in it.
  if (![...CREDENTIAL_PARAMS].some((name) => url.search.includes(name))) return url.search;
  const copy = new URLSearchParams(url.searchParams);
  for (const name of CREDENTIAL_PARAMS) {
    const values = copy.getAll(name);
    if (values.length === 0) continue;
    copy.delete(name);
    for (const value of values) copy.append(name, redacted(value, hashes));
  }
  return `?${copy.toString()}`;
}

// Entries are made when read, perhaps many times over: what can be worked out once is.
/** Each template's parameters, by segment index. */
const templates = new Map<string, [number, string][]>();
/** The last time written, and its text: under load many requests arrive in the same millisecond. */
let lastMs = Number.NaN;
let lastIso = "";

function isoTime(ms: number): string {
  if (ms !== lastMs) [lastMs, lastIso] = [ms, new Date(ms).toISOString()];
  return lastIso;
}

/** The path's parameters by the template's names: `/orgs/{org}/copilot-spaces/{space_number}` and `/orgs/o/copilot-spaces/3` → { org: "o", space_number: "3" }. */
export function pathParamsOf(template: string, path: string): Record<string, string> {
  let names = templates.get(template);
  if (names === undefined) {
    names = template.split("/").flatMap((segment, i) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      return name === undefined ? [] : [[i, name] as [number, string]];
    });
    templates.set(template, names);
  }
  const values = path.split("/");
  const params: Record<string, string> = {};
  for (const [i, name] of names) if (values[i] !== undefined) params[name] = safeDecode(values[i]!);
  return params;
}

function safeDecode(segment: string): string {
  if (!segment.includes("%")) return segment;
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
