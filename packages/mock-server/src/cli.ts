#!/usr/bin/env node
// copilot-spaces-mock: serves the Copilot Spaces API mock until SIGINT or SIGTERM.
import { parseArgs } from "node:util";
import { DEFAULT_HOST, DEFAULT_PORT, startMockServer } from "./start.js";

const USAGE = `Usage: copilot-spaces-mock [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--dynamic] [--quiet]

  --port     port to listen on (0 for a free one)        default ${DEFAULT_PORT}
  --host     address to listen on                        default ${DEFAULT_HOST}
  --dynamic  generated data instead of the description's examples
  --quiet    no log line per request`;

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

const started = performance.now();
const server = await startMockServer({
  port,
  host: values.host ?? DEFAULT_HOST,
  dynamic: values.dynamic ?? false,
  ...(values.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
}).catch((error: unknown) => {
  process.stderr.write(`copilot-spaces-mock: ${(error as Error).message}\n`);
  process.exit(1);
});
process.stdout.write(`Copilot Spaces mock (${values.dynamic ? "dynamic" : "examples"}) ready at ${server.url} in ${Math.round(performance.now() - started)} ms\n`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
