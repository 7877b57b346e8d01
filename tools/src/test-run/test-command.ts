// `pnpm test`: every suite, whatever fails. The package suites run through turbo with --continue (a
// failed suite stops none of the others), then the breaking-change gate, then the added-operation
// check, each whether or not the step before it passed. The output of each streams through as it
// comes; at the end a table names every suite with its result, its vitest counts and its wall time,
// and the command exits 1 if any of them failed.
//
//   pnpm test    (the root script runs `pnpm --filter @copilot-spaces/tools run test:all`)
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "../model/paths.ts";

interface Step {
  name: string;
  command: string;
  args: string[];
  /** A turbo run that writes a summary file (--summarize): its tasks are listed one by one. */
  turbo?: boolean;
}

/** One line of the closing table. */
export interface SuiteResult {
  name: string;
  /** "passed", "failed", "cached" (a replayed pass) or "not run". */
  result: "passed" | "failed" | "cached" | "not run";
  /** vitest's counts, when the suite is a vitest run. */
  tests?: { passed: number; failed: number; skipped: number };
  ms?: number;
}

// The turbo tasks that are suites (every other task, a build, is listed only if it fails).
const SUITE_TASK = /#(test|release:[\w-]+)$/;

const STEPS: Step[] = [
  // --log-prefix=task keeps the "pkg:task:" prefix that the counts are read by (turbo drops it in GitHub Actions).
  {
    name: "package suites",
    command: "pnpm",
    args: ["exec", "turbo", "run", "test", "release:versions", "--continue", "--summarize", "--log-prefix=task"],
    turbo: true,
  },
  { name: "spec:gate", command: "pnpm", args: ["spec:gate"] },
  { name: "added-operation check", command: "pnpm", args: ["--filter", "@copilot-spaces/tools", "run", "check:added-operation"] },
];

/** Runs a step with its output passed through, and resolves to its exit code and what it printed. */
function runStep(step: Step): Promise<{ status: number; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(step.command, step.args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      output += chunk.toString();
    });
    child.on("error", (error) => done({ status: 1, output: `${output}\n${error.message}`, ms: Date.now() - started }));
    child.on("close", (code, signal) => done({ status: code ?? (signal ? 1 : 0), output, ms: Date.now() - started }));
  });
}

export const stripColour = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

/** vitest's closing line of each turbo task ("@x/y:test:       Tests  1 failed | 70 passed (71)"), by task id. */
export function vitestCounts(output: string): Map<string, { passed: number; failed: number; skipped: number }> {
  const counts = new Map<string, { passed: number; failed: number; skipped: number }>();
  for (const line of stripColour(output).split("\n")) {
    const match = /^(\S+?):([\w:-]+): +Tests +(.*)$/.exec(line);
    if (!match) continue;
    const [, pkg, task, rest] = match;
    const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(rest!)?.[1] ?? 0);
    counts.set(`${pkg}#${task}`, { passed: count("passed"), failed: count("failed"), skipped: count("skipped") });
  }
  return counts;
}

interface TurboSummary {
  tasks: { taskId: string; cache?: { status?: string }; execution?: { startTime: number; endTime: number; exitCode: number | null } }[];
}

/** The suites of a turbo run, from the summary file that --summarize wrote (its path is in the output). */
export function turboSuites(output: string, summary: TurboSummary): SuiteResult[] {
  const counts = vitestCounts(output);
  const results: SuiteResult[] = [];
  for (const task of summary.tasks) {
    const execution = task.execution;
    const failed = execution !== undefined && execution.exitCode !== 0;
    if (!SUITE_TASK.test(task.taskId) && !failed) continue;
    const result: SuiteResult["result"] = !execution ? "not run" : failed ? "failed" : task.cache?.status === "HIT" ? "cached" : "passed";
    const tests = counts.get(task.taskId);
    results.push({ name: task.taskId, result, ...(tests ? { tests } : {}), ...(execution ? { ms: execution.endTime - execution.startTime } : {}) });
  }
  return results.sort((a, b) => a.name.localeCompare(b.name));
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** The closing table and verdict line. */
export function summarize(results: SuiteResult[], totalMs: number): string {
  const rows = results.map((r) => [
    r.name,
    r.result,
    r.tests ? `${r.tests.passed} passed, ${r.tests.failed} failed${r.tests.skipped ? `, ${r.tests.skipped} skipped` : ""}` : "",
    r.ms === undefined ? "" : seconds(r.ms),
  ]);
  const header = ["suite", "result", "tests", "wall"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")}`.trimEnd();
  const failed = results.filter((r) => r.result === "failed" || r.result === "not run");
  const verdict = failed.length
    ? `test: ${failed.length} of ${results.length} suites failed or did not run: ${failed.map((r) => r.name).join(", ")}`
    : `test: all ${results.length} suites passed`;
  return ["", "test: every suite", line(header), ...rows.map(line), `${verdict} (${seconds(totalMs)} in all)`, ""].join("\n");
}

async function main(): Promise<void> {
  const started = Date.now();
  const results: SuiteResult[] = [];
  for (const step of STEPS) {
    const { status, output, ms } = await runStep(step);
    const summaryPath = step.turbo ? [...stripColour(output).matchAll(/Summary:\s+(\S+\.json)/g)].at(-1)?.[1] : undefined;
    if (summaryPath && existsSync(resolve(repoRoot, summaryPath))) {
      const suites = turboSuites(output, JSON.parse(readFileSync(resolve(repoRoot, summaryPath), "utf8")) as TurboSummary);
      results.push(...suites);
      // turbo's own failure (a task graph it could not run) shows as no failed task: name the step.
      if (status !== 0 && !suites.some((r) => r.result === "failed")) results.push({ name: step.name, result: "failed", ms });
    } else {
      results.push({ name: step.name, result: status === 0 ? "passed" : "failed", ms });
    }
  }
  const table = summarize(results, Date.now() - started);
  console.log(table);
  if (results.some((r) => r.result === "failed" || r.result === "not run")) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`test: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
