// The bin's --journal-size, as a user meets it: the journal keeps the newest N requests (0 none), read
// over GET /__mock/requests; a value it cannot use is refused, naming the flag and the rule.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { cli, withBin } from "./cli-helpers.js";
import type { JournalEntry } from "../src/index.js";
import { auth, itemGet, pathOf } from "./traffic-helpers.js";

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
      const answer = await fetch(`${url}/__mock/requests`);
      expect(answer.status).toBe(404);
      expect(((await answer.json()) as { message: string }).message).toMatch(/the journal is off .*--journal-size/);
    });
  });

  it.each([
    [["--journal-size=-1"], 2, /--journal-size: expected a whole number of requests from 0 \(journal off\) to 1000000, got "-1"/],
    [["--journal-size", "1.5"], 2, /--journal-size: .* got "1.5"/],
    [["--journal-size", "abc"], 2, /--journal-size: expected a whole number of requests from 0 \(journal off\) to 1000000, got "abc"/],
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
