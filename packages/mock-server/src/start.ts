// startMockServer: Prism on a port of its own, the GitHub front on the port asked for.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { createFront, send } from "./front.js";
import { githubError } from "./github-errors.js";
import { listOperations } from "./pagination.js";
import { startPrism } from "./prism.js";

const require = createRequire(import.meta.url);

export interface MockServerOptions {
  /** Default 4010; 0 for a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Generated data instead of the description's examples. */
  dynamic?: boolean;
  /** Where each request's log line goes (method, path, status, ms); default: nowhere. */
  log?: (line: string) => void;
  /** The bundle to serve; default @copilot-spaces/openapi's spec/dist/openapi.json. */
  specPath?: string;
}

export interface MockServer {
  /** http://host:port, without a trailing slash. */
  url: string;
  /** The Prism child's pid, for whoever wants to check it is gone after close(). */
  prismPid: number | undefined;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = "127.0.0.1";

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`port: expected a whole number from 0 to 65535, got ${String(port)}`);
  const host = options.host ?? DEFAULT_HOST;
  const specPath = options.specPath ?? require.resolve("@copilot-spaces/openapi/openapi.json");
  let bundle: Record<string, unknown>;
  try {
    bundle = JSON.parse(readFileSync(specPath, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`specPath: cannot read the bundle ${specPath} (run \`pnpm build\` first): ${(error as Error).message}`);
  }

  const prismOptions = { specPath, dynamic: options.dynamic ?? false };
  let prism = await startPrism(prismOptions);
  let closed = false;
  // Prism dying on an input nobody foresaw must cost one answer, not the server: start it again.
  const supervise = (current: typeof prism) => {
    current.child.once("exit", (code, signal) => {
      if (closed) return;
      options.log?.(`Prism exited (${signal ?? `code ${String(code)}`}); starting it again`);
      startPrism(prismOptions).then(
        (next) => {
          if (closed) return void next.stop();
          prism = next;
          supervise(next);
        },
        (error: unknown) => options.log?.(`Prism could not be started again: ${(error as Error).message}`),
      );
    });
  };
  supervise(prism);
  const front = createFront({ prismUrl: () => prism.url, lists: listOperations(bundle), resource: "CopilotSpace" });
  const server = createServer((req, res) => {
    const started = performance.now();
    res.on("finish", () => options.log?.(`${req.method} ${req.url} ${res.statusCode} ${Math.round(performance.now() - started)}ms`));
    front.handle(req).then(
      (answer) => send(res, answer),
      (error: unknown) => {
        // A bug of ours, never the caller's input: say so in GitHub's shape rather than hang up.
        send(res, { status: 500, headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify(githubError(500, `Mock server error: ${(error as Error).message}`)) });
      },
    );
  });
  server.listen(port, host);
  try {
    await Promise.race([once(server, "listening"), once(server, "error").then(([error]) => Promise.reject(error as Error))]);
  } catch (error) {
    closed = true;
    await prism.stop();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}`,
    get prismPid() {
      return prism.child.pid;
    },
    close: () =>
      (closing ??= (async () => {
        closed = true;
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        front.close();
        await prism.stop();
      })()),
  };
}
