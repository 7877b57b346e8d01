// What an assertion found in a mock's journal, its arguments checked first: the matching entries, and
// (only when a message needs them) the others, closest first. Shared by ./assert.ts and ./matchers.ts.
import type { JournalEntry } from "../core/journal/journal.js";
import { closestFirst, CREDENTIAL_HEADERS, differences, isAsymmetric, MATCH_FIELDS, type LooseMatch, type Ranked } from "./match.js";
import type { ReceivesRequests } from "./types.js";

/** The journal's form of a credential: `Bearer classic-pat:1f2e3d4c` (journal/entry.ts). */
const REDACTED = /^(\S+ )?[a-z-]+:[0-9a-f]{8}$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The arguments checked, with an error that names the argument and the rule (never a token). */
export function checked(mock: unknown, operationId: unknown, match: unknown): { entries: JournalEntry[]; match: LooseMatch } {
  if (!isObject(mock) || typeof mock.requests !== "function")
    throw new TypeError(
      `mock: expected an object with a requests() method (createMock()'s Mock or startMockServer()'s MockServer), got ${mock === null ? "null" : typeof mock}`,
    );
  if (typeof operationId !== "string" || operationId === "")
    throw new TypeError(
      `operationId: expected an operationId of the description (such as "copilot-spaces/list-for-org"), got ${JSON.stringify(operationId) ?? typeof operationId}`,
    );
  if (match !== undefined && (!isObject(match) || isAsymmetric(match)))
    throw new TypeError(`match: expected an object with any of ${MATCH_FIELDS.join(", ")}, got ${Array.isArray(match) ? "an array" : typeof match}`);
  for (const [field, value] of Object.entries(match ?? {})) {
    if (!(MATCH_FIELDS as readonly string[]).includes(field))
      throw new TypeError(`match.${field}: unknown field; a request is matched on ${MATCH_FIELDS.join(", ")}`);
    if (field !== "body" && value !== undefined && (!isObject(value) || isAsymmetric(value)))
      throw new TypeError(`match.${field}: expected an object of names and values, got ${Array.isArray(value) ? "an array" : typeof value}`);
  }
  for (const [name, value] of Object.entries((match as LooseMatch | undefined)?.headers ?? {})) {
    if (CREDENTIAL_HEADERS.has(name.toLowerCase()) && typeof value === "string" && !REDACTED.test(value))
      throw new TypeError(
        `match.headers.${name}: the journal keeps credentials as "<scheme> <kind>:<sha256-8>" (such as "Bearer classic-pat:1f2e3d4c"), never as sent; give that form, a RegExp or an asymmetric matcher`,
      );
  }
  const journal = mock as unknown as ReceivesRequests;
  // Asked by operationId first, so the mock checks it: a misspelt one throws a RangeError ("did you mean …?")
  // instead of passing a "not received" assertion; a journal that is off throws too, instead of reading as empty.
  journal.requests({ operationId });
  const entries = journal.requests();
  if (!Array.isArray(entries)) throw new TypeError(`mock.requests(): expected an array of journal entries, got ${typeof entries}`);
  return { entries, match: (match ?? {}) as LooseMatch };
}

/** What a received-assertion found: the matching entries, and (lazily) the others, closest first. */
export interface Evaluation {
  all: JournalEntry[];
  matching: JournalEntry[];
  others(): Ranked[];
}

export function evaluate(mock: unknown, operationId: unknown, match: unknown): Evaluation {
  const { entries, match: loose } = checked(mock, operationId, match);
  const matching: JournalEntry[] = [];
  const misses: JournalEntry[] = [];
  for (const entry of entries) (entry.operationId === operationId && differences(entry, loose).length === 0 ? matching : misses).push(entry);
  return { all: entries, matching, others: () => closestFirst(operationId as string, misses, loose) };
}

export function checkTimes(times: unknown): asserts times is number {
  if (typeof times !== "number" || !Number.isInteger(times) || times < 0)
    throw new TypeError(`times: expected a whole number of requests, 0 or more, got ${JSON.stringify(times) ?? typeof times}`);
}
