// What the CLI's test files share: the bin as the build makes it, run for a test's body and always stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";

export const cli = resolve(import.meta.dirname, "../dist/cli.cjs");

/** Runs the bin with `args` (on a free port, quiet) for the test's body, and stops it however the body ends. */
export async function withBin(args: string[], body: (url: string) => Promise<void>): Promise<void> {
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
