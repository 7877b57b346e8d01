// Prism's own validating proxy (@stoplight/prism-cli, `prism proxy <bundle> <upstream>`) as a child
// process: its node entry spawned directly (a killed npx or pnpm wrapper would leave Prism's node
// listening), on a free port it reports, stopped by its pid.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";

const prismCli = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");
/** Prism takes seconds to read a bundle on a busy 2-core machine. */
const START_TIMEOUT_MS = 90_000;
/** What is kept of Prism's output, to show when it does not start. */
const KEPT_OUTPUT = 4_000;

export interface PrismProxy {
  url: string;
  close(): Promise<void>;
}

/** Starts `prism proxy bundle upstream`; resolves once it listens. */
export async function startPrismProxy(bundle: string, upstream: string): Promise<PrismProxy> {
  const child = spawn(process.execPath, [prismCli, "proxy", bundle, upstream, "--host", "127.0.0.1", "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, SCARF_ANALYTICS: "false" },
  });
  let output = "";
  // Prism logs every request: its pipes are drained all along, or a full pipe would stall it.
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-KEPT_OUTPUT));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism did not listen within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
      child.stdout!.on("data", () => {
        const listening = /Prism is listening on (http:\/\/\S+)/.exec(output);
        if (listening) clearTimeout(timer), resolve(listening[1]!);
      });
      child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`Prism exited (${code}) before it listened:\n${output}`))));
    });
    return { url, close: () => stop(child) };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => (clearTimeout(force), resolve()));
    child.kill("SIGTERM");
  });
}
