// The bin's latency flags, as a user meets them: --latency and --latency-for slow the answers down (a
// lower bound only), and a profile or an operationId it cannot use is refused, naming the flag.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cli, withBin } from "./cli-helpers.js";
import { auth, itemGet, listGet, pathOf } from "./traffic-helpers.js";

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
