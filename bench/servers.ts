// What the mock benches share: where the servers' entry points are, and a free loopback port.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";

const require = createRequire(import.meta.url);

/** The description's bundle, as both servers serve it. */
export const bundle = require.resolve("@copilot-spaces/openapi/openapi.json");
/** The mock's CLI as its package ships it (build first). */
export const mockCli = resolve(dirname(require.resolve("@copilot-spaces/mock-server")), "cli.cjs");
export const prismCli = require.resolve("@stoplight/prism-cli/dist/index.js");

/** A whole-number option of the script (`--name N`), or its default. */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a whole number, 1 or more`);
  return value;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts a node script (a server) and resolves once it answers on the port; it is killed if it never does. */
export async function start(args: string[], port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { stdio: "ignore", env: { ...process.env, SCARF_ANALYTICS: "false" } });
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill("SIGKILL");
  throw new Error(`${args.join(" ")} did not answer on port ${port}`);
}
