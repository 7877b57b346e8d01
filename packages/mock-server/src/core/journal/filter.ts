// The journal's filters checked, in-process (`mock.requests(filter)`) and over HTTP (GET /__mock/requests?…),
// by the same rules: a value that cannot select anything is refused naming the field and the rule,
// never taken as "no filter" (a misspelt operationId would otherwise read as "never called").
import { editDistance } from "./near-miss.js";
import type { JournalFilter } from "./journal.js";

/** A JournalFilter whose `since` is ms since the epoch. */
export type CheckedFilter = Omit<JournalFilter, "since"> & { since?: number };

const FIELDS = ["operationId", "status", "method", "since"] as const;
// A date and time with its zone, or a date alone (midnight UTC, as Date.parse reads it): a time without a
// zone would depend on the machine's.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;
const METHOD = /^[A-Za-z]{1,20}$/;

/** The in-process filter checked: throws a RangeError naming the field and the rule (a TypeError when it is not an object). */
export function checkFilter(filter: unknown, operationIds: ReadonlySet<string>): CheckedFilter {
  if (filter === undefined) return {};
  if (filter === null || typeof filter !== "object" || Array.isArray(filter))
    throw new TypeError(`filter: expected an object such as { operationId, status, method, since }, got ${describe(filter)}`);
  const given = filter as Record<string, unknown>;
  const unknown = Object.keys(given).find((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) throw new RangeError(`filter: unknown field ${JSON.stringify(unknown)}; the fields are ${FIELDS.join(", ")}`);
  const checked: CheckedFilter = {};
  const { operationId, status, method, since } = given;
  if (operationId !== undefined) {
    if (operationId !== null && (typeof operationId !== "string" || operationId === ""))
      throw new RangeError(`operationId: expected one of the description's operationIds, or null for requests routed to none; got ${describe(operationId)}`);
    checked.operationId = operationId === null ? null : knownOperation(operationId, operationIds);
  }
  if (status !== undefined) {
    if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599)
      throw new RangeError(`status: expected an HTTP status, a whole number from 100 to 599; got ${describe(status)}`);
    checked.status = status;
  }
  if (method !== undefined) {
    if (typeof method !== "string" || !METHOD.test(method)) throw new RangeError(`method: expected an HTTP method such as GET; got ${describe(method)}`);
    checked.method = method.toUpperCase();
  }
  if (since !== undefined) checked.since = sinceOf(since);
  return checked;
}

/** The filter of GET /__mock/requests' query (`operationId=` empty for requests routed to none): throws a RangeError naming the parameter. */
export function filterOfQuery(params: URLSearchParams, operationIds: ReadonlySet<string>): CheckedFilter {
  const filter: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    if (!(FIELDS as readonly string[]).includes(name))
      throw new RangeError(`${JSON.stringify(name)} is not a filter of /__mock/requests; its query parameters are ${FIELDS.join(", ")}`);
    const values = params.getAll(name);
    if (values.length > 1) throw new RangeError(`${name}: given ${values.length} times; give it once`);
    filter[name] = values[0];
  }
  const { operationId, status } = filter;
  if (operationId === "") filter.operationId = null;
  if (status !== undefined) {
    // Only digits: Number() would read " 2e2 " as 200.
    if (!/^[0-9]{3}$/.test(status as string)) throw new RangeError(`status: expected an HTTP status, a whole number from 100 to 599; got ${describe(status)}`);
    filter.status = Number(status);
  }
  // Ms since the epoch as digits only, as in-process: Number() would read "" as 0 and " 1e3 " as 1000.
  if (typeof filter.since === "string" && /^[0-9]{1,16}$/.test(filter.since)) filter.since = Number(filter.since);
  return checkFilter(filter, operationIds);
}

function knownOperation(operationId: string, operationIds: ReadonlySet<string>): string {
  if (operationIds.has(operationId)) return operationId;
  let closest = "";
  let distance = Number.POSITIVE_INFINITY;
  for (const known of operationIds) {
    const d = editDistance(operationId.slice(0, 64), known);
    if (d < distance) [closest, distance] = [known, d];
  }
  const hint = closest === "" ? "the description has none" : `did you mean ${JSON.stringify(closest)}?`;
  throw new RangeError(`operationId: ${describe(operationId)} is not an operationId of the description; ${hint} (null selects requests routed to none)`);
}

function sinceOf(since: unknown): number {
  const rule =
    "expected a Date, an ISO 8601 date and time with its zone (2026-12-03T05:30:00Z), a date alone (2026-12-03: midnight UTC) or ms since the epoch (1764739800000)";
  let ms = Number.NaN;
  if (since instanceof Date) ms = since.getTime();
  else if (typeof since === "number") ms = since;
  else if (typeof since === "string" && ISO_8601.test(since)) ms = Date.parse(since);
  if (!Number.isFinite(ms)) throw new RangeError(`since: ${rule}; got ${describe(since)}`);
  return ms;
}

function describe(value: unknown): string {
  if (value instanceof Date) return "an invalid Date";
  const text = typeof value === "string" ? JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value) : String(value);
  return typeof value === "object" && value !== null ? (Array.isArray(value) ? "an array" : "an object") : text;
}
