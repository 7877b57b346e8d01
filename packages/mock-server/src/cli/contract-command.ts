// copilot-spaces-mock contract: the contract cases against any base URL (src/contract/). Exit 0 when every
// answer met the description, 1 when any did not (or something was left behind), 2 for a usage error. The
// token comes from the environment variable named by --token-env and is never printed: errors name the variable.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { tokenShaped } from "@copilot-spaces/tools/token-shapes";
import { parseJsonText } from "./json-file.js";

const USAGE = `Usage: copilot-spaces-mock contract --base-url URL --token-env VAR (--org NAME | --user LOGIN | both)
       [--allow-writes [--body OPERATION_ID=FILE …]] [--report FILE] [--junit FILE] [--max-items N] [--per-page N] [--timeout MS] [--quiet]

  --base-url URL    where the API's paths sit: https://api.github.com, https://api.SUBDOMAIN.ghe.com,
                    https://HOST/api/v3 (GHES), http://127.0.0.1:4010 (the mock)
  --token-env VAR   the environment variable holding the token (sent as Authorization: Bearer)
  --org NAME        the organization whose collections are checked
  --user LOGIN      the user whose collections are checked
  --allow-writes    also create, set and delete (each collection's round trip), cleaning up what it made;
                    needs --org or --user. Without it only GETs are sent
  --report FILE     JSON report: counts per operation and rule, each distinct violation
  --junit FILE      JUnit XML report, a test case per operation
  --max-items N     items read from each list (pages followed until then)   default 100
  --per-page N      the page size asked for                                  default 5
  --timeout MS      how long one answer may take                             default 30000
  --body OPERATION_ID=FILE  a JSON request body for a create or set of the round trips, in place of the
                    description's example (repeatable)
  --api-version V   X-GitHub-Api-Version                                     default: the description's
  --spec PATH       a bundle of the description                              default: the one shipped
  --quiet           print only the violations and the result line
  --help, -h        this text`;

/** Runs the contract suite with these arguments (those after `contract`); sets the exit code. */
export async function contract(args: string[]): Promise<void> {
  const fail = (message: string): never => {
    process.stderr.write(`copilot-spaces-mock contract: ${message}\n\n${USAGE}\n`);
    process.exit(2);
  };
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        "base-url": { type: "string" },
        "token-env": { type: "string" },
        org: { type: "string" },
        user: { type: "string" },
        "allow-writes": { type: "boolean" },
        report: { type: "string" },
        junit: { type: "string" },
        "max-items": { type: "string" },
        "per-page": { type: "string" },
        timeout: { type: "string" },
        "api-version": { type: "string" },
        body: { type: "string", multiple: true },
        spec: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const text = (flag: string) => values[flag] as string | undefined;
  const baseUrl = text("base-url") ?? fail("--base-url is required (e.g. https://api.github.com)");
  const tokenEnv = text("token-env") ?? fail("--token-env is required: the name of the environment variable that holds the token");
  // The token itself typed in place of its variable's name (`--token-env $GITHUB_TOKEN`) is an easy slip: never echoed.
  if (tokenShaped().test(tokenEnv))
    fail("--token-env: expected the NAME of the variable that holds the token (such as GITHUB_TOKEN), and this looks like a token itself (not printed)");
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) fail(`--token-env: ${JSON.stringify(tokenEnv)} is not an environment variable's name`);
  const token = process.env[tokenEnv];
  if (token === undefined || token.trim() === "") fail(`--token-env: the environment variable ${tokenEnv} is not set or is empty`);
  if (text("org") === undefined && text("user") === undefined)
    fail(
      values["allow-writes"]
        ? "--allow-writes needs an explicit owner: --org NAME or --user LOGIN"
        : "--org or --user is required: the API lists a given owner's Spaces only",
    );
  const count = (flag: string) => {
    const raw = text(flag);
    if (raw === undefined) return undefined;
    if (!/^[1-9][0-9]*$/.test(raw)) fail(`--${flag}: must be a whole number of at least 1, not ${JSON.stringify(raw)}`);
    return Number(raw);
  };
  const bodies: Record<string, unknown> = {};
  if (values.body !== undefined && values["allow-writes"] !== true) fail("--body: goes with --allow-writes (only the round trips send a body)");
  for (const pair of (values.body as string[] | undefined) ?? []) {
    const [, operationId, file] = /^([^=]+)=(.+)$/.exec(pair) ?? fail(`--body: ${JSON.stringify(pair)} is not OPERATION_ID=FILE`);
    let text: string;
    try {
      text = readFileSync(file!, "utf8");
    } catch (error) {
      return fail(`--body: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const parsed = parseJsonText(text);
    if ("reason" in parsed) return fail(`--body: ${file} is not valid JSON: ${parsed.reason}`);
    bodies[operationId!] = parsed.value;
  }
  const numbers = { maxItems: count("max-items"), perPage: count("per-page"), timeoutMs: count("timeout") };
  // A report that cannot be written is said before the run, not after its writes are done.
  for (const flag of ["report", "junit"]) {
    const file = text(flag);
    if (file === undefined) continue;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, "");
    } catch (error) {
      fail(`--${flag}: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }

  // Loaded once the flags are good (build/build.ts makes this the bundled library).
  const { ContractUsageError, runLiveContract, summaryOf } = await import("../index.js");
  let result: Awaited<ReturnType<typeof runLiveContract>>;
  try {
    result = await runLiveContract({
      baseUrl,
      token: token!,
      ...defined({ org: text("org"), user: text("user"), apiVersion: text("api-version"), specPath: text("spec"), ...numbers }),
      allowWrites: values["allow-writes"] === true,
      bodies,
    });
  } catch (error) {
    if (error instanceof ContractUsageError) return fail(`--${flagOf(error.message)}`);
    throw error;
  }
  for (const flag of ["report", "junit"] as const) {
    try {
      result.report.write({ [flag === "report" ? "json" : "junit"]: text(flag) });
    } catch (error) {
      process.stderr.write(
        `copilot-spaces-mock contract: --${flag}: cannot write ${text(flag)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`,
      );
      process.exitCode = 1;
    }
  }
  const lines = summaryOf(result);
  const out = values.quiet ? lines.filter((l) => /^(\s|FAILED|LEFT BEHIND)/.test(l) || / answers checked against /.test(l)) : lines;
  process.stdout.write(`${out.join("\n")}\n${result.passed ? "PASSED" : "FAILED"}\n`);
  if (!result.passed) process.exitCode = 1;
}

/** The library names its options (`maxItems: …`); the CLI names its flags. */
const FLAGS: Record<string, string> = {
  bodies: "body",
  baseUrl: "base-url",
  maxItems: "max-items",
  perPage: "per-page",
  timeoutMs: "timeout",
  apiVersion: "api-version",
  specPath: "spec",
};
const flagOf = (message: string) => message.replace(/^[a-zA-Z]+/, (name) => FLAGS[name] ?? name);

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
