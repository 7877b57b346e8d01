// The HTTP door: a node:http server whose requests become Calls for the core, and whose answers are
// the core's Replies. Closing stops accepting, answers what is in flight, then releases the port.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Call } from "../core/call.js";
import { createCore, type Core, type MockOptions } from "../core/core.js";
import { JSON_TYPE } from "../core/answer.js";
import { error } from "../core/github-errors.js";
import type { BodyText } from "../core/rules/limits.js";
import { inFlight } from "../core/in-flight.js";
import type { JournalEntry, JournalFilter } from "../core/journal/journal.js";
import { DEFAULT_HOST, DEFAULT_PORT, hostOf, portOf } from "./listen-options.js";
import { checkCloseTimeout } from "./fetch.js";
import { playOnSocket } from "./socket-faults.js";

export { DEFAULT_HOST, DEFAULT_PORT };

export interface MockServerOptions extends MockOptions {
  /** Default 4010; 0 for a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** How long close() waits for requests in flight before it drops their connections; default 4000 ms. */
  closeTimeoutMs?: number;
}

export interface MockServer {
  /** http://host:port, without a trailing slash. */
  url: string;
  /** Stops accepting, answers the requests in flight (for at most closeTimeoutMs), then releases the port. */
  close(): Promise<void>;
  /** The requests received, oldest first (as GET /__mock/requests), narrowed by the filter; a bad filter throws a RangeError naming its field. */
  requests(filter?: JournalFilter): JournalEntry[];
  /** Empties the journal (as DELETE /__mock/requests). */
  clearRequests(): void;
}

// A Host header is used for the request's URL (and so for `Link` URLs) only if it is a plain host and
// port; anything else a caller sends there is replaced by the server's own address.
const PLAIN_HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const port = portOf(options.port ?? DEFAULT_PORT, "port");
  const host = hostOf(options.host ?? DEFAULT_HOST, "host");
  const closeTimeoutMs = checkCloseTimeout(options.closeTimeoutMs);
  return listen(await createCore(options), port, host, closeTimeoutMs);
}

/** Serves a core (the mock's, or the proxy's) on port and host, checked by the caller; the core is closed with the server. */
export async function listen(core: Core, port: number, host: string, closeTimeoutMs: number): Promise<MockServer> {
  let url = "";
  let closing = false;
  const requests = inFlight();
  // Requests answered by `fault=hang`: close() ends them at once, as nothing will ever answer them.
  const hung = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    void requests.track(new Promise((resolve) => res.once("close", resolve)));
    void serve(req, res);
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let call: Call;
    try {
      call = callOf(req, url);
    } catch {
      return write(res, 400, { "content-type": JSON_TYPE }, JSON.stringify(error(400, "Bad Request").body));
    }
    if (core.closed) {
      return write(res, 503, { "content-type": JSON_TYPE, connection: "close" }, JSON.stringify(error(503, "The mock server is shutting down.").body));
    }
    const reply = await core.handle(call);
    if (reply.transport) return playOnSocket(reply, reply.transport, res, hung, closing);
    write(res, reply.status, closing ? { ...reply.headers, connection: "close" } : reply.headers, reply.body);
  }

  server.listen(port, host);
  try {
    await Promise.race([once(server, "listening"), once(server, "error").then(([cause]) => Promise.reject(cause as Error))]);
  } catch (cause) {
    await core.close(0);
    throw cause;
  }
  const address = server.address() as AddressInfo;
  url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;

  let closed: Promise<void> | undefined;
  return {
    url,
    requests: (filter) => core.requests(filter),
    clearRequests: () => core.clearRequests(),
    close: () =>
      (closed ??= (async () => {
        closing = true;
        for (const res of hung) res.socket?.destroy();
        core.endDelays();
        const released = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await requests.drained(closeTimeoutMs);
        server.closeAllConnections();
        await released;
        await core.close(0);
      })()),
  };
}

function callOf(req: IncomingMessage, ownOrigin: string): Call {
  const host = req.headers.host;
  const origin = host !== undefined && PLAIN_HOST.test(host) ? `http://${host}` : ownOrigin;
  // Origin-form targets only: an absolute-form target (`GET http://elsewhere/…`) keeps its path, not its host.
  const target = req.url?.startsWith("/") ? req.url : pathOf(req.url);
  return {
    method: (req.method ?? "GET").toUpperCase(),
    url: new URL(`${origin}${target}`),
    header: (name) => {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    headers: () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
      return headers;
    },
    readBody: (limit) => readBody(req, limit),
    discardBody: () => void req.resume(),
  };
}

function pathOf(target: string | undefined): string {
  try {
    const parsed = new URL(target ?? "/");
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return "/";
  }
}

/** The body, up to `limit` bytes; past that it is left unread (the answer closes the connection). */
function readBody(req: IncomingMessage, limit: number): Promise<BodyText> {
  if (Number(req.headers["content-length"] ?? "0") > limit) return Promise.resolve({ ok: false, reason: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: BodyText) => {
      req.off("data", onData).off("end", onEnd).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        return done({ ok: false, reason: "too-large" });
      }
      chunks.push(chunk);
    };
    const onEnd = () => done({ ok: true, text: Buffer.concat(chunks).toString("utf8") });
    // Closed before its end: the caller went away mid-body.
    const onClose = () => done({ ok: false, reason: "incomplete" });
    req.on("data", onData).on("end", onEnd).on("close", onClose);
  });
}

function write(res: ServerResponse, status: number, headers: Record<string, string>, body: string | null): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, headers);
  res.end(body ?? undefined);
}
