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
const { values } = parseArgs({
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
    // CI's environment: the variables a session's tools set are not there.
    const child = spawn("bash", [".ci/run"], { cwd: clone, env: { ...process.env, CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
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

const spinners: ChildProcess[] = values.busy ? [0, 1].map(() => spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" })) : [];
const stopSpinners = () => {
  for (const spinner of spinners) spinner.kill("SIGKILL");
};
process.on("exit", stopSpinners);
process.on("SIGINT", () => process.exit(130));

const results: Run[] = [];
for (let i = 1; i <= runs; i++) results.push(await once(i));
stopSpinners();

const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
console.log(`\n| run | load | exit | wall | vitest | test command |\n| --- | --- | --- | --- | --- | --- |`);
results.forEach((r, i) =>
  console.log(`| ${i + 1} | ${values.busy ? "2 spinners" : "idle"} | ${r.status} | ${minutes(r.ms)} | ${r.vitestLine} | ${r.testLine} |`),
);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
