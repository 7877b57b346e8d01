// The bin's --journal-size, as a user meets it: the journal keeps the newest N requests (0 none), read
// over GET /__mock/requests; a value it cannot use is refused, naming the flag and the rule.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { JournalEntry } from "../src/index.js";
import { auth, itemGet, pathOf } from "./traffic-helpers.js";

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

const journal = async (url: string) => ((await (await fetch(`${url}/__mock/requests`)).json()) as { requests: JournalEntry[] }).requests;

describe("copilot-spaces-mock --journal-size", () => {
  it("2 keeps the newest two requests; 0 keeps none", async () => {
    await withBin(["--journal-size", "2"], async (url) => {
      for (const i of [1, 2, 3]) await fetch(`${url}${pathOf(itemGet)}?i=${i}`, { headers: auth("t") });
      expect((await journal(url)).map((e) => [e.operationId, e.query.i])).toEqual([
        [itemGet.operationId, "2"],
        [itemGet.operationId, "3"],
      ]);
    });
    await withBin(["--journal-size", "0"], async (url) => {
      await fetch(`${url}${pathOf(itemGet)}`, { headers: auth("t") });
      expect(await journal(url)).toEqual([]);
    });
  });

  it.each([
    [["--journal-size=-1"], 2, /--journal-size: expected a whole number of requests, 0 \(journal off\) or more, got "-1"/],
    [["--journal-size", "1.5"], 2, /--journal-size: .* got "1.5"/],
    [["--journal-size", "2000000"], 1, /--journal-size: expected a whole number of requests from 0 \(journal off\) to 1000000, got 2000000/],
  ])("%j is refused, naming the flag and the rule", async (args, exit, rule) => {
    const child = spawn(process.execPath, [cli, "--port", "0", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(exit);
    expect(stderr).toMatch(rule);
  });
});
