// `record`: each exchange through the proxy added to this run's cassette, sanitized before it touches the disk.
// One file per run, `proxy-<start time>-<pid>.har` (the time in UTC with `:` and `.` as `-`, so that the name
// is valid everywhere and runs sort by start). The file is rewritten whole after each exchange, to a temporary
// file renamed over it: a crash loses at most the exchange being written, and never leaves half a file.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathParamsOf } from "../core/journal/entry.js";
import { emptyCassette, harHeaders, type Cassette, type HarEntry } from "../cassettes/har.js";
import { Sanitizer } from "../cassettes/sanitize.js";
import type { ProxiedExchange } from "./proxy-pipeline.js";

export class Recorder {
  readonly file: string;
  readonly #cassette: Cassette;
  readonly #sanitizer = new Sanitizer();

  /** Makes the folder if missing and writes the empty cassette; throws naming `name` when the folder cannot be written. */
  constructor(dir: string, upstream: string, version: string, name: string, started = new Date()) {
    this.file = join(dir, `proxy-${started.toISOString().replace(/[:.]/g, "-")}-${process.pid}.har`);
    this.#cassette = emptyCassette(upstream, version);
    try {
      mkdirSync(dir, { recursive: true });
      this.#save();
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      throw new Error(`${name}: cannot write a cassette in ${dir} (${code ?? (cause as Error).message})`, { cause });
    }
  }

  get entries(): number {
    return this.#cassette.log.entries.length;
  }

  /** Adds the exchange, sanitized, and saves the cassette; a failed write is said by `onError` and the proxy goes on. */
  add(x: ProxiedExchange, onError: (message: string) => void): void {
    this.#cassette.log.entries.push(this.#sanitizer.entry(harEntryOf(x)));
    try {
      this.#save();
    } catch (cause) {
      onError(`cannot save the cassette ${this.file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`);
    }
  }

  #save(): void {
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.#cassette, null, 2)}\n`);
    renameSync(temporary, this.file);
  }
}

/** The exchange as it went over the wire to the upstream and back (the answer before the proxy's Link rewrite). */
function harEntryOf({ operation, path, sent, forwarded, violations, startedAt }: ProxiedExchange): HarEntry {
  const contentType = sent.headers["content-type"] ?? "application/json";
  const answerType = forwarded.ok ? (forwarded.headers["content-type"] ?? "") : "";
  const text = forwarded.ok ? forwarded.text : "";
  return {
    startedDateTime: startedAt.toISOString(),
    time: forwarded.ms,
    request: {
      method: sent.method,
      url: sent.url.href,
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: harHeaders(sent.headers),
      queryString: [...sent.url.searchParams].map(([name, value]) => ({ name, value })),
      ...(sent.body === undefined ? {} : { postData: { mimeType: contentType, text: sent.body } }),
      headersSize: -1,
      bodySize: sent.body === undefined ? 0 : Buffer.byteLength(sent.body),
    },
    response: {
      // No answer came (502/504): status 0, as HAR says of a request that got none.
      status: forwarded.ok ? forwarded.status : 0,
      statusText: "",
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: forwarded.ok ? harHeaders(forwarded.headers) : [],
      content: { size: Buffer.byteLength(text), mimeType: answerType, ...(text === "" ? {} : { text }) },
      redirectURL: forwarded.ok ? (forwarded.headers.location ?? "") : "",
      headersSize: -1,
      bodySize: Buffer.byteLength(text),
    },
    cache: {},
    timings: { send: 0, wait: forwarded.ms, receive: 0 },
    _operationId: operation?.operationId || null,
    _pathParams: operation ? pathParamsOf(operation.path, path) : {},
    _violations: violations,
  };
}
