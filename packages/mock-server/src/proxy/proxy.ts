// startProxy: the validating proxy. The mock's core in proxy mode (proxy-pipeline.ts) behind the mock's HTTP
// door: every request forwarded to the upstream, every answer checked against the description, each violation
// said three ways (the answer's header, a log line, the reports written on close), each exchange recorded.
import { accessSync, constants, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { createCore } from "../core/core.js";
import type { JournalEntry, JournalFilter } from "../core/journal/journal.js";
import { ViolationReport, type ReportJson } from "../conformance/report.js";
import { checkCloseTimeout } from "../doors/fetch.js";
import { listen } from "../doors/http-server.js";
import { DEFAULT_HOST, hostOf, portOf } from "../doors/listen-options.js";
import { proxyPipeline, type ProxiedExchange } from "./proxy-pipeline.js";
import { baseText, DEFAULT_PROXY_PORT, upstreamOf, upstreamTimeoutOf, type ProxyOptions } from "./proxy-options.js";
import { Recorder } from "./recorder.js";

export interface Proxy {
  /** http://host:port, without a trailing slash: the base URL a client uses in place of the upstream's. */
  url: string;
  /** The violations so far, counted per operation and rule (what close() writes to `report`). */
  report(): ReportJson;
  /** The requests received, oldest first (as GET /__mock/requests), narrowed by the filter. */
  requests(filter?: JournalFilter): JournalEntry[];
  /** The cassette being recorded (`record`), or undefined. */
  readonly cassette: string | undefined;
  /** Stops accepting, answers what is in flight, writes the reports (`report`, `junit`); the same promise each call. */
  close(): Promise<void>;
}

export async function startProxy(options: ProxyOptions): Promise<Proxy> {
  if (options === null || typeof options !== "object") throw new TypeError("startProxy: expected options with at least { upstream }");
  const base = upstreamOf(options.upstream, "upstream");
  const timeoutMs = upstreamTimeoutOf(options.upstreamTimeoutMs, "upstreamTimeoutMs");
  const port = portOf(options.port ?? DEFAULT_PROXY_PORT, "port");
  const host = hostOf(options.host ?? DEFAULT_HOST, "host");
  const closeTimeoutMs = checkCloseTimeout(options.closeTimeoutMs);
  for (const name of ["report", "junit", "record"] as const) {
    const value = options[name];
    if (value !== undefined && (typeof value !== "string" || value.trim() === ""))
      throw new RangeError(`${name}: expected a path, got ${JSON.stringify(value)}`);
  }
  // The reports are written when the proxy stops: a folder they cannot go in is said now, not after the run.
  for (const name of ["report", "junit"] as const) if (options[name] !== undefined) writableFolder(dirname(options[name]), name);
  const target = baseText(base);
  const report = new ViolationReport(target);
  const recorder = options.record === undefined ? undefined : new Recorder(options.record, target, versionOf(), "record");
  const log = (line: string) => {
    try {
      options.log?.(line);
    } catch {
      // the log is the user's: a throwing one costs its line
    }
  };
  const onExchange = (x: ProxiedExchange) => {
    const operationId = x.operation?.operationId || null;
    report.record(operationId, x.violations);
    // Messages hold no token (check-answer.ts, forward.ts make them so): a line each, for a user watching the proxy.
    for (const v of x.violations) log(`violation ${v.operationId ?? "(no operation)"} ${v.rule} at ${v.location}: ${v.message}`);
    recorder?.add(x, (message) => log(`record: ${message}`));
  };
  const core = await createCore(
    {
      ...(options.specPath === undefined ? {} : { specPath: options.specPath }),
      ...(options.journalSize === undefined ? {} : { journalSize: options.journalSize }),
      ...(options.log ? { log } : {}),
    },
    proxyPipeline({ base, timeoutMs, onExchange }),
  );
  const server = await listen(core, port, host, closeTimeoutMs);
  let closed: Promise<void> | undefined;
  return {
    url: server.url,
    report: () => report.toJSON(),
    requests: (filter) => server.requests(filter),
    cassette: recorder?.file,
    close: () =>
      (closed ??= (async () => {
        await server.close();
        report.write({ json: options.report, junit: options.junit });
      })()),
  };
}

/** The package's version, for the cassette's creator: dist/index.cjs sits one folder below package.json, src/proxy/ two. */
function versionOf(): string {
  const require = createRequire(import.meta.url);
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      const manifest = require(path) as { name?: string; version?: string };
      if (manifest.name === "@copilot-spaces/mock-server" && manifest.version) return manifest.version;
    } catch {
      // not here: the other place
    }
  }
  return "unknown";
}

/** Makes the folder if missing, or throws naming the option when it cannot be made or written to. */
function writableFolder(dir: string, name: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (cause) {
    throw new Error(`${name}: cannot write to the folder ${dir} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`, { cause });
  }
}
