// The words of a failed assertion: what was expected, and what was received instead, closest first.
// Everything shown comes from the journal, whose credentials are already replaced by kind and hash.
import type { JournalEntry } from "../core/journal/journal.js";
import { isAsymmetric, type Difference, type LooseMatch, type Ranked } from "./match.js";

/** At most this many requests are listed; the rest are counted. */
const LISTED = 10;
/** A body longer than this is cut (the journal keeps it whole). */
const SHOWN_CHARS = 300;

/** A value as a test author reads it: JSON, with matchers and RegExps as written. */
export function show(value: unknown): string {
  const marks: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RegExp || isAsymmetric(v)) {
      const asymmetric = v as { toAsymmetricMatcher?: () => string };
      marks.push(typeof asymmetric.toAsymmetricMatcher === "function" ? asymmetric.toAsymmetricMatcher() : String(v));
      return `\u0001${marks.length - 1}\u0001`;
    }
    return v;
  });
  if (text === undefined) return String(value);
  const shown = text.replace(/"\\u0001(\d+)\\u0001"/g, (_, i: string) => marks[Number(i)]!);
  return shown.length > SHOWN_CHARS ? `${shown.slice(0, SHOWN_CHARS)}… (${shown.length} characters)` : shown;
}

/** "copilot-spaces/create-for-org with body {"name":"x"}". */
export function describeExpected(operationId: string, match: LooseMatch): string {
  const parts = (Object.entries(match) as [string, unknown][]).filter(([, v]) => v !== undefined).map(([field, v]) => `${field} ${show(v)}`);
  return parts.length === 0 ? operationId : `${operationId} with ${parts.join(", ")}`;
}

const times = (n: number) => (n === 1 ? "1 time" : `${n} times`);

/** One request: its line, its body, the headers the test named, and where it differs. */
function describeEntry(entry: JournalEntry, match: LooseMatch, differences?: Difference[]): string {
  const query = new URLSearchParams(
    Object.entries(entry.query).flatMap(([name, v]) => (Array.isArray(v) ? v.map((item) => [name, item]) : [[name, v]])),
  ).toString();
  const lines = [
    `  #${entry.seq} ${entry.method} ${entry.path}${query ? `?${query}` : ""} → ${entry.status ?? "no status (a network fault)"} ${entry.operationId ?? "(no operation)"}`,
  ];
  if (entry.body !== undefined) lines.push(`      body: ${show(entry.body)}`);
  const named = Object.keys(match.headers ?? {}).map((name) => name.toLowerCase());
  if (named.length > 0) lines.push(`      headers: ${show(Object.fromEntries(named.map((name) => [name, entry.headers[name]])))}`);
  for (const d of differences ?? []) lines.push(`      ${d.at}: expected ${show(d.expected)}, received ${show(d.received)}`);
  return lines.join("\n");
}

function list(entries: string[]): string {
  const shown = entries.slice(0, LISTED);
  if (entries.length > LISTED) shown.push(`  … and ${entries.length - LISTED} more`);
  return shown.join("\n");
}

/** The failure of `toHaveReceived` / `assertReceived` (nothing matched). */
export function notReceivedMessage(operationId: string, match: LooseMatch, all: JournalEntry[], ranked: Ranked[]): string {
  const head = `expected the mock to have received ${describeExpected(operationId, match)}`;
  if (all.length === 0)
    return `${head}, but it has received no requests (since it started, or since reset() or clearRequests(); a journalSize of 0 keeps none)`;
  return `${head}, but none of the ${all.length} requests it received matches. Received instead, closest first:\n${list(
    ranked.map((r) => describeEntry(r.entry, match, r.differences)),
  )}`;
}

/** The failure of `not.toHaveReceived` / `assertNotReceived` (something matched). */
export function receivedMessage(operationId: string, match: LooseMatch, matching: JournalEntry[]): string {
  return `expected the mock not to have received ${describeExpected(operationId, match)}, but it received it ${times(matching.length)}:\n${list(
    matching.map((entry) => describeEntry(entry, match)),
  )}`;
}

/** The failure of `toHaveReceivedTimes` / `assertReceivedTimes` (another count matched). */
export function timesMessage(operationId: string, match: LooseMatch, expected: number, matching: JournalEntry[], ranked: Ranked[]): string {
  const head = `expected the mock to have received ${describeExpected(operationId, match)} ${times(expected)}, but it received it ${times(matching.length)}`;
  const sections = [head + (matching.length > 0 ? `:\n${list(matching.map((entry) => describeEntry(entry, match)))}` : "")];
  if (ranked.length > 0) sections.push(`Other requests, closest first:\n${list(ranked.map((r) => describeEntry(r.entry, match, r.differences)))}`);
  return sections.join("\n");
}
