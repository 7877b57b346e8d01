// Whether a journal entry matches what a test expects, and if not, where it differs. A partial deep
// match: each field the test gives must match, fields it leaves out match anything.
import type { JournalEntry } from "../core/journal/journal.js";

/** What a test asks of a request, unchecked (the types narrow it per operation; plain JavaScript may send anything). */
export interface LooseMatch {
  body?: unknown;
  pathParams?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}

export const MATCH_FIELDS = ["body", "pathParams", "query", "headers"] as const;

/** One place where a request differs from what was expected: `body.name`, `query.per_page`. */
export interface Difference {
  at: string;
  expected: unknown;
  received: unknown;
}

// Credentials are kept in the journal as `<scheme> <kind>:<sha256-8>` (journal/entry.ts), never as sent.
export { CREDENTIAL_HEADERS } from "../core/rules/http-rules.js";

interface Asymmetric {
  asymmetricMatch(other: unknown): boolean;
}
/** vitest's and jest's `expect.any(…)`, `expect.stringMatching(…)`, `expect.objectContaining(…)`. */
export const isAsymmetric = (value: unknown): value is Asymmetric =>
  typeof value === "object" && value !== null && typeof (value as Partial<Asymmetric>).asymmetricMatch === "function";
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof RegExp) && !isAsymmetric(value);

/** Where `entry` differs from `match` (empty when it matches). */
export function differences(entry: JournalEntry, match: LooseMatch): Difference[] {
  const out: Difference[] = [];
  if (match.body !== undefined) compare(match.body, entry.body, "body", false, out);
  if (match.pathParams) compare(match.pathParams, entry.pathParams, "pathParams", true, out);
  if (match.query) compare(match.query, entry.query, "query", true, out);
  if (match.headers) {
    const lower = Object.fromEntries(Object.entries(match.headers).map(([name, value]) => [name.toLowerCase(), value]));
    compare(lower, entry.headers, "headers", false, out);
  }
  return out;
}

/**
 * `asSent`: path, query and header values arrive as text, so `3` and `true` match "3" and "true"
 * (a body keeps JSON's types: 3 does not match "3").
 */
function compare(expected: unknown, received: unknown, at: string, asSent: boolean, out: Difference[]): void {
  if (isAsymmetric(expected)) {
    if (!expected.asymmetricMatch(received)) out.push({ at, expected, received });
  } else if (expected instanceof RegExp) {
    if (typeof received !== "string" || !expected.test(received)) out.push({ at, expected, received });
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(received) || received.length !== expected.length) out.push({ at, expected, received });
    else expected.forEach((item, i) => compare(item, received[i], `${at}[${i}]`, asSent, out));
  } else if (isPlainObject(expected)) {
    if (!isPlainObject(received)) out.push({ at, expected, received });
    else for (const [key, value] of Object.entries(expected)) compare(value, received[key], `${at}.${key}`, asSent, out);
  } else if (asSent && (typeof expected === "number" || typeof expected === "boolean")) {
    if (received !== String(expected)) out.push({ at, expected, received });
  } else if (!Object.is(expected, received)) {
    out.push({ at, expected, received });
  }
}

export interface Ranked {
  entry: JournalEntry;
  /** For an entry of the operation asked for: where it differs. */
  differences?: Difference[];
}

/**
 * The entries that did not match, closest first: those of the same operation (fewest differences
 * first, then newest), then the others, newest first.
 */
export function closestFirst(operationId: string, misses: JournalEntry[], match: LooseMatch): Ranked[] {
  const same = misses
    .filter((entry) => entry.operationId === operationId)
    .map((entry) => ({ entry, differences: differences(entry, match) }))
    .sort((a, b) => a.differences.length - b.differences.length || b.entry.seq - a.entry.seq);
  const others = misses.filter((entry) => entry.operationId !== operationId).sort((a, b) => b.seq - a.seq);
  return [...same, ...others.map((entry) => ({ entry }))];
}
