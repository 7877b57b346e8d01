// What the benches share: where the servers' entry points are, the path parameters' examples, a free loopback port.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
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
/** The example of each path parameter of the GET at `path`, from the description (integers as numbers). */
export function pathExamples(path: string): Record<string, string | number> {
  type Node = Record<string, unknown>;
  const description = JSON.parse(readFileSync(bundle, "utf8")) as Node;
  const at = (node: Node): Node =>
    typeof node.$ref === "string"
      ? at(
          node.$ref
            .slice(2)
            .split("/")
            .reduce((n: Node, key) => n[key] as Node, description),
        )
      : node;
  const item = (description.paths as Record<string, Node>)[path]!;
  const parameters = [...((item.parameters as Node[]) ?? []), ...(((item.get as Node).parameters as Node[]) ?? [])].map(at);
  return Object.fromEntries(
    parameters.filter((p) => p.in === "path").map((p) => [String(p.name), (p.schema as Node).type === "integer" ? Number(p.example) : String(p.example)]),
  );
}

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
