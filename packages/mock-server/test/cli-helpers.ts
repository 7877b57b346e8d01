// What the CLI's test files share: the bin as the build makes it, run for a test's body and always stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const cli = resolve(import.meta.dirname, "../dist/cli.cjs");

/**
 * Runs the bin with `args` (on a free port; `--quiet` unless `quiet: false`; after a subcommand such as `proxy`
 * when `command` names one) for the test's body, given its URL and what it has written so far, and stops it
 * however the body ends.
 */
export async function withBin(
  args: string[],
  body: (url: string, out: () => string) => Promise<void>,
  { quiet = true, command }: { quiet?: boolean; command?: string } = {},
): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, [cli, ...(command ? [command] : []), "--port", "0", ...(quiet ? ["--quiet"] : []), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => (out += chunk));
    for (let waited = 0; !/ready at (\S+)/.test(out) && waited < 110_000 && child.exitCode === null; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    await body(/ready at (\S+)/.exec(out)![1]!, () => out);
  } finally {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
}

/** Runs the bin (after `command`, a subcommand, when given) until it exits (a refusal, say): its exit code and what it wrote to stderr. */
export async function runToExit(args: string[], command?: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...(command ? [command] : []), "--port", "0", ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stderr };
}

/** A scratch folder for a test file's input files, removed by the returned `remove`; `file` writes one and gives its path. */
export function scratchFiles(prefix: string): { dir: string; file: (name: string, text: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, text) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
