// The packed bin over Streamable HTTP: `npx copilot-spaces-mcp --mock --http 0` from the release
// project, the SDK's StreamableHTTPClientTransport on the URL its ready line gives, the same agent
// workflow as over stdio, and the DNS-rebinding guard (a foreign Host or Origin is refused with 403).
import { request } from "node:http";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { LATEST_PROTOCOL_VERSION } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, type RawChild, runAgentWorkflow, startRaw, waitFor } from "./package-helpers.ts";

let bin: RawChild;
let url: URL;

beforeAll(async () => {
  bin = startRaw(["--mock", "--http", "0"]);
  const ready = await waitFor(
    bin.stderr,
    /^copilot-spaces-mcp: (\d+) tools for the in-process mock, over Streamable HTTP at (http:\/\/\S+)$/m,
    "the ready line",
  );
  expect(Number(ready[1])).toBe(operations.length);
  url = new URL(ready[2]!);
});
afterAll(() => bin?.kill());

/** A raw POST of an initialize request with these headers: its status. */
function post(headers: Record<string, string>): Promise<number> {
  const body = JSON.stringify({
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: "raw", version: "1" } },
  });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...headers } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.once("error", reject);
    req.end(body);
  });
}

describe("npx copilot-spaces-mcp --mock --http 0", () => {
  it("listens on 127.0.0.1 at /mcp", () => {
    expect(url.hostname).toBe("127.0.0.1");
    expect(url.pathname).toBe("/mcp");
  });

  it("completes the agent's workflow over Streamable HTTP, every result valid against the description", async () => {
    const client = new Client({ name: "mcp-server-package-suite", version: "1.0.0" });
    const transport = new StreamableHTTPClientTransport(url);
    await client.connect(transport);
    try {
      expect(transport.sessionId).toBeTruthy();
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(operations.length);
      await runAgentWorkflow(client, "mcp-http-workflow");
    } finally {
      await transport.terminateSession().catch(() => {});
      await client.close();
    }
  });

  it("refuses a foreign Host or Origin with 403, and takes its own", async () => {
    expect(await post({})).toBe(200);
    expect(await post({ origin: `http://127.0.0.1:${url.port}` })).toBe(200);
    expect(await post({ host: `evil.example:${url.port}` })).toBe(403);
    expect(await post({ origin: "http://evil.example" })).toBe(403);
    expect(await post({ origin: `http://127.0.0.1:${Number(url.port) + 1}` })).toBe(403);
  });
});
