// copilot-spaces-mock proxy --upstream URL: the validating proxy (src/proxy/) until SIGINT or SIGTERM, or until
// the command that started it is gone; then the reports are written and, with --fail-on-violation, the exit
// code says whether any answer broke the description.
import { parseArgs } from "node:util";
import { DEFAULT_HOST, portOf } from "../doors/listen-options.js";
import { baseText, DEFAULT_PROXY_PORT, DEFAULT_UPSTREAM_TIMEOUT_MS, MAX_UPSTREAM_TIMEOUT_MS, upstreamOf } from "../proxy/proxy-options.js";
import { EXIT_DEADLINE_MS, processLife } from "./process-life.js";

const USAGE = `Usage: copilot-spaces-mock proxy --upstream URL [--port ${DEFAULT_PROXY_PORT}] [--host ${DEFAULT_HOST}] [--report FILE] [--junit FILE] [--fail-on-violation] [--record DIR]

  --upstream URL        the server to forward to and check (http or https, no user info), such as
                        https://api.github.com, https://api.SUBDOMAIN.ghe.com or https://HOST/api/v3
  --port                port to listen on (0 for a free one)              default ${DEFAULT_PROXY_PORT}
  --host                address to listen on                              default ${DEFAULT_HOST}
  --spec PATH           a bundle of the description to check against      default: the one @copilot-spaces/openapi ships
  --upstream-timeout MS the wait for the upstream's whole answer, 1 to ${MAX_UPSTREAM_TIMEOUT_MS}, then a 504   default ${DEFAULT_UPSTREAM_TIMEOUT_MS}
  --report FILE         the violations as JSON, written on exit
  --junit FILE          the violations as JUnit XML (one test case per operation), written on exit
  --fail-on-violation   exit 1 if any answer broke the description
  --record DIR          each exchange saved, sanitized, in a HAR cassette in DIR (proxy-<time>-<pid>.har)
  --quiet               no log line per request or violation
  --detached            keep running after the command that started it exits; stop it with SIGTERM
  --help, -h            this text`;

const NAME = "copilot-spaces-mock proxy";

/** Runs the proxy with these arguments (those after `proxy`). */
export function proxy(args: string[]): void {
  let violations = 0;
  let failOnViolation = false;
  const life = processLife(NAME, { detached: args.includes("--detached"), exitCode: () => (failOnViolation && violations > 0 ? 1 : 0) });

  function fail(message: string): never {
    process.stderr.write(`${NAME}: ${message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  let values: {
    upstream?: string;
    port?: string;
    host?: string;
    spec?: string;
    "upstream-timeout"?: string;
    report?: string;
    junit?: string;
    "fail-on-violation"?: boolean;
    record?: string;
    quiet?: boolean;
    detached?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        upstream: { type: "string" },
        port: { type: "string" },
        host: { type: "string" },
        spec: { type: "string" },
        "upstream-timeout": { type: "string" },
        report: { type: "string" },
        junit: { type: "string" },
        "fail-on-violation": { type: "boolean" },
        record: { type: "string" },
        quiet: { type: "boolean" },
        detached: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    // parseArgs quotes what it was given: a URL with user info must not be printed.
    fail((error as Error).message.replace(/\/\/[^/\s'"]*@/g, "//[user info]@"));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (values.upstream === undefined) fail("--upstream: required, the base URL of the server to forward to, such as https://api.github.com");
  let upstream: URL;
  let port = DEFAULT_PROXY_PORT;
  try {
    upstream = upstreamOf(values.upstream, "--upstream");
    port = portOf(values.port ?? DEFAULT_PROXY_PORT, "--port", { text: true });
  } catch (error) {
    fail((error as Error).message);
  }
  const timeout = values["upstream-timeout"];
  if (timeout !== undefined && !(/^[1-9]\d{0,8}$/.test(timeout) && Number(timeout) <= MAX_UPSTREAM_TIMEOUT_MS))
    fail(`--upstream-timeout: expected a whole number of milliseconds from 1 to ${MAX_UPSTREAM_TIMEOUT_MS}, got "${timeout.slice(0, 40)}"`);
  if (values.host !== undefined && values.host.trim() === "") fail("--host: expected an address such as 127.0.0.1");
  for (const flag of ["spec", "report", "junit", "record"] as const)
    if (values[flag] !== undefined && values[flag].trim() === "") fail(`--${flag}: expected a path`);
  failOnViolation = values["fail-on-violation"] ?? false;

  // Loaded once the flags are known to be good (build/build.ts makes this the bundled index.cjs).
  void (async () => {
    const started = performance.now();
    const { startProxy } = await import("../index.js");
    const running = await startProxy({
      upstream: upstream.href,
      port,
      host: values.host ?? DEFAULT_HOST,
      ...(values.spec === undefined ? {} : { specPath: values.spec }),
      ...(timeout === undefined ? {} : { upstreamTimeoutMs: Number(timeout) }),
      ...(values.report === undefined ? {} : { report: values.report }),
      ...(values.junit === undefined ? {} : { junit: values.junit }),
      ...(values.record === undefined ? {} : { record: values.record }),
      closeTimeoutMs: EXIT_DEADLINE_MS - 1000,
      ...(values.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
    }).catch((error: unknown) => {
      // The library names its option; the user typed a flag.
      const message = (error as Error).message
        .replace(/^specPath:/, "--spec:")
        .replace(/^record:/, "--record:")
        .replace(/^report:/, "--report:")
        .replace(/^junit:/, "--junit:")
        .replace(/^port:/, "--port:");
      process.stderr.write(`${NAME}: ${message}\n`);
      process.exit(1);
    });
    life.serving({
      close: async () => {
        await running.close();
        violations = running.report().violations;
        // Said even with --quiet: an exit code of 1 must come with its reason.
        if (failOnViolation && violations > 0) process.stderr.write(`${NAME}: ${violations} violation(s) seen; exit code 1 (--fail-on-violation)\n`);
      },
    });
    const recording = running.cassette === undefined ? "" : `, recording to ${running.cassette}`;
    process.stdout.write(
      `Copilot Spaces validating proxy for ${baseText(upstream)} ready at ${running.url} in ${Math.round(performance.now() - started)} ms${recording}\n`,
    );
  })();
}
