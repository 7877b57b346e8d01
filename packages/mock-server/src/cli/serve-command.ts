// copilot-spaces-mock (no subcommand): serves the Copilot Spaces API mock until SIGINT or SIGTERM, or until the command
// that started it is gone. Either way it stops accepting, answers what is in flight, and exits.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { DEFAULT_HOST, DEFAULT_PORT, portOf } from "../doors/listen-options.js";
import { trafficOptions } from "./traffic-flags.js";
import { flagOf, SCENARIO_FLAGS, SCENARIO_USAGE, scenarioOptions, type ScenarioFlags } from "./scenario-flags.js";
import { asFlags, latencyOptions } from "./latency-flags.js";
import { EXIT_DEADLINE_MS, processLife } from "./process-life.js";
import { MAX_JOURNAL_SIZE } from "../core/journal/journal.js";
import { parseJsonText } from "./json-file.js";

const USAGE = `Usage: copilot-spaces-mock [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--spec PATH] [--dynamic] [--stateful] [--state-file PATH] [--replay PATH] [--quiet] [--detached]
       copilot-spaces-mock proxy --upstream URL …         a validating proxy in front of a real server (proxy --help)
       copilot-spaces-mock contract --base-url URL …      the contract cases against a real server (contract --help)

  --port     port to listen on (0 for a free one)        default ${DEFAULT_PORT}
  --host     address to listen on                        default ${DEFAULT_HOST}
  --spec     a bundle of the Copilot Spaces description (JSON or YAML)
                                                         default: the one @copilot-spaces/openapi ships
  --dynamic  generated data instead of the description's examples
  --stateful remember creates, sets and deletes (per owner); POST /__mock/reset forgets
  --state-file PATH  stateful, kept in this JSON file (loaded at start, saved on each write)
  --tokens FILE      tokens narrowed or revoked (JSON: { "<token>": { "scopes": [...] } | { "permissions": {...} } | { "revoked": true } })
  --rate-limit N|off          requests per token per window, counted down in x-ratelimit-*   default 5000
  --rate-limit-window SECONDS the primary limit's window                                     default 3600
  --secondary-rate-limit off|concurrent=N,per-minute=N,per-hour=N
                              GitHub's secondary limits per token   default concurrent=100,per-minute=80,per-hour=500
  --journal-size N   requests the journal keeps (GET /__mock/requests), 0 = off       default 10000
  --latency MS|MIN-MAX|pNN=MS,...  the network's time for every request: fixed, uniform or percentiles
                              such as 100, 50-200 or p50=20,p95=200,p99=800      default none
  --latency-for OPERATION_ID=LATENCY  one operation's own latency (repeatable), such as
                              copilot-spaces/list-for-org=500
  --user LOGIN       stateful: the login that creates Spaces     default: the description's example creator
  --max-items-per-owner N, --max-owners N    stateful caps       default 10000, 1000
  --replay PATH      answer recorded exchanges: a .har cassette or a directory of them, checked at start
  --replay-strict    with --replay: a request no recording matches gets a 404 (not the usual answer)
  --seed-from-recording PATH  with --stateful: start from the items the recorded answers held
${SCENARIO_USAGE}
  --quiet    no log line per request
  --detached keep serving after the command that started it exits (a CI step that starts it in the
             background); stop it with SIGTERM
  --version, -v  the mock's version
  --help, -h     this text`;

/** Serves the mock with these arguments (those after the bin's name) until a signal or an orphaned parent ends it. */
export function serve(args: string[]): void {
  // (--detached turns the orphan watch off; the flag is read before the arguments are parsed for that reason.)
  const life = processLife("copilot-spaces-mock", { detached: args.includes("--detached") });

  function fail(message: string): never {
    process.stderr.write(`copilot-spaces-mock: ${message}\n\n${USAGE}\n`);
    process.exit(2);
  }

  let values: ScenarioFlags & {
    port?: string;
    host?: string;
    spec?: string;
    dynamic?: boolean;
    stateful?: boolean;
    "state-file"?: string;
    tokens?: string;
    "rate-limit"?: string;
    "rate-limit-window"?: string;
    "secondary-rate-limit"?: string;
    "journal-size"?: string;
    latency?: string;
    "latency-for"?: string[];
    user?: string;
    "max-items-per-owner"?: string;
    "max-owners"?: string;
    replay?: string;
    "replay-strict"?: boolean;
    "seed-from-recording"?: string;
    quiet?: boolean;
    detached?: boolean;
    help?: boolean;
    version?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        spec: { type: "string" },
        dynamic: { type: "boolean" },
        stateful: { type: "boolean" },
        "state-file": { type: "string" },
        tokens: { type: "string" },
        "rate-limit": { type: "string" },
        "rate-limit-window": { type: "string" },
        "secondary-rate-limit": { type: "string" },
        "journal-size": { type: "string" },
        latency: { type: "string" },
        "latency-for": { type: "string", multiple: true },
        user: { type: "string" },
        "max-items-per-owner": { type: "string" },
        "max-owners": { type: "string" },
        replay: { type: "string" },
        "replay-strict": { type: "boolean" },
        "seed-from-recording": { type: "string" },
        ...SCENARIO_FLAGS,
        quiet: { type: "boolean" },
        detached: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
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
  if (values.version) {
    // The bin runs from dist/, beside the package's manifest.
    process.stdout.write(`${(createRequire(import.meta.url)("../package.json") as { version: string }).version}\n`);
    process.exit(0);
  }
  if (values.spec !== undefined && values.spec.trim() === "") fail("--spec: expected the path of a bundle of the Copilot Spaces description");
  let port = DEFAULT_PORT;
  try {
    port = portOf(values.port ?? DEFAULT_PORT, "--port", { text: true });
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.host !== undefined && values.host.trim() === "") fail("--host: expected an address such as 127.0.0.1");
  if (values.user !== undefined && values.user.trim() === "") fail("--user: expected a login such as octocat");
  const traffic = trafficOptions(values);
  if (typeof traffic === "string") fail(traffic);
  const journalSize = values["journal-size"];
  // Digits only (0 is off); the library checks the upper bound and names the flag's option.
  if (journalSize !== undefined && !/^(0|[1-9]\d{0,8})$/.test(journalSize))
    fail(`--journal-size: expected a whole number of requests from 0 (journal off) to ${MAX_JOURNAL_SIZE}, got "${journalSize}"`);
  const scenario = scenarioOptions(values);
  if (typeof scenario === "string") fail(scenario);
  const latency = latencyOptions(values);
  if (typeof latency === "string") fail(latency);
  // Flags that only work together are usage errors, said before anything loads (the library says the same of its options).
  if (values["replay-strict"] && values.replay === undefined) fail("--replay-strict: goes with --replay PATH");
  if (values["seed-from-recording"] !== undefined && !values.stateful && values["state-file"] === undefined)
    fail("--seed-from-recording: goes with --stateful (or --state-file)");
  const caps: { maxItemsPerOwner?: number; maxOwners?: number } = {};
  for (const [flag, key] of [
    ["max-items-per-owner", "maxItemsPerOwner"],
    ["max-owners", "maxOwners"],
  ] as const) {
    const raw = values[flag];
    if (raw === undefined) continue;
    if (!/^[1-9]\d{0,8}$/.test(raw)) fail(`--${flag}: expected a whole number, 1 or more, got "${raw}"`);
    caps[key] = Number(raw);
  }

  let tokens: unknown;
  if (values.tokens !== undefined) {
    let text = "";
    try {
      text = readFileSync(values.tokens, "utf8");
    } catch (error) {
      fail(`--tokens: cannot read ${values.tokens}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
    }
    // Not JSON.parse's message: it quotes the text, and the text holds tokens (json-file.ts gives the reason without it).
    const parsed = parseJsonText(text);
    if ("reason" in parsed) fail(`--tokens: ${values.tokens} is not valid JSON: ${parsed.reason}`);
    else tokens = parsed.value;
  }

  // Loaded once the arguments are known to be good: a usage error or --help answers at once. (The bin is
  // CommonJS, so that this is a plain require of the bundled engine: an ESM import of a 3.6 MB CommonJS
  // file costs 0.3 s more, spent scanning it for its exports.)
  void (async () => {
    const started = performance.now();
    const { startMockServer } = await import("../doors/http-server.js");
    const server = await startMockServer({
      port,
      host: values.host ?? DEFAULT_HOST,
      dynamic: values.dynamic ?? false,
      stateful: values.stateful ?? false,
      ...caps,
      ...traffic,
      ...scenario.options,
      ...latency,
      ...(values.user === undefined ? {} : { user: values.user }),
      ...(journalSize === undefined ? {} : { journalSize: Number(journalSize) }),
      ...(values["state-file"] === undefined ? {} : { stateFile: values["state-file"] }),
      ...(values.spec === undefined ? {} : { specPath: values.spec }),
      ...(values.replay === undefined ? {} : { replay: values.replay }),
      ...(values["replay-strict"] ? { replayStrict: true } : {}),
      ...(values["seed-from-recording"] === undefined ? {} : { seedFromRecording: values["seed-from-recording"] }),
      ...(tokens === undefined ? {} : { tokens: tokens as never }),
      closeTimeoutMs: EXIT_DEADLINE_MS - 1000,
      ...(values.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
    }).catch((error: unknown) => {
      // The library names its option (specPath); the CLI's user typed --spec.
      process.stderr.write(
        `copilot-spaces-mock: ${flagOf(
          asFlags((error as Error).message)
            .replace(/^specPath:/, "--spec:")
            .replace(/^stateFile:/, "--state-file:")
            .replace(/^tokens:/, "--tokens:")
            .replace(/^journalSize:/, "--journal-size:")
            .replace(/^replay:/, "--replay:")
            .replace(/^replayStrict: goes with replay/, "--replay-strict: goes with --replay")
            .replace(/^seedFromRecording: goes with stateful \(or stateFile\)/, "--seed-from-recording: goes with --stateful (or --state-file)")
            .replace(/^seedFromRecording:/, "--seed-from-recording:"),
          values.rules,
        )}\n`,
      );
      process.exit(1);
    });
    life.serving(server);
    // Said even with --quiet: the seed replays a failing run.
    if (scenario.said) process.stdout.write(`${scenario.said}\n`);
    process.stdout.write(
      `Copilot Spaces mock (${values.stateful || values["state-file"] !== undefined ? "stateful" : values.dynamic ? "dynamic" : "examples"}) ready at ${server.url} in ${Math.round(performance.now() - started)} ms\n`,
    );
  })();
}
