// The bin's latency flags, as a user meets them: --latency and --latency-for slow the answers down (a
// lower bound only), and a profile or an operationId it cannot use is refused, naming the flag.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { auth, itemGet, listGet, pathOf } from "./traffic-helpers.js";

const cli = resolve(import.meta.dirname, "../dist/cli.cjs");

/** Runs the bin with `args` for the test's body, and stops it however the body ends. */
async function withBin(args: string[], body: (url: string) => Promise<void>): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, [cli, "--port", "0", "--quiet", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => (out += chunk));
    for (let waited = 0; !/ready at (\S+)/.test(out) && waited < 110_000 && child.exitCode === null; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    await body(/ready at (\S+)/.exec(out)![1]!);
  } finally {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
}

const timed = async (url: string) => {
  const started = performance.now();
  const response = await fetch(url, { headers: auth("t") });
  return { status: response.status, ms: performance.now() - started };
};

describe("copilot-spaces-mock, latency", () => {
  it("--latency 150 --latency-for <list>=400: every answer waits 150 ms, the list's 400 ms", async () => {
    await withBin(["--latency", "150", "--latency-for", `${listGet.operationId}=400`], async (url) => {
      const item = await timed(`${url}${pathOf(itemGet)}`);
      const list = await timed(`${url}${pathOf(listGet)}`);
      expect(item.status).toBe(200);
      expect(item.ms).toBeGreaterThanOrEqual(150);
      expect(list.status).toBe(200);
      expect(list.ms).toBeGreaterThanOrEqual(400);
    });
  });

  it.each([
    [["--latency", "200-50"], /--latency: min must not be above max; got "200-50"/],
    [["--latency", "p50=20,p99=often"], /--latency: expected milliseconds/],
    [["--latency-for", "500"], /--latency-for: expected OPERATION_ID=LATENCY/],
    [["--latency-for", "x/y=fast"], /--latency-for x\/y: expected milliseconds/],
  ])("%j is a usage error naming the flag", (args, message) => {
    const run = spawnSync(process.execPath, [cli, "--port", "0", ...args], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("--latency-for an operationId the description lacks: refused at start, naming those it has", () => {
    const run = spawnSync(process.execPath, [cli, "--port", "0", "--quiet", "--latency-for", "copilot-spaces/lst-for-org=5"], {
      encoding: "utf8",
      timeout: 110_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^copilot-spaces-mock: --latency-for: "copilot-spaces\/lst-for-org" is not an operationId of the description; it has /);
    expect(run.stderr).toContain(listGet.operationId);
  });
});
