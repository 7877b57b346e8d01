#!/usr/bin/env node
// copilot-spaces-mock: serves the Copilot Spaces API mock until SIGINT or SIGTERM, or until the command
// that started it is gone. Either way it stops accepting, answers what is in flight, and exits.
import { parseArgs } from "node:util";
import { DEFAULT_HOST, DEFAULT_PORT } from "../doors/defaults.js";
import type { MockServer } from "../doors/http-server.js";
import { watchForOrphaning } from "./orphan-watch.js";

// Who started the CLI is noted first thing: a wrapper killed while the engine loads must count too.
watchForOrphaning(() => stop("the command that started it has exited"));
// Once a wrapper that reads our output is gone, writing to it fails (EPIPE): that must not end the
// process before it has answered what is in flight.
process.stdout.on("error", () => undefined);
process.stderr.on("error", () => undefined);

const USAGE = `Usage: copilot-spaces-mock [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--dynamic] [--quiet]

  --port     port to listen on (0 for a free one)        default ${DEFAULT_PORT}
  --host     address to listen on                        default ${DEFAULT_HOST}
  --dynamic  generated data instead of the description's examples
  --quiet    no log line per request`;

/** However the server ends, the process is gone this long after it was told to stop. */
const EXIT_DEADLINE_MS = 5000;

function fail(message: string): never {
  process.stderr.write(`copilot-spaces-mock: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let values: { port?: string; host?: string; dynamic?: boolean; quiet?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      dynamic: { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
if (!/^\d+$/.test(values.port ?? "0") || !Number.isInteger(port) || port > 65535) fail(`--port: expected a whole number from 0 to 65535, got "${values.port}"`);
if (values.host !== undefined && values.host.trim() === "") fail("--host: expected an address such as 127.0.0.1");

let server: MockServer | undefined;
let stopping = false;
function stop(reason: string): void {
  if (stopping) return;
  stopping = true;
  if (!values.quiet) process.stderr.write(`copilot-spaces-mock: ${reason}; answering the requests in flight, then exiting\n`);
  setTimeout(() => process.exit(1), EXIT_DEADLINE_MS).unref();
  // Stopped while it was starting: nothing listens yet, nothing is in flight.
  if (!server) process.exit(0);
  void server.close().then(() => process.exit(0));
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal));

const started = performance.now();
// Loaded once the arguments are known to be good: a usage error or --help answers at once.
const { startMockServer } = await import("../doors/http-server.js");
server = await startMockServer({
  port,
  host: values.host ?? DEFAULT_HOST,
  dynamic: values.dynamic ?? false,
  closeTimeoutMs: EXIT_DEADLINE_MS - 1000,
  ...(values.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
}).catch((error: unknown) => {
  process.stderr.write(`copilot-spaces-mock: ${(error as Error).message}\n`);
  process.exit(1);
});
process.stdout.write(`Copilot Spaces mock (${values.dynamic ? "dynamic" : "examples"}) ready at ${server.url} in ${Math.round(performance.now() - started)} ms\n`);
