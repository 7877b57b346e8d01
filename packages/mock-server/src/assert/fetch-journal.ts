// A mock's journal read over HTTP (GET /__mock/requests), for tests that only have its URL: a mock started
// in vitest's globalSetup, or by the CLI. The snapshot's `requests(filter)` narrows locally by the mock's
// own rules (core/journal/filter.ts), its operationIds checked against those the mock answered with.
import { checkFilter } from "../core/journal/filter.js";
import type { JournalEntry, JournalFilter } from "../core/journal/journal.js";
import type { ReceivesRequests } from "./types.js";

/** The journal as it was when fetched: the assertions and matchers take it as they take a mock. */
export interface FetchedJournal extends ReceivesRequests {
  /** The mock's base URL. */
  readonly url: string;
  /** The entries received, oldest first, narrowed by the filter; a bad filter throws a RangeError naming its field. */
  requests(filter?: JournalFilter): JournalEntry[];
}

interface Answer {
  requests?: unknown;
  operationIds?: unknown;
  message?: unknown;
}

/**
 * Fetches the journal of the mock at `url` (`http://127.0.0.1:4010`) once: fetch it again after the
 * requests to assert on. Rejects with an Error saying why when the URL is no mock's or its journal is off.
 */
export async function fetchJournal(url: string | URL): Promise<FetchedJournal> {
  let base: URL;
  try {
    base = new URL(String(url));
  } catch {
    throw new TypeError(`url: expected the mock's base URL, such as http://127.0.0.1:4010; got ${JSON.stringify(String(url).slice(0, 80))}`);
  }
  if (base.protocol !== "http:" && base.protocol !== "https:") throw new TypeError(`url: expected an http: or https: URL; got ${base.protocol}`);
  const at = new URL("__mock/requests", base.href.endsWith("/") ? base : `${base.href}/`);
  const response = await fetch(at);
  const text = await response.text();
  let answer: Answer | undefined;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    // said below
  }
  if (!response.ok) throw new Error(`GET ${at.href} answered ${response.status}: ${typeof answer?.message === "string" ? answer.message : text.slice(0, 200)}`);
  if (!answer || !Array.isArray(answer.requests) || !Array.isArray(answer.operationIds))
    throw new Error(`GET ${at.href} did not answer a mock's journal ({ "requests": [...], "operationIds": [...] }): is ${base.href} a copilot-spaces mock?`);
  const entries = answer.requests as JournalEntry[];
  const operationIds = new Set(answer.operationIds as string[]);
  return {
    url: base.href.replace(/\/$/, ""),
    requests(filter?: JournalFilter): JournalEntry[] {
      const { operationId, status, method, since } = checkFilter(filter, operationIds);
      return entries
        .filter(
          (entry) =>
            (operationId === undefined || entry.operationId === operationId) &&
            (status === undefined || entry.status === status) &&
            (method === undefined || entry.method === method) &&
            (since === undefined || Date.parse(entry.time) >= since),
        )
        .map((entry) => structuredClone(entry));
    },
  };
}
