import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/model/paths.ts";
import { summarize, turboSuites, vitestCounts } from "../src/test-run/test-command.ts";

// What turbo printed and summarized for a run in which one suite failed and one was replayed.
const output = [
  "@x/a:test:  ✓ test/one.test.ts (3 tests) 20ms",
  "@x/a:test:       Tests  3 passed (3)",
  "\x1b[2m@x/b:test:       Tests \x1b[22m 1 failed | 70 passed | 2 skipped (73)",
  "@x/c:test:       Tests  5 passed (5)",
  " Tasks:    4 successful, 5 total",
].join("\n");
const at = (start: number, end: number, exitCode: number | null) => ({ startTime: start, endTime: end, exitCode });
const summary = {
  tasks: [
    { taskId: "@x/a#build", cache: { status: "HIT" }, execution: at(0, 10, 0) },
    { taskId: "@x/b#build", cache: { status: "MISS" }, execution: at(0, 10, 2) },
    { taskId: "@x/a#test", cache: { status: "MISS" }, execution: at(10, 2_010, 0) },
    { taskId: "@x/b#test", cache: { status: "MISS" }, execution: at(10, 75_010, 1) },
    { taskId: "@x/c#test", cache: { status: "HIT" }, execution: at(10, 20, 0) },
    { taskId: "@x/tools#release:versions", cache: { status: "MISS" } },
  ],
};

describe("the test command's closing table", () => {
  it("reads vitest's counts for each turbo task", () => {
    expect(vitestCounts(output)).toEqual(
      new Map([
        ["@x/a#test", { passed: 3, failed: 0, skipped: 0 }],
        ["@x/b#test", { passed: 70, failed: 1, skipped: 2 }],
        ["@x/c#test", { passed: 5, failed: 0, skipped: 0 }],
      ]),
    );
  });

  it("lists every suite and a failed build, and names each failed suite in the verdict", () => {
    const results = turboSuites(output, summary);
    expect(results.map((r) => [r.name, r.result])).toEqual([
      ["@x/a#test", "passed"],
      ["@x/b#build", "failed"],
      ["@x/b#test", "failed"],
      ["@x/c#test", "cached"],
      ["@x/tools#release:versions", "not run"],
    ]);
    const table = summarize([...results, { name: "spec:gate", result: "passed", ms: 4_000 }], 125_000);
    expect(table).toMatch(/@x\/b#test +failed +70 passed, 1 failed, 2 skipped +1 min 15 s/);
    expect(table.trim().split("\n").at(-1)).toBe(
      "test: 3 of 6 suites failed or did not run: @x/b#build, @x/b#test, @x/tools#release:versions (2 min 5 s in all)",
    );
  });

  it("says so when every suite passed", () => {
    const table = summarize([{ name: "spec:gate", result: "passed", ms: 4_000 }], 4_100);
    expect(table.trim().split("\n").at(-1)).toBe("test: all 1 suites passed (4.1 s in all)");
  });

  it("is what the root `pnpm test` runs", () => {
    const scripts = (JSON.parse(readFileSync(resolve(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.test).toBe("pnpm --filter @copilot-spaces/tools run test:all");
  });
});
