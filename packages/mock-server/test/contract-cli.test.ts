// The live contract run against a misbehaving loopback upstream (test/upstreams.ts): each planted problem is
// named with its operation and rule, once per answer that has it; and the CLI itself: exit codes 0, 1 and 2,
// the reports written, and the token in no output or report.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Rule } from "../src/conformance/violation.js";
import { loadBundle } from "../src/core/load-bundle.js";
import { collectionsOf, nestedIn, topLevel } from "../src/contract/collections.js";
import { runLiveContract, summaryOf } from "../src/index.js";
import { cli, scratchFiles } from "./cli-helpers.js";
import { requiredPropertyOf, startUpstream, type Misbehaviour, type Upstream } from "./upstreams.js";

const all = collectionsOf(operationsOf(loadBundle(undefined)));
const TOKEN = `ghp_${"m1sbehave".repeat(4)}`;
const RULE_OF: Partial<Record<Misbehaviour, Rule>> = {
  "broken-link": "link",
  "wrong-type": "body",
  "echo-token": "token-echo",
  "wrong-media-type": "media-type",
  "missing-required": "body",
  drop: "upstream",
  "undocumented-status": "status",
};

// What each owner kind's walk reaches, in order: its list, its gets, its nested lists, their gets.
const [kindA, kindB] = [...new Set(topLevel(all).map((c) => c.ownerKind))];
const reached = (kind: string | undefined) =>
  topLevel(all)
    .filter((c) => c.ownerKind === kind)
    .flatMap((c) => ({ top: c, nested: nestedIn(all, c) }))
    .map(({ top, nested }) => ({
      list: top.ops.list!,
      get: top.ops.get!,
      nestedLists: nested.flatMap((n) => (n.ops.list ? [n.ops.list] : [])),
      nestedGets: nested.flatMap((n) => (n.ops.get ? [n.ops.get] : [])),
    }))[0]!;
const a = reached(kindA);
const b = reached(kindB);
// Each problem where it leaves the walk able to reach the next: a broken Link ends paging but keeps page 1's items.
// (missing-required and wrong-type need a success schema that lists a required property of its own.)
const planted = new Map<ModelOperation, Misbehaviour>([
  [a.list, "broken-link"],
  [a.get, "undocumented-status"],
  [a.nestedLists[0]!, "echo-token"],
  [a.nestedLists[1]!, "wrong-media-type"],
  [a.nestedGets[0]!, "wrong-type"],
  [b.get, "drop"],
  [b.nestedGets[0]!, "missing-required"],
]);
const plan: Record<string, Misbehaviour> = {};
const owners = { [kindA!]: "octo-org", [kindB!]: "octocat" };
const flags = { orgs: "org", users: "user" } as const;

let upstream: Upstream;
const files = scratchFiles("contract-cli-");
beforeAll(async () => {
  upstream = await startUpstream({ plan, slowMs: 60_000 });
});
afterAll(async () => {
  await upstream?.close();
  files.remove();
});

/** The bin's `contract` run to its exit, with the token in an environment variable. */
async function contractBin(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [cli, "contract", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}
const ownerFlags = () => Object.entries(owners).flatMap(([kind, name]) => [`--${flags[kind as keyof typeof flags]}`, name]);

describe("contract run against a misbehaving upstream", () => {
  it("names each planted problem with its operation and rule, once for each answer that has it, and nothing else", async () => {
    for (const [op, misbehaviour] of planted) plan[op.operationId] = misbehaviour;
    for (const op of [a.nestedGets[0]!, b.nestedGets[0]!]) expect(requiredPropertyOf(op), op.operationId).toBeDefined();
    const result = await runLiveContract({ baseUrl: upstream.url, token: TOKEN, ...{ org: owners.orgs, user: owners.users }, maxItems: 2, perPage: 2 }).finally(
      () => {
        for (const key of Object.keys(plan)) delete plan[key];
      },
    );
    expect(result.passed).toBe(false);
    const tallies = result.report.toJSON().operations;
    for (const [op, misbehaviour] of planted) {
      const tally = tallies.find((t) => t.operationId === op.operationId);
      expect(tally?.exchanges, `${op.operationId} was checked`).toBeGreaterThan(0);
      expect(tally!.byRule, `${op.operationId}: ${misbehaviour}`).toEqual({ [RULE_OF[misbehaviour]!]: tally!.exchanges });
    }
    const clean = tallies.filter((t) => ![...planted.keys()].some((op) => op.operationId === t.operationId));
    expect(clean.filter((t) => t.violations > 0)).toEqual([]);
    const written = [JSON.stringify(result.report.toJSON()), result.report.toJUnit(), ...summaryOf(result)].join("\n");
    expect(written).toContain("token-echo");
    expect(written).not.toContain(TOKEN);
  });
});

describe("copilot-spaces-mock contract", () => {
  it("exits 0 against an upstream that meets the description", async () => {
    const { code, stdout } = await contractBin(["--base-url", upstream.url, "--token-env", "CONTRACT_TOKEN", ...ownerFlags(), "--max-items", "2"], {
      CONTRACT_TOKEN: TOKEN,
    });
    expect(stdout).toMatch(/0 violation\(s\)\nPASSED\n$/);
    expect(code).toBe(0);
    expect(stdout).not.toContain(TOKEN);
  });

  it("exits 1 on a slow answer (--timeout), names it, writes --report and --junit, and prints no token", async () => {
    plan[a.list.operationId] = "slow";
    const [report, junit] = [`${files.dir}/out/report.json`, `${files.dir}/out/junit.xml`];
    const run = await contractBin(
      [
        "--base-url",
        upstream.url,
        "--token-env",
        "CONTRACT_TOKEN",
        `--${flags[kindA as keyof typeof flags]}`,
        "octo-org",
        "--timeout",
        "1000",
        "--report",
        report,
        "--junit",
        junit,
      ],
      { CONTRACT_TOKEN: TOKEN },
    );
    delete plan[a.list.operationId];
    expect(run.stdout).toMatch(new RegExp(`${a.list.operationId} upstream at upstream: GET \\S+: no answer within 1000 ms`));
    expect(run.code).toBe(1);
    const json = JSON.parse(readFileSync(report, "utf8")) as { violations: number; operations: { operationId: string; byRule: object }[] };
    expect(json.operations.find((o) => o.operationId === a.list.operationId)?.byRule).toEqual({ upstream: 1 });
    expect(readFileSync(junit, "utf8")).toMatch(/<failure type="upstream"/);
    for (const text of [run.stdout, run.stderr, readFileSync(report, "utf8"), readFileSync(junit, "utf8")]) expect(text).not.toContain(TOKEN);
  });

  it("refuses --allow-writes without an owner, and a missing token variable by its name (exit 2, before any request)", async () => {
    const before = upstream.mock.requests().length;
    const writes = await contractBin(["--base-url", upstream.url, "--token-env", "CONTRACT_TOKEN", "--allow-writes"], { CONTRACT_TOKEN: TOKEN });
    expect(writes.stderr).toMatch(/--allow-writes needs an explicit owner: --org NAME or --user LOGIN/);
    expect(writes.code).toBe(2);
    const unset = await contractBin(["--base-url", upstream.url, "--token-env", "NO_SUCH_CONTRACT_TOKEN", "--org", "octo-org"]);
    expect(unset.stderr).toMatch(/--token-env: the environment variable NO_SUCH_CONTRACT_TOKEN is not set or is empty/);
    expect(unset.code).toBe(2);
    const body = await contractBin(["--base-url", upstream.url, "--token-env", "CONTRACT_TOKEN", "--org", "o", "--allow-writes", "--body", "no-file"], {
      CONTRACT_TOKEN: TOKEN,
    });
    expect(body.stderr).toMatch(/--body: "no-file" is not OPERATION_ID=FILE/);
    expect(body.code).toBe(2);
    // The token typed in place of its variable's name is refused without being echoed.
    const typed = await contractBin(["--base-url", upstream.url, "--token-env", TOKEN, "--org", "octo-org"]);
    expect([typed.code, typed.stderr.includes(TOKEN)]).toEqual([2, false]);
    expect(typed.stderr).toMatch(/--token-env: expected the NAME of the variable/);
    const unsent = await contractBin(["--base-url", upstream.url, "--token-env", "CONTRACT_TOKEN", "--org", "o", "--body", "a=b.json"], {
      CONTRACT_TOKEN: TOKEN,
    });
    expect([unsent.code, unsent.stderr]).toEqual([2, expect.stringMatching(/--body: goes with --allow-writes/)]);
    // A report that cannot be written is said before the run: a file stands where its folder should be.
    const blocked = join(mkdtempSync(join(tmpdir(), "contract-blocked-")), "file");
    writeFileSync(blocked, "");
    const report = await contractBin(["--base-url", upstream.url, "--token-env", "CONTRACT_TOKEN", "--org", "o", "--report", join(blocked, "r.json")], {
      CONTRACT_TOKEN: TOKEN,
    });
    expect([report.code, report.stderr]).toEqual([2, expect.stringMatching(/--report: cannot write .*r\.json \((ENOTDIR|EEXIST)\)/)]);
    expect(upstream.mock.requests().length).toBe(before);
  });
});
