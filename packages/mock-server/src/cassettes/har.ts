// A cassette is a HAR 1.2 file (w3c-webperf HAR spec, as browsers' devtools save them): one `log` holding
// the exchanges a proxy run saw, oldest first, each sanitized before it is written (sanitize.ts). HAR lets
// a tool add fields starting with `_`: each entry says the operation it was routed to (`_operationId`),
// its path parameters (`_pathParams`) and what the proxy found wrong with it (`_violations`).
import type { ContractViolation } from "../conformance/violation.js";

export interface HarHeader {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  /** Milliseconds from the request to the end of the answer. */
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: [];
    headers: HarHeader[];
    queryString: HarHeader[];
    postData?: { mimeType: string; text: string };
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: [];
    headers: HarHeader[];
    content: { size: number; mimeType: string; text?: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  /** The operation of the description the request was routed to, or null. */
  _operationId: string | null;
  /** The path's parameters by the operation's template. */
  _pathParams: Record<string, string>;
  _violations: ContractViolation[];
}

export interface Cassette {
  log: {
    version: "1.2";
    creator: { name: string; version: string };
    /** What was recorded: the upstream, without credentials. */
    comment: string;
    entries: HarEntry[];
  };
}

export const CASSETTE_CREATOR = "@copilot-spaces/mock-server";
export const CASSETTE_EXTENSION = ".har";

/** A new, empty cassette for a recording of `upstream`. */
export function emptyCassette(upstream: string, version: string): Cassette {
  return { log: { version: "1.2", creator: { name: CASSETTE_CREATOR, version }, comment: `recorded through the proxy from ${upstream}`, entries: [] } };
}

/** HAR's list of name-value pairs, from a record of lower-case names. */
export const harHeaders = (headers: Record<string, string>): HarHeader[] => Object.entries(headers).map(([name, value]) => ({ name, value }));

/** A record of lower-case names, from HAR's list (a repeated name joined by ", ", as `Call.headers()` joins them). */
export function headerRecord(headers: HarHeader[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const { name, value } of headers) {
    const key = name.toLowerCase();
    record[key] = record[key] === undefined ? value : `${record[key]}, ${value}`;
  }
  return record;
}
