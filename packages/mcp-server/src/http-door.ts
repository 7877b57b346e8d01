// MCP over Streamable HTTP on 127.0.0.1, at /mcp. Each client session (from its initialize request)
// gets its own server and transport, so a client's notifications/cancelled reaches the call it names.
// Requests whose Host or Origin is not this loopback address are refused with 403 before anything
// else (MCP's transport rules: a local server must guard against DNS rebinding).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";

export const MCP_PATH = "/mcp";
/** Sessions kept at once; past this, a new session ends the one idle the longest (503 only when every one is busy). */
export const MAX_SESSIONS = 100;
/** A session with no request for this long is ended, so clients that leave without DELETE do not fill the slots. */
export const SESSION_IDLE_MS = 30 * 60_000;

export interface HttpDoorOptions {
  /** End a session after this many ms without a request (default SESSION_IDLE_MS). */
  sessionIdleMs?: number;
}

export interface McpHttpServer {
  /** `http://127.0.0.1:PORT/mcp` */
  readonly url: string;
  /** Ends every session and releases the port. */
  close(): Promise<void>;
}

interface Session {
  transport: StreamableHTTPServerTransport;
  server: Server;
  /** When its last request started or ended, and how many are still being answered. */
  lastSeen: number;
  inFlight: number;
}

/** Serves a new MCP server (from `newServer`) per session on 127.0.0.1:port (0: a free one). */
export async function startHttpDoor(port: number, newServer: () => Server, options: HttpDoorOptions = {}): Promise<McpHttpServer> {
  const idleMs = options.sessionIdleMs ?? SESSION_IDLE_MS;
  if (!(Number.isFinite(idleMs) && idleMs > 0)) throw new RangeError(`sessionIdleMs: expected a number of milliseconds above 0, got ${String(idleMs)}`);
  const sessions = new Map<string, Session>();
  /** `127.0.0.1:PORT` and `localhost:PORT`, once the port is known; an allowed Origin is one of them over http. */
  let allowedHosts: string[] = [];

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) jsonError(res, 500, -32603, `Internal error: ${error instanceof Error ? error.message : String(error)}`);
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0];
    if (!allowedHosts.includes(req.headers.host ?? ""))
      return jsonError(res, 403, -32000, `Forbidden: the Host header must be one of ${allowedHosts.join(", ")}`);
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`))
      return jsonError(res, 403, -32000, `Forbidden: the Origin ${origin} is not this server's`);
    if (path !== MCP_PATH) return jsonError(res, 404, -32000, `Not Found: the MCP endpoint is ${MCP_PATH}`);

    const id = req.headers["mcp-session-id"];
    const sessionId = Array.isArray(id) ? id[0] : id;
    if (sessionId !== undefined) {
      const session = sessions.get(sessionId);
      if (!session) return jsonError(res, 404, -32001, "Session not found: start a new one with an initialize request");
      session.inFlight++;
      session.lastSeen = Date.now();
      res.once("close", () => {
        session.inFlight--;
        session.lastSeen = Date.now();
      });
      return session.transport.handleRequest(req, res);
    }
    if (req.method !== "POST") return jsonError(res, 400, -32000, "Bad Request: no Mcp-Session-Id header; a session starts with an initialize request (POST)");
    const body = await readJson(req, res);
    if (body === undefined) return;
    if (!isInitializeRequest(body)) return jsonError(res, 400, -32000, "Bad Request: no Mcp-Session-Id header, and the message is not an initialize request");
    if (sessions.size >= MAX_SESSIONS) {
      // Clients often leave without DELETE (the SDK's close() sends none): the session idle the longest makes room.
      const idle = [...sessions.values()].filter((session) => session.inFlight === 0).sort((a, b) => a.lastSeen - b.lastSeen)[0];
      if (!idle) return jsonError(res, 503, -32000, `Service Unavailable: all ${MAX_SESSIONS} sessions are answering requests; try again`);
      await idle.transport.close();
    }

    const server = newServer();
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      enableJsonResponse: true,
      onsessioninitialized: (newId) => void sessions.set(newId, { transport, server, lastSeen: Date.now(), inFlight: 0 }),
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }

  http.listen(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    http.once("listening", resolve);
    http.once("error", reject);
  });
  const actual = (http.address() as AddressInfo).port;
  allowedHosts = [`127.0.0.1:${actual}`, `localhost:${actual}`];
  const sweep = setInterval(
    () => {
      const now = Date.now();
      for (const session of sessions.values()) {
        if (session.inFlight === 0 && now - session.lastSeen >= idleMs) void session.transport.close();
      }
    },
    Math.min(idleMs, 60_000),
  );
  sweep.unref();

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${actual}${MCP_PATH}`,
    close: () =>
      (closed ??= (async () => {
        clearInterval(sweep);
        await Promise.all([...sessions.values()].map(({ server }) => server.close()));
        sessions.clear();
        const released = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeAllConnections();
        await released;
      })()),
  };
}

/** The request's JSON body (at most 4 MB), or undefined after answering the error. */
async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 4 * 1024 * 1024) {
      jsonError(res, 413, -32000, "Payload Too Large: a message of at most 4 MB");
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    jsonError(res, 400, -32700, `Parse error: ${(error as Error).message}`);
    return undefined;
  }
}

function jsonError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null }));
}
