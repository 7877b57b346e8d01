// Runs Prism in a child process on a loopback port of its own: `node --require prism-preload.cjs
// <prism-cli entry> mock <bundle>`, never through npx or pnpm, whose wrappers leave Prism running
// when killed.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { connect, createServer } from "node:net";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export interface PrismProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface PrismOptions {
  specPath: string;
  dynamic: boolean;
  /** How long Prism may take to listen. */
  startTimeoutMs?: number;
}

/** A free port on 127.0.0.1, as the OS hands it out. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  const port = await freePort();
  const entry = require.resolve("@stoplight/prism-cli/dist/index.js");
  const preload = fileURLToPath(new URL("../prism-preload.cjs", import.meta.url));
  // Prism logs every request at "info", which costs it time under load; the front logs requests.
  const args = ["--require", preload, entry, "mock", options.specPath, "--port", String(port), "--host", "127.0.0.1", "--verboseLevel", "error"];
  if (options.dynamic) args.push("--dynamic");
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, SCARF_ANALYTICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let output = "";
  const exited = once(child, "exit");
  // Kept for the error message should Prism fail to start; dropped once it listens.
  const onData = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  let exitedEarly = false;
  const ready = new Promise<void>((resolve, reject) => {
    void exited.then(([code]) => {
      exitedEarly = true;
      reject(new Error(`Prism exited (code ${String(code)}) before it listened:\n${output.slice(-2000)}`));
    });
    const poll = () => {
      if (exitedEarly) return;
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => setTimeout(poll, 25));
    };
    poll();
  });
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
      await exited.catch(() => undefined);
      clearTimeout(killTimer);
    }
  };
  try {
    await Promise.race([
      ready,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Prism did not listen within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  // Prism's own log lines are not ours to print (the front logs every request): read and dropped.
  child.stdout?.off("data", onData);
  child.stderr?.off("data", onData);
  child.stdout?.resume();
  child.stderr?.resume();
  return { url: `http://127.0.0.1:${port}`, child, stop };
}
