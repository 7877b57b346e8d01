// `copilot-spaces-mock proxy`, the bin as users run it: in front of a misbehaving upstream with --report, --junit
// and --fail-on-violation it exits 1 once stopped, its reports written; in front of a clean one it exits 0; a bad
// --upstream or --upstream-timeout is a usage error (exit 2) naming the flag and the rule, never the user info.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportJson } from "../src/conformance/report.js";
import { cli, runToExit, scratchFiles } from "./cli-helpers.js";
import { examplePath, exampleInit, operations, tokenFree } from "./proxy-helpers.js";
import { requiredPropertyOf, startUpstream, type Upstream } from "./upstreams.js";

const { dir, remove } = scratchFiles("cli-proxy-");
let upstream: Upstream;
beforeAll(async () => {
  upstream = await startUpstream();
});
afterAll(async () => {
  await upstream?.close();
  remove();
});

/** Runs `proxy` with args for the body, then SIGTERM: the exit code and what it wrote to stdout. */
async function runProxy(args: string[], body: (url: string) => Promise<void>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [cli, "proxy", "--port", "0", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk));
  const exited = once(child, "exit") as Promise<[number | null]>;
  try {
    for (let waited = 0; !/ready at (\S+)/.test(out) && waited < 110_000 && child.exitCode === null; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    await body(/ready at (\S+)/.exec(out)![1]!);
  } finally {
    if (child.exitCode === null) child.kill("SIGTERM");
  }
  const [code] = await exited;
  return { code, out };
}

const op = operations.find((o) => o.method === "get" && o.paging && requiredPropertyOf(o))!;

describe("copilot-spaces-mock proxy", () => {
  it("in front of a misbehaving upstream with --fail-on-violation exits 1 and writes both reports", async () => {
    const report = join(dir, "bad", "report.json");
    const junit = join(dir, "bad", "junit.xml");
    const { code, out } = await runProxy(["--upstream", upstream.url, "--report", report, "--junit", junit, "--fail-on-violation"], async (url) => {
      for (const misbehaviour of ["undocumented-status", "wrong-type"]) {
        const response = await fetch(`${url}${examplePath(op)}`, exampleInit(op, { "x-test-misbehave": misbehaviour }));
        await response.text();
        expect(response.headers.get("x-copilot-spaces-violations")).toContain(op.operationId);
      }
    });
    expect(code).toBe(1);
    const json = JSON.parse(readFileSync(report, "utf8")) as ReportJson;
    expect(json.operations.find((t) => t.operationId === op.operationId)?.byRule).toEqual({ status: 1, body: 1 });
    expect(readFileSync(junit, "utf8")).toMatch(/<failure type="status"/);
    // The log says each violation, and never the token.
    expect(out.match(/^violation /gm)).toHaveLength(2);
    expect(tokenFree(out, "stdout")).toEqual([]);
  });

  it("in front of a clean upstream exits 0 with zero violations", async () => {
    const report = join(dir, "good", "report.json");
    const { code } = await runProxy(["--upstream", upstream.url, "--report", report, "--fail-on-violation", "--quiet"], async (url) => {
      const response = await fetch(`${url}${examplePath(op)}`, exampleInit(op));
      await response.text();
      expect(response.status).toBe(200);
    });
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(report, "utf8"))).toMatchObject({ exchanges: 1, violations: 0 });
  });

  it.each([
    [["--upstream", "ftp://example.com"], /--upstream: expected an http or https URL, got the scheme "ftp"/],
    [["--upstream", "https://octo:hunter2secret@example.com"], /--upstream: user info \(user:password@\) is not allowed/],
    [["--upstream", "not a url"], /--upstream: expected an absolute http\(s\) URL/],
    [[], /--upstream: required/],
    [["--upstream", "http://127.0.0.1:9", "--upstream-timeout", "0"], /--upstream-timeout: expected a whole number of milliseconds from 1 to 600000, got "0"/],
    [["--upstream", "http://127.0.0.1:9", "--upstream-timeout", "soon"], /--upstream-timeout: expected a whole number/],
  ])("%j is a usage error naming the flag and the rule", async (args, rule) => {
    const { code, stderr } = await runToExit(args, "proxy");
    expect(code).toBe(2);
    expect(stderr).toMatch(rule);
    expect(stderr).not.toContain("hunter2secret");
  });
});
