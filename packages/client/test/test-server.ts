// A node:http server the test controls: it records every request and answers with the handler the
// test gives. Binds to 127.0.0.1 on a free port; `close()` ends open connections too.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createCopilotSpacesClient, type CopilotSpacesClient, type CopilotSpacesClientOptions } from "../src/index.js";

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (request: RecordedRequest, response: ServerResponse, index: number) => void | Promise<void>;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startTestServer(handler: Handler = (_req, res) => json(res, 200, {})): Promise<TestServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      Promise.resolve(current(recorded, res, requests.length - 1)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** Records the delays the client asks for, without waiting. */
export function fakeSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number, signal: AbortSignal) => {
    if (signal.aborted) throw signal.reason;
    delays.push(ms);
  };
  return { delays, sleep };
}

/** The clock the error and fault tests run at. */
export const TEST_NOW = Date.parse("2026-11-25T10:00:00Z");

/** A client of `server` that waits with `sleep` (no real waits), jitters by half, and logs into `logs`. */
export function testClient(
  server: TestServer,
  sleep: ReturnType<typeof fakeSleep>["sleep"],
  logs: string[],
  options: Partial<CopilotSpacesClientOptions> & { token: CopilotSpacesClientOptions["token"] },
): CopilotSpacesClient {
  return createCopilotSpacesClient({
    baseUrl: server.url,
    sleep,
    random: () => 0.5,
    now: () => TEST_NOW,
    log: { debug: (message, details) => logs.push(`${message} ${JSON.stringify(details)}`) },
    ...options,
  });
}
