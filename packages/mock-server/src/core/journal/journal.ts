// The request journal: what the mock received and what it did, newest last, in a ring of a bounded size
// (the oldest entry makes room for the newest). Read by `mock.requests()` and GET /__mock/requests.
import type { Injection } from "../injections/injection.js";
import type { CheckedFilter } from "./filter.js";
import { entryOf, type Recorded } from "./entry.js";

/** One request as the mock received and answered it. Credentials never appear in it. */
export interface JournalEntry {
  /** The request's place in the mock's order: 1 for the first request since the mock started. */
  seq: number;
  /** When the request arrived, by the mock's clock (ISO 8601). */
  time: string;
  /** The `x-github-request-id` of its answer. */
  requestId: string;
  /** The operation the request was routed to, or null (a path or method the description does not have). */
  operationId: string | null;
  method: string;
  /** The path as sent, without the query. */
  path: string;
  /** The path's parameters by name, decoded (empty for a request routed to no operation). */
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  /** Header names in lower case; credentials replaced by the token's kind and a short hash. */
  headers: Record<string, string>;
  /** The body as parsed JSON; the text where it is not JSON; undefined when none was read. */
  body?: unknown;
  /** The status the client received; null: no status reached the client (a `reset`, `hang` or `empty` fault). */
  status: number | null;
  /** What the description's validator found wrong with the request (empty when it was valid or not checked). */
  problems: JournalProblem[];
  /** Delays, faults and statuses the mock injected, and who asked for them. */
  injected: Injection[];
  /** From arrival to the answer handed to the door, injected delays included. */
  durationMs: number;
  /** For a request that matched no operation or failed validation: the closest operation and what did not match. */
  nearMiss?: NearMiss;
}

export interface JournalProblem {
  /** Where: "body.name", "query.per_page", "path.space_number", "header.x-github-api-version". */
  location: string;
  message: string;
}

export interface NearMiss {
  operationId: string;
  method: string;
  /** The operation's path template. */
  path: string;
  /** What did not match, in the validator's words (router or schema). */
  mismatches: string[];
}

/** Which entries to give: each field set narrows the list. */
export interface JournalFilter {
  /** An operationId, or null for requests routed to no operation. */
  operationId?: string | null;
  status?: number;
  method?: string;
  /** Entries whose `time` is at or after this instant (a Date, an ISO 8601 string or ms since the epoch). */
  since?: Date | string | number;
}

export const DEFAULT_JOURNAL_SIZE = 10_000;
/** A million entries of a few hundred bytes each is already hundreds of MB. */
export const MAX_JOURNAL_SIZE = 1_000_000;

/** The `journalSize` option checked: a whole number of entries from 0 (off) to a million. */
export function journalSizeOf(value: unknown): number {
  if (value === undefined) return DEFAULT_JOURNAL_SIZE;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_JOURNAL_SIZE)
    throw new RangeError(`journalSize: expected a whole number of requests from 0 (journal off) to ${MAX_JOURNAL_SIZE}, got ${JSON.stringify(value)}`);
  return value;
}

/** Said when the journal is read while off: an empty list would read as "never called". */
export const JOURNAL_OFF =
  "the journal is off (journalSize: 0, --journal-size 0), so the mock cannot say what it received; start it with journalSize (--journal-size) above 0 (default 10000)";

export class Journal {
  readonly #entries: (Recorded | undefined)[];
  #next = 0;
  #count = 0;
  #seq = 0;

  constructor(readonly size: number) {
    this.#entries = new Array(size);
  }

  /** The next entry's place in the order (counted even when the journal is off, so seq never repeats). */
  nextSeq(): number {
    return ++this.#seq;
  }

  record(entry: Recorded): void {
    if (this.size === 0) return;
    this.#entries[this.#next] = entry;
    this.#next = (this.#next + 1) % this.size;
    if (this.#count < this.size) this.#count++;
  }

  /** The entries kept, oldest first, narrowed by the filter (checked by filter.ts: the method in upper case). */
  list(filter: CheckedFilter = {}): JournalEntry[] {
    if (this.size === 0) throw new Error(`The request journal: ${JOURNAL_OFF}`);
    const { since } = filter;
    const start = (this.#next - this.#count + this.size) % Math.max(this.size, 1);
    const out: JournalEntry[] = [];
    for (let i = 0; i < this.#count; i++) {
      const entry = this.#entries[(start + i) % this.size]!;
      if (filter.operationId !== undefined && entry.operationId !== filter.operationId) continue;
      if (filter.status !== undefined && entry.status !== filter.status) continue;
      if (filter.method !== undefined && entry.method !== filter.method) continue;
      if (since !== undefined && entry.arrivedMs < since) continue;
      out.push(entryOf(entry));
    }
    return out;
  }

  clear(): void {
    this.#entries.fill(undefined);
    this.#next = 0;
    this.#count = 0;
  }
}
