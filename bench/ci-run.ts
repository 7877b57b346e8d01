// The whole of CI, timed: a fresh clone of HEAD in a scratch folder (shared/ beside it, as CI has it),
// `bash .ci/run` there, on an idle machine or with both cores kept busy by two spinning node processes
// that this script starts and stops. Prints each run's verdict, its wall time and the test command's
// own table, then one summary table.
//
//   pnpm --filter @copilot-spaces/bench ci-run [-- --busy] [--runs N] [--keep]
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

const repo = resolve(import.meta.dirname, "..");
// `pnpm … ci-run -- --busy` hands the script the "--" too.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { busy: { type: "boolean", default: false }, runs: { type: "string", default: "1" }, keep: { type: "boolean", default: false } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 10) throw new Error(`--runs: expected a whole number from 1 to 10, got ${values.runs}`);

interface Run {
  status: number;
  ms: number;
  testLine: string;
  vitestLine: string;
}

function once(index: number): Promise<Run> {
  const scratch = mkdtempSync(resolve(tmpdir(), "copilot-spaces-ci-run-"));
  const clone = resolve(scratch, "main");
  execFileSync("git", ["clone", "--quiet", repo, clone]);
  const shared = resolve(repo, "../shared");
  if (existsSync(shared)) symlinkSync(shared, resolve(scratch, "shared"));
  console.log(`ci-run: run ${index} of ${runs} (${values.busy ? "both cores kept busy" : "idle"}) in ${clone}`);
  const started = Date.now();
  return new Promise((done) => {
    // As CI starts it: none of the variables that pnpm, turbo or this repository's tools set on the way here.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|PNPM_|TURBO_|COPILOT_SPACES_)/i.test(name)));
    const child = spawn("bash", [".ci/run"], { cwd: clone, env: { ...env, CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => {
      const ms = Date.now() - started;
      const lines = output.split("\n");
      const table = lines.slice(lines.findIndex((line) => line === "test: every suite"));
      console.log(table.filter((line) => line.startsWith("  ") || line.startsWith("test:")).join("\n"));
      if (code !== 0)
        console.log(
          lines
            .filter((line) => /FAIL|×|timed out|Error:/.test(line))
            .slice(0, 30)
            .join("\n"),
        );
      if (!values.keep && code === 0) rmSync(scratch, { recursive: true, force: true });
      done({
        status: code ?? 1,
        ms,
        testLine: lines.filter((line) => line.startsWith("test: ")).at(-1) ?? "(no verdict line)",
        vitestLine: lines.filter((line) => line.startsWith("vitest: ")).at(-1) ?? "(no vitest line)",
      });
    });
  });
}

// Each spinner also stops by itself (within a second) once this script is gone, however it ended.
const spin = "const parent = process.ppid; for (let i = 1; ; i++) if (i % 1e8 === 0 && process.ppid !== parent) process.exit();";
const spinners: ChildProcess[] = values.busy ? [0, 1].map(() => spawn(process.execPath, ["-e", spin], { stdio: "ignore" })) : [];
const stopSpinners = () => {
  for (const spinner of spinners) spinner.kill("SIGKILL");
};
process.on("exit", stopSpinners);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(130));

const results: Run[] = [];
for (let i = 1; i <= runs; i++) results.push(await once(i));
stopSpinners();

const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
console.log(`\n| run | load | exit | wall | vitest | test command |\n| --- | --- | --- | --- | --- | --- |`);
results.forEach((r, i) =>
  console.log(`| ${i + 1} | ${values.busy ? "2 spinners" : "idle"} | ${r.status} | ${minutes(r.ms)} | ${r.vitestLine} | ${r.testLine} |`),
);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
