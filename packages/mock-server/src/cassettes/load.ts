// Cassettes read for a replay (or a seed): every file parsed and checked before the mock serves anything. A file
// that is not a HAR 1.2 log, an entry without a field the replay reads, an entry still holding a token (a cassette
// that was never sanitized) or an answer the description does not allow is an error naming the file, the entry
// (1-based, as `spec:promote-example` numbers them) and the rule: a recording is never served past its problems.
// Entries that are no answer the mock could give (no answer came, or no operation matches) are left out.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { checkAnswer, pathUnder } from "../conformance/check-answer.js";
import { pathParamsOf } from "../core/journal/entry.js";
import type { Engine } from "../engine/prism-engine.js";
import { TOKEN_SHAPED } from "../core/rules/tokens.js";
import { CASSETTE_EXTENSION, headerRecord, type HarEntry } from "./har.js";

/** One recorded exchange, routed and checked. */
export interface Recorded {
  /** The cassette's file name, and the entry's number in it (1-based). */
  file: string;
  entry: number;
  operation: ModelOperation;
  /** The URL the request went to, and the base the description's paths sat under there. */
  url: URL;
  base: URL;
  /** Path parameters by name, decoded. */
  params: Record<string, string>;
  /** The request's body as sent ("" for none). */
  requestText: string;
  status: number;
  /** Answer headers, names in lower case. */
  headers: Record<string, string>;
  /** The answer's body as text ("" for none). */
  text: string;
}

export class CassetteError extends Error {
  override name = "CassetteError";
}

/** The exchanges of the cassette file `path`, or of every `.har` file in the directory `path` (by name), in recorded order. */
export function loadCassettes(path: string, option: string, engine: Engine): Recorded[] {
  const fail = (message: string): never => {
    throw new CassetteError(`${option}: ${message}`);
  };
  if (typeof path !== "string" || path.trim() === "") fail(`expected the path of a ${CASSETTE_EXTENSION} file or of a directory of them`);
  let files: string[] = [];
  try {
    const full = resolve(path);
    files = statSync(full).isDirectory()
      ? readdirSync(full)
          .filter((name) => name.endsWith(CASSETTE_EXTENSION))
          .sort()
          .map((name) => join(full, name))
      : [full];
  } catch (error) {
    fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (error as Error).message}`);
  }
  if (files.length === 0) fail(`${path} holds no ${CASSETTE_EXTENSION} file`);
  return files.flatMap((file) => {
    try {
      return cassetteEntries(file, engine);
    } catch (error) {
      return fail(`${basename(file)}${(error as Error).message}`);
    }
  });
}

function cassetteEntries(file: string, engine: Engine): Recorded[] {
  let log: unknown;
  try {
    log = (JSON.parse(readFileSync(file, "utf8")) as { log?: unknown }).log;
  } catch (error) {
    // JSON.parse's own words may quote the text, and the text may hold a token: only the kind of failure is said.
    throw new Error((error as NodeJS.ErrnoException).code ? `: cannot read it (${(error as NodeJS.ErrnoException).code})` : ": not JSON, so not a HAR file");
  }
  const { version, entries } = (log ?? {}) as { version?: unknown; entries?: unknown };
  if (log === null || typeof log !== "object") throw new Error(": not a HAR file (no `log` object)");
  if (version !== "1.2") throw new Error(`: log.version: expected HAR "1.2", got ${JSON.stringify(version) ?? "none"}`);
  if (!Array.isArray(entries)) throw new Error(": log.entries: expected an array of exchanges");
  const name = basename(file);
  return entries.flatMap((raw, i) => {
    const at = (message: string) => new Error(` entry ${i + 1}: ${message}`);
    const entry = shaped(raw, at);
    const token = tokenPlace(entry);
    if (token) throw at(`${token} holds text shaped like a GitHub token (rule token-echo): sanitize the cassette before replaying it`);
    // What the proxy recorded but got no answer to (status 0, as HAR writes it: the upstream refused, dropped or
    // timed out), or a request the description has no operation for, is no answer the mock could give: left out.
    if (entry.response.status === 0) return [];
    return checked(name, i + 1, entry, engine, at) ?? [];
  });
}

/** The entry, once the fields the replay reads are there with their HAR types; else the first missing or wrong one. */
function shaped(raw: unknown, at: (message: string) => Error): HarEntry {
  const field = (holder: unknown, path: string, type: "string" | "number" | "array" | "object"): void => {
    const value = path.split(".").reduce<unknown>((o, key) => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[key] : undefined), holder);
    const fits = type === "array" ? Array.isArray(value) : type === "object" ? value !== null && typeof value === "object" : typeof value === type;
    if (!fits)
      throw at(`${path}: ${value === undefined ? "missing" : "wrong type"} (expected ${type === "array" || type === "object" ? `an ${type}` : `a ${type}`})`);
  };
  field(raw, "request", "object");
  field(raw, "request.method", "string");
  field(raw, "request.url", "string");
  field(raw, "request.headers", "array");
  field(raw, "response", "object");
  field(raw, "response.status", "number");
  field(raw, "response.headers", "array");
  field(raw, "response.content", "object");
  const entry = raw as HarEntry;
  for (const list of ["request.headers", "response.headers"] as const) {
    const [side] = list.split(".") as ["request" | "response"];
    entry[side].headers.forEach((_, j) => {
      field(raw, `${side}.headers.${j}.name`, "string");
      field(raw, `${side}.headers.${j}.value`, "string");
    });
  }
  if (entry.request.postData !== undefined) field(raw, "request.postData.text", "string");
  if (entry.response.content.text !== undefined) field(raw, "response.content.text", "string");
  try {
    new URL(entry.request.url);
  } catch {
    throw at("request.url: not an absolute URL");
  }
  return entry;
}

/** Where the entry holds anything token-shaped (never the token itself), or undefined. */
function tokenPlace(entry: HarEntry): string | undefined {
  const shapedLike = (text: string | undefined) => text !== undefined && new RegExp(TOKEN_SHAPED.source).test(text);
  if (shapedLike(entry.request.url)) return "request.url";
  for (const side of ["request", "response"] as const) {
    const header = entry[side].headers.find(({ name, value }) => shapedLike(name) || shapedLike(value));
    if (header) return `${side}.headers ${header.name.toLowerCase()}`;
  }
  if (shapedLike(entry.request.postData?.text)) return "request.postData";
  if (shapedLike(entry.response.content.text)) return "response.content";
  return undefined;
}

/** Routed under the base it was recorded from, and its answer checked: the first violation is the error. */
function checked(file: string, entry: number, har: HarEntry, engine: Engine, at: (message: string) => Error): Recorded | undefined {
  const url = new URL(har.request.url);
  const method = har.request.method.toUpperCase();
  const { base, operation } = baseOf(engine, method, url, har._operationId ?? null);
  if (!operation) return undefined;
  const text = har.response.content.text ?? "";
  const headers = headerRecord(har.response.headers);
  const [violation] = checkAnswer(engine, operation, {
    method,
    url,
    base,
    requestHeaders: headerRecord(har.request.headers),
    status: har.response.status,
    headers,
    text,
  });
  if (violation) throw at(`${violation.operationId}: rule ${violation.rule} at ${violation.location}: ${violation.message}`);
  return {
    file,
    entry,
    operation,
    url,
    base,
    params: pathParamsOf(operation.path, pathUnder(base, url)!),
    requestText: har.request.postData?.text ?? "",
    status: har.response.status,
    headers,
    text,
  };
}

/**
 * The base a recording sat under: the origin and the shortest start of the path under which the rest routes to an
 * operation (`/api/v3` for a GHES recording), preferring the operation the recorder noted. HAR keeps no base, and the
 * description's paths say where the API's own path starts.
 */
export function baseOf(engine: Engine, method: string, url: URL, noted: string | null): { base: URL; operation: ModelOperation | undefined } {
  const segments = url.pathname.split("/").slice(1);
  let first: { base: URL; operation: ModelOperation } | undefined;
  for (let n = 0; n < segments.length; n++) {
    const base = new URL(`/${segments.slice(0, n).join("/")}`, url.origin);
    const operation = engine.route(method, pathUnder(base, url) ?? "");
    if (!operation) continue;
    if (noted === null || operation.operationId === noted) return { base, operation };
    first ??= { base, operation };
  }
  return first ?? { base: new URL("/", url.origin), operation: undefined };
}
