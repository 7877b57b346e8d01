// The Streamable HTTP door in this process, on a free loopback port: the SDK's HTTP client lists and
// calls tools; requests from a foreign Host or Origin, without a session or with an unknown one, are
// refused with the status MCP's transport asks for; DELETE ends a session; close() frees the port.
import { request } from "node:http";
import { createServer } from "node:net";
import { createCopilotSpacesClient } from "@copilot-spaces/client";
import { createMock, type Mock } from "@copilot-spaces/mock-server";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { type CallToolResult, LATEST_PROTOCOL_VERSION } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolName } from "../../../tools/src/generate/generate-mcp-tools.ts";
import { MAX_SESSIONS, MCP_PATH, startHttpDoor, type McpHttpServer } from "../src/http-door.ts";
import { createCopilotSpacesMcpServer } from "../src/server.ts";

const bundle = readBundle();
const operations = operationsOf(bundle);
const validator = new BundleValidator(bundle);

let mock: Mock;
let door: McpHttpServer;
/** How many servers the door has asked for: one per session, none for a refused request. */
let made = 0;
const clients: Client[] = [];

beforeAll(async () => {
  mock = await createMock({ stateful: true });
  const github = createCopilotSpacesClient({ token: "http-door-test-token", baseUrl: "http://copilot-spaces-mock.invalid", fetch: mock.fetch, retry: false });
  door = await startHttpDoor(0, () => {
    made++;
    return createCopilotSpacesMcpServer({ client: github });
  });
});
afterAll(async () => {
  for (const client of clients) await client.close().catch(() => {});
  await door?.close();
  await mock?.close();
});

const url = () => new URL(door.url);
const initialize = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: "http-door-test", version: "1.0.0" } },
};

/** One raw HTTP request to the door (node:http, so that Host can be anything). */
function raw(
  method: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: url().port,
        path: MCP_PATH,
        method,
        headers: { accept: "application/json, text/event-stream", "content-type": "application/json", ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function connect(): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(url());
  const client = new Client({ name: "http-door-test", version: "1.0.0" });
  await client.connect(transport);
  clients.push(client);
  return { client, transport };
}

describe("startHttpDoor", () => {
  it("serves the SDK's Streamable HTTP client: it lists the tools and calls one", async () => {
    const { client } = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(operations.map((o) => toolName(o.operationId)).sort());
    // A list of an owner: its only path parameters are the owner's, which have examples.
    const list = operations.find((o) => o.paging && o.resource?.owner.length === o.parameters.filter((p) => p.in === "path").length)!;
    const args = Object.fromEntries(list.parameters.filter((p) => p.in === "path").map((p) => [p.name, p.node.example]));
    const result = (await client.callTool({ name: toolName(list.operationId), arguments: { ...args, max_items: 5 } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(validator.validate(list.success.schemaPointer!, result.structuredContent).errors).toEqual([]);
  });

  it("refuses a foreign Host with 403", async () => {
    const before = made;
    const answer = await raw("POST", { host: `evil.example:${url().port}` }, initialize);
    expect(answer.status).toBe(403);
    expect(answer.text).toContain("Host");
    expect(made, "servers made for a refused request").toBe(before);
  });

  it("refuses a foreign Origin with 403", async () => {
    const before = made;
    const answer = await raw("POST", { origin: "http://evil.example" }, initialize);
    expect(answer.status).toBe(403);
    expect(answer.text).toContain("http://evil.example");
    expect(made, "servers made for a refused request").toBe(before);
  });

  it("answers a POST without a session that is not an initialize with 400", async () => {
    const before = made;
    const answer = await raw("POST", {}, { jsonrpc: "2.0", id: 2, method: "tools/list" });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ jsonrpc: "2.0", error: { message: expect.stringContaining("initialize") } });
    expect(made, "servers made for a refused request").toBe(before);
  });

  it("answers an unknown session id with 404", async () => {
    const before = made;
    const answer = await raw("POST", { "mcp-session-id": "00000000-0000-4000-8000-000000000000" }, { jsonrpc: "2.0", id: 2, method: "tools/list" });
    expect(answer.status).toBe(404);
    expect(made, "servers made for a refused request").toBe(before);
  });

  it("ends a session on DELETE: its id is then unknown", async () => {
    const started = await raw("POST", {}, initialize);
    expect(started.status).toBe(200);
    const session = started.headers["mcp-session-id"] as string;
    expect(session).toMatch(/\S/);
    const headers = { "mcp-session-id": session, "mcp-protocol-version": LATEST_PROTOCOL_VERSION };
    expect((await raw("POST", headers, { jsonrpc: "2.0", method: "notifications/initialized" })).status).toBe(202);
    expect((await raw("POST", headers, { jsonrpc: "2.0", id: 2, method: "tools/list" })).status).toBe(200);
    expect((await raw("DELETE", headers)).status).toBe(200);
    expect((await raw("POST", headers, { jsonrpc: "2.0", id: 3, method: "tools/list" })).status).toBe(404);
  });

  /** A door of its own with these options, and raw helpers on it; closed by `use`'s end. */
  async function withDoor(
    options: { sessionIdleMs?: number },
    use: (open: () => Promise<string>, alive: (session: string) => Promise<number>) => Promise<void>,
  ) {
    const github = createCopilotSpacesClient({ token: "unused", fetch: mock.fetch });
    const other = await startHttpDoor(0, () => createCopilotSpacesMcpServer({ client: github }), options);
    const post = (session: string | undefined, body: unknown) =>
      fetch(other.url, {
        method: "POST",
        headers: {
          accept: "application/json, text/event-stream",
          "content-type": "application/json",
          ...(session ? { "mcp-session-id": session, "mcp-protocol-version": LATEST_PROTOCOL_VERSION } : {}),
        },
        body: JSON.stringify(body),
      });
    const open = async () => {
      const answer = await post(undefined, initialize);
      expect(answer.status).toBe(200);
      await answer.text();
      return answer.headers.get("mcp-session-id")!;
    };
    const alive = async (session: string) => (await post(session, { jsonrpc: "2.0", id: 2, method: "ping" })).status;
    try {
      await use(open, alive);
    } finally {
      await other.close();
    }
  }

  it("ends a session idle for sessionIdleMs, and keeps one in use", async () => {
    await withDoor({ sessionIdleMs: 1_000 }, async (open, alive) => {
      const [idle, used] = [await open(), await open()];
      // 4 s: the idle one is past 1 s with no request (ended by the sweep at 2 s at the latest, on time); the
      // used one is asked every 100 ms, a tenfold margin.
      const until = Date.now() + 4_000;
      while (Date.now() < until) {
        expect(await alive(used)).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await alive(idle)).toBe(404);
      expect(await alive(used)).toBe(200);
    });
  });

  it("past MAX_SESSIONS, a new session ends the one idle the longest, and only it", async () => {
    await withDoor({}, async (open, alive) => {
      const sessions: string[] = [];
      for (let i = 0; i < MAX_SESSIONS; i++) sessions.push(await open());
      const newest = await open();
      expect(await alive(sessions[0]!)).toBe(404);
      expect(await alive(sessions[1]!)).toBe(200);
      expect(await alive(newest)).toBe(200);
    });
  });

  it("releases its port on close()", async () => {
    const other = await startHttpDoor(0, () => createCopilotSpacesMcpServer({ client: createCopilotSpacesClient({ token: "unused", fetch: mock.fetch }) }));
    const port = Number(new URL(other.url).port);
    // A session open at close time must not keep the port.
    const transport = new StreamableHTTPClientTransport(new URL(other.url));
    const client = new Client({ name: "http-door-test", version: "1.0.0" });
    await client.connect(transport);
    await other.close();
    await client.close().catch(() => {});
    const again = createServer();
    await new Promise<void>((resolve, reject) => {
      again.once("error", reject);
      again.listen(port, "127.0.0.1", resolve);
    });
    await new Promise<void>((resolve) => again.close(() => resolve()));
  });
});
