// Adding an operation is an edit of spec/ alone: this check copies the repository's tracked files
// to a scratch folder, adds one operation the seed page does not have (declared with x-seed-addition)
// to the copy's description (and, as GitHub does not publish it either, a line explaining that to
// spec/github-differences.yaml), and runs there what a contributor would: the install, the build and
// the package suites (less those in SAME_FOR_ANY_OPERATION, which `pnpm test` runs on the repository
// itself). The new operation must then be in the client, the mock (both modes), the docs, the contract
// coverage and the MCP server (a tool, named in its README's tools table; the server's suite calls it)
// with no code edited. Then, with its declaration removed, the seed check must fail naming it.
//
//   pnpm --filter @copilot-spaces/tools run check:added-operation [--keep]    (the root `pnpm test` runs it
//   after every package's tests; the copy is removed unless it failed or --keep is given)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, relative, resolve } from "node:path";
import { parse, stringify } from "yaml";
import { mcpReadme, mcpToolsFile, TABLE_END, TABLE_START, toolName } from "../generate/generate-mcp-tools.ts";
import { copyTrackedFiles, repoRoot, seedPagePath } from "../model/paths.ts";
import { stripColour, vitestCounts } from "../test-run/test-command.ts";
import { TEST_EXCLUDE_VARIABLE } from "../test-run/test-exclude.ts";

const say = (line: string) => console.log(`added-operation: ${line}`);

/** The operation the check adds: a read of one Space's summary, reusing the description's own parts. */
const ADDED_PATH = "/orgs/{org}/copilot-spaces/{space_number}/summary";
const ADDED_FILE = "spec/paths/orgs_{org}_copilot-spaces_{space_number}_summary.yaml";
const ADDED_ID = "copilot-spaces/get-summary-for-org";
/** The headers every answer declares: the rate limit's and the request id. */
const EVERY_ANSWER = ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-used", "x-ratelimit-reset", "x-ratelimit-resource", "x-github-request-id"];
const addedOperation = (declared: boolean) => ({
  parameters: [
    { $ref: "../components/parameters/org.yaml" },
    { $ref: "../components/parameters/space-number.yaml" },
    { $ref: "../components/parameters/api-version.yaml" },
  ],
  get: {
    summary: "Get the summary of an organization Copilot Space",
    description: "Gets the fields of an organization Copilot Space that its list shows. Added by tools/src/check/check-added-operation.ts.",
    operationId: ADDED_ID,
    tags: ["copilot-spaces"],
    // Who may call it, as every operation says (spec/README.md): the mock, the client and the docs read it.
    "x-access": {
      "token-kinds": ["classic-pat", "oauth-app", "fine-grained-pat", "github-app-installation", "github-app-user"],
      scopes: ["read:org"],
      permissions: { organization_copilot_spaces: "read" },
      assumed: "An operation added by the check; its rules are those of reading a Space.",
    },
    ...(declared ? { "x-seed-addition": "Added by the check that adding an operation needs no code edited." } : {}),
    // The conditional request headers and the traffic answers, as every GET has them (spec/README.md).
    parameters: [{ $ref: "../components/parameters/if-none-match.yaml" }, { $ref: "../components/parameters/if-modified-since.yaml" }],
    responses: {
      "200": {
        description: "OK",
        headers: Object.fromEntries(
          ["ETag:etag", "Last-Modified:last-modified", ...EVERY_ANSWER.map((name) => `${name}:${name}`)].map((pair) => {
            const [name, file] = pair.split(":") as [string, string];
            return [name, { $ref: `../components/headers/${file}.yaml` }];
          }),
        ),
        content: {
          "application/json": {
            schema: { $ref: "../components/schemas/copilot-space-summary.yaml" },
            examples: { "org-copilot-space": { $ref: "../components/examples/org-copilot-space.yaml" } },
          },
        },
      },
      "400": { $ref: "../components/responses/bad_request.yaml" },
      "401": { $ref: "../components/responses/requires_authentication.yaml" },
      "403": { $ref: "../components/responses/forbidden.yaml" },
      "404": { $ref: "../components/responses/not_found.yaml" },
      ...Object.fromEntries(
        Object.entries({ 304: "not_modified", 429: "too_many_requests", 500: "internal_error", 502: "bad_gateway", 503: "service_unavailable" }).map(
          ([status, name]) => [status, { $ref: `../components/responses/${name}.yaml` }],
        ),
      ),
    },
  },
});

/**
 * What the copy does not run again, and why: tests whose verdict an added operation cannot change,
 * because they never read the list of operations. Each is a turbo task or a test file (left out
 * through COPILOT_SPACES_TEST_EXCLUDE, which every vitest.config.ts reads).
 */
const SAME_FOR_ANY_OPERATION = {
  tasks: [
    {
      name: "@copilot-spaces/tools#test",
      why: "the tools' own suite runs the generators and checks on inputs it makes itself (small descriptions, scratch files), the seed page and the released baseline, none of which the added operation touches",
    },
    {
      name: "@copilot-spaces/tools#release:versions",
      why: "turns the pending changesets into versions and changelogs; a real addition brings its own changeset, which spec:gate asks for and the copy does not make up",
    },
    {
      name: "@copilot-spaces/tools#release:packages",
      why: "packs the packages and installs the tarballs with npm (and msw 3 under Node 22): the same files are packed for any operation, and the copy's contract suite already runs the built mock (its dist) on every operation, the added one included; the copy's turbo run has --only, so that this dependency of the client's and the mock's suites is not run",
    },
    {
      name: "spec:gate",
      why: "an addition without a changeset is what the gate exists to refuse (tools/test/spec-gate*.test.ts show it asking for the bump); the copy makes up no changeset",
    },
  ],
  files: [
    {
      name: "packages/mock-server/test/lifecycle.test.ts",
      why: "starts and stops servers and CLIs (signals, ports, wrappers, close deadlines) around one fixed request",
    },
    ...["tokens", "body-failures", "redirects", "retry-after", "response-bodies", "headers", "middleware", "odd-answers"].map((concern) => ({
      name: `packages/client/test/faults/${concern}.test.ts`,
      why: "a loopback server that misbehaves on command (resets, hangs, drips, redirects, echoed tokens) under one fixed method",
    })),
    ...["cache", "cache-budget", "throttle", "soak"].map((concern) => ({
      name: `packages/client/test/traffic/${concern}.test.ts`,
      why: "the client's cache and throttle against a loopback budget or the mock's, under one fixed method",
    })),
    ...["pagination", "errors"].map((concern) => ({
      name: `packages/client/test/${concern}.test.ts`,
      why: "the client's Link walking and error classes against loopback answers, under fixed methods",
    })),
    {
      name: "packages/client/test/package.test.ts",
      why: "the packed client from ESM, CommonJS and TypeScript: it reads release:packages' scratch project, not run in the copy",
    },
    ...["journal", "latency", "traffic"].map((flags) => ({
      name: `packages/mock-server/test/cli-${flags}.test.ts`,
      why: "the bin's flags (journal size, latency, rate limits) around one fixed request",
    })),
    ...[
      ["fault-parity", "network faults compared across the HTTP and fetch doors on one fixed request"],
      ["rate-limits", "one token's budgets counted over one fixed read"],
      ["state-file", "the state file written by one collection's fixed writes, and a kill -9"],
      ["dist", "the built package's two formats answering one fixed request"],
      ["fetch-journal", "the journal of one fixed operation read over HTTP"],
      ["msw", "fixed operations through MSW's interception"],
      ["cli-proxy", "the proxy's bin: its exit codes and reports in front of one paged read, and its usage errors"],
      ["package", "the packed mock compared with the workspace's: it reads release:packages' scratch project, not run in the copy"],
      ["assert-package", "the packed assertions in an app: it reads release:packages' scratch project, not run in the copy"],
      ["replay", "cassettes recorded from fixed operations, replayed: matching, order, strictness, the start-up errors"],
    ].map(([file, why]) => ({ name: `packages/mock-server/test/${file}.test.ts`, why: why! })),
    ...["stdio", "robust", "http"].map((concern) => ({
      name: `packages/mcp-server/test/package-${concern}.test.ts`,
      why: "the packed MCP bin started with npx: it reads release:packages' scratch project, not run in the copy (whose tarballs, if it had them, would hold the repository's description, not the copy's); its counts and workflow are derived from the bundle, so `pnpm test` runs it on the repository's",
    })),
  ],
};

function run(command: string, args: string[], cwd: string, log: string, extraEnv: Record<string, string> = {}): number {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, SCARF_ANALYTICS: "false", REDOCLY_TELEMETRY: "off", TURBO_TELEMETRY_DISABLED: "1", ...extraEnv },
    maxBuffer: 256 * 1024 * 1024,
  });
  writeFileSync(log, `${result.stdout ?? ""}${result.stderr ?? ""}`, { flag: "a" });
  return result.status ?? 1;
}

/** vitest's counts of every turbo task in the copy's log, added up. */
function counts(text: string): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const count of vitestCounts(text).values()) {
    passed += count.passed;
    failed += count.failed;
  }
  return { passed, failed };
}

function main(): void {
  const scratch = mkdtempSync(resolve(tmpdir(), "copilot-spaces-added-operation-"));
  const copy = resolve(scratch, "repo");
  const log = resolve(scratch, "run.log");
  let passedAll = false;
  try {
    copyTrackedFiles(copy);
    // The seed page beside the copy, where the copy's tools look for it (turbo passes no unknown variable on).
    symlinkSync(dirname(dirname(seedPagePath)), resolve(scratch, "shared"));
    const openapi = resolve(copy, "spec/openapi.yaml");
    const root = parse(readFileSync(openapi, "utf8")) as { paths: Record<string, unknown> };
    // First in `paths:`, where a test that took the first operation it found would take it.
    root.paths = { [ADDED_PATH]: { $ref: ADDED_FILE.replace(/^spec\//, "") }, ...root.paths };
    writeFileSync(openapi, stringify(root, { lineWidth: 0 }));
    writeFileSync(resolve(copy, ADDED_FILE), stringify(addedOperation(true)));
    // GitHub's description does not have it either: a difference spec/ explains, as a contributor would.
    const differences = resolve(copy, "spec/github-differences.yaml");
    writeFileSync(
      differences,
      `${readFileSync(differences, "utf8")}- match: '^${ADDED_ID}: ours has '\n  why: Added by tools/src/check/check-added-operation.ts; GitHub does not publish it.\n`,
    );
    // A repository of its own, as a contributor's clone is (the release check lists its files with git).
    for (const args of [
      ["init", "-q"],
      ["add", "-A"],
      ["-c", "user.name=check", "-c", "user.email=check@invalid", "commit", "-qm", "copy with an added operation"],
    ]) {
      execFileSync("git", args, { cwd: copy, stdio: "ignore" });
    }
    say(`a copy of the repository with ${ADDED_ID} (GET ${ADDED_PATH}) added to spec/ only, in ${copy}`);

    for (const { name } of SAME_FOR_ANY_OPERATION.files) {
      if (!existsSync(resolve(repoRoot, name))) throw new Error(`${name}, named in SAME_FOR_ANY_OPERATION, does not exist`);
    }
    const notRerun = [...SAME_FOR_ANY_OPERATION.tasks, ...SAME_FOR_ANY_OPERATION.files];
    say("not run in the copy, as an added operation cannot change their verdicts (`pnpm test` runs them on the repository):");
    for (const { name, why } of notRerun) say(`  ${name}: ${why}`);
    const steps: [string, string[]][] = [
      ["pnpm", ["install", "--frozen-lockfile", "--offline", "--reporter=silent"]],
      ["pnpm", ["build"]],
      // A package's test task is left out with a filter; release:versions and spec:gate are not in the test task's graph.
      [
        "pnpm",
        [
          "exec",
          "turbo",
          "run",
          "test",
          "--continue",
          // The copy has just been built; its suites' other dependency, release:packages, is left out (above).
          "--only",
          // The "pkg:task:" prefix that vitestCounts reads the counts by.
          "--log-prefix=task",
          ...SAME_FOR_ANY_OPERATION.tasks.filter(({ name }) => name.endsWith("#test")).map(({ name }) => `--filter=!${name.split("#")[0]}`),
        ],
      ],
    ];
    const exclude = { [TEST_EXCLUDE_VARIABLE]: SAME_FOR_ANY_OPERATION.files.map(({ name }) => name).join(",") };
    for (const [command, args] of steps) {
      const status = run(command, args, copy, log, exclude);
      if (status !== 0) {
        const text = readFileSync(log, "utf8");
        const { passed, failed } = counts(text);
        console.error(
          text
            .split("\n")
            .filter((line) => /FAIL|Error|✗|×/.test(line))
            .slice(0, 60)
            .join("\n"),
        );
        // turbo's closing "Failed: a#test, b#test" names the suites that failed there.
        const failedTasks = /^\s*Failed:\s+(.+)$/m.exec(stripColour(text))?.[1]?.trim();
        throw new Error(
          `\`${command} ${args.join(" ")}\` failed in the copy (${passed} passed, ${failed} failed${failedTasks ? `; failed: ${failedTasks}` : ""}); the whole log is ${log}`,
        );
      }
    }
    const { passed, failed } = counts(readFileSync(log, "utf8"));
    const generated = readFileSync(resolve(copy, "packages/client/src/generated/operations.ts"), "utf8");
    const docs = readFileSync(resolve(copy, "packages/docs/dist/index.html"), "utf8");
    if (!generated.includes(JSON.stringify(ADDED_ID)) || !docs.includes(ADDED_ID))
      throw new Error(`${ADDED_ID} is missing from the copy's client table or docs`);
    // The MCP server's tool for it, generated with no code edited: in its table and in its README's tools table.
    const tool = toolName(ADDED_ID);
    const mcpTools = readFileSync(resolve(copy, relative(repoRoot, mcpToolsFile)), "utf8");
    const mcpReadmeText = readFileSync(resolve(copy, relative(repoRoot, mcpReadme)), "utf8");
    const table = mcpReadmeText.slice(mcpReadmeText.indexOf(TABLE_START), mcpReadmeText.indexOf(TABLE_END));
    if (!mcpTools.includes(`"name": ${JSON.stringify(tool)}`) || !mcpTools.includes(`"operationId": ${JSON.stringify(ADDED_ID)}`))
      throw new Error(`the copy's ${relative(repoRoot, mcpToolsFile)} has no tool ${tool} for ${ADDED_ID}`);
    if (!table.includes(`| \`${tool}\` |`)) throw new Error(`the tools' table of the copy's ${relative(repoRoot, mcpReadme)} does not name ${tool}`);
    say(
      `every suite it ran passed in the copy (${passed} passed, ${failed} failed in its vitest runs), with ${ADDED_ID} in the client, the mock, the docs, the contract coverage and the MCP server (tool ${tool}, in its README's table)`,
    );

    // Without its declaration, the seed check must name the operation.
    writeFileSync(resolve(copy, ADDED_FILE), stringify(addedOperation(false)));
    const status =
      run("pnpm", ["--filter", "@copilot-spaces/openapi", "run", "bundle"], copy, log) ||
      run("pnpm", ["--filter", "@copilot-spaces/openapi", "exec", "vitest", "run", "test/seed-conformance.test.ts"], copy, `${log}.undeclared`);
    const undeclared = readFileSync(`${log}.undeclared`, "utf8");
    if (
      status === 0 ||
      !undeclared.includes(`GET ${ADDED_PATH} (${ADDED_ID}): the page does not have this operation, and it is not declared with x-seed-addition.`)
    ) {
      throw new Error(`without x-seed-addition, the seed check did not name ${ADDED_ID}; see ${log}.undeclared`);
    }
    say(`with its x-seed-addition removed, the seed check fails naming GET ${ADDED_PATH} (${ADDED_ID})`);
    passedAll = true;
  } finally {
    if (passedAll && !process.argv.includes("--keep")) rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`added-operation: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
