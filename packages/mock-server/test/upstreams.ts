// Loopback upstreams for the proxy's, the replay's and the live contract run's tests: the kit's own mock
// behind a real node:http server, answering as the mock does, or misbehaving on purpose for the requests a
// plan names (by operationId, or by the request's `x-test-misbehave` header). Each misbehaviour breaks one
// rule of the description once, so that a check can be held to reporting it exactly once.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { operationsOf, resolveSchema, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { createMock, type CreateMockOptions, type Mock } from "../src/doors/fetch.js";
import { loadBundle } from "../src/core/load-bundle.js";

/**
 * - `missing-required`: the success body without its schema's first required property;
 * - `wrong-type`: that property with a value of another type;
 * - `undocumented-status`: 418 in place of the status;
 * - `wrong-media-type`: `Content-Type: text/html; charset=utf-8`;
 * - `broken-link`: a `Link` header that cannot be read (its `<` never closed);
 * - `slow`: the answer held back `slowMs`;
 * - `drop`: the connection closed with no answer;
 * - `echo-token`: the request's `Authorization` sent back in an `x-debug-authorization` header.
 */
export const MISBEHAVIOURS = [
  "missing-required",
  "wrong-type",
  "undocumented-status",
  "wrong-media-type",
  "broken-link",
  "slow",
  "drop",
  "echo-token",
] as const;
export type Misbehaviour = (typeof MISBEHAVIOURS)[number];

export interface UpstreamOptions {
  /** What to break, by operationId; a request's `x-test-misbehave` header wins. */
  plan?: Record<string, Misbehaviour>;
  /** How long `slow` holds an answer back; default 2,000 ms. */
  slowMs?: number;
  /** The mock behind it; default: stateless, rate limits off. */
  mock?: CreateMockOptions;
  /** A path prefix the API sits under (GHES's `/api/v3`): requests outside it get a 404. */
  basePath?: string;
}

export interface Upstream {
  /** The base URL, with the prefix when there is one. */
  url: string;
  mock: Mock;
  /** Requests received, by misbehaviour played ("none" for a clean answer). */
  played: Map<Misbehaviour | "none", number>;
  close(): Promise<void>;
}

const bundle = loadBundle(undefined);
const model = operationsOf(bundle);

/** The operations whose success has a JSON object body with a required property: those `missing-required` and `wrong-type` can break. */
export function requiredPropertyOf(operation: ModelOperation): string | undefined {
  if (!operation.success.schemaPointer) return undefined;
  const schema = resolveSchema(bundle, { $ref: `#${operation.success.schemaPointer}` }) as { required?: string[] };
  return schema.required?.[0];
}

export async function startUpstream(options: UpstreamOptions = {}): Promise<Upstream> {
  const mock = await createMock({ rateLimit: false, ...options.mock });
  const prefix = (options.basePath ?? "").replace(/\/+$/, "");
  const played = new Map<Misbehaviour | "none", number>();
  const sockets = new Set<import("node:net").Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => void answer(req, res));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const origin = `http://${req.headers.host}`;
    const url = new URL(req.url ?? "/", origin);
    if (prefix !== "" && !url.pathname.startsWith(`${prefix}/`)) {
      res.writeHead(404, { "content-type": "application/json; charset=utf-8" }).end('{"message":"Not Found"}');
      return;
    }
    const inner = new URL(url.pathname.slice(prefix.length) + url.search, origin);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string" && name !== "x-test-misbehave") headers.set(name, value);
    const body = chunks.length === 0 ? undefined : Buffer.concat(chunks).toString("utf8");
    const response = await mock.fetch(inner, { method: req.method ?? "GET", headers, ...(body === undefined ? {} : { body }) });
    // The mock's own router said which operation it was: its journal entry, by the request ID it answered with.
    const requestId = response.headers.get("x-github-request-id");
    const operationId = mock.requests().find((entry) => entry.requestId === requestId)?.operationId;
    const operation = model.find((m) => m.operationId === operationId);
    const asked = req.headers["x-test-misbehave"];
    const misbehaviour = (typeof asked === "string" ? (asked as Misbehaviour) : undefined) ?? (operation && options.plan?.[operation.operationId]);
    played.set(misbehaviour ?? "none", (played.get(misbehaviour ?? "none") ?? 0) + 1);
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => (out[name] = value));
    // Link URLs on the upstream's own origin and prefix, as a server under a prefix would write them.
    if (out.link && prefix !== "")
      out.link = out.link.replace(/<(https?:\/\/[^/>]+)(\/[^>]*)>/g, (_, host: string, path: string) => `<${host}${prefix}${path}>`);
    let status = response.status;
    let text = await response.text();
    switch (misbehaviour) {
      case "missing-required":
      case "wrong-type": {
        const property = operation && requiredPropertyOf(operation);
        if (!property || text === "") throw new Error(`${misbehaviour}: ${operation?.operationId ?? url.pathname} has no required property to break`);
        const value = JSON.parse(text) as Record<string, unknown>;
        if (misbehaviour === "missing-required") delete value[property];
        else value[property] = typeof value[property] === "string" ? 12345 : "not-the-documented-type";
        text = JSON.stringify(value);
        break;
      }
      case "undocumented-status":
        status = 418;
        break;
      case "wrong-media-type":
        out["content-type"] = "text/html; charset=utf-8";
        break;
      case "broken-link":
        out.link = `<${origin}${url.pathname}?per_page=1; rel="next"`;
        break;
      case "slow":
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, options.slowMs ?? 2000);
          timers.add(timer);
        });
        if (res.destroyed) return;
        break;
      case "drop":
        req.socket.destroy();
        return;
      case "echo-token":
        out["x-debug-authorization"] = req.headers.authorization ?? "";
        break;
      default:
        break;
    }
    delete out["content-length"];
    res.writeHead(status, out);
    res.end(text === "" ? undefined : text);
  }

  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    mock,
    played,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      server.close();
      await mock.close();
    },
  };
}
