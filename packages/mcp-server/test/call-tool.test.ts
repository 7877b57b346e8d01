// One tool call against a client whose fetch is made here: a call the MCP client cancels aborts the
// request in flight; GitHub's error answers become isError results without the token; a tool naming a
// method the client lacks is refused naming both.
import { createCopilotSpacesClient } from "@copilot-spaces/client";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { pageSizeFor, ToolCaller } from "../src/call-tool.ts";
import { toolEntries } from "../src/generated/tools.ts";
import { createCopilotSpacesMcpServer } from "../src/server.ts";

const operations = operationsOf(readBundle());
const TOKEN = `ghp_${"T".repeat(36)}`;
/** A read of one item, with only path parameters to fill: their examples. */
const get = operations.find((o) => o.resource?.action === "get" && o.method === "get")!;
const tool = toolEntries.find((t) => t.operationId === get.operationId)!;
const args = Object.fromEntries(get.parameters.filter((p) => p.in === "path").map((p) => [p.name, p.node.example]));

const clients: Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});

async function connect(fetch: typeof globalThis.fetch): Promise<Client> {
  const github = createCopilotSpacesClient({ token: TOKEN, baseUrl: "http://call-tool-test.invalid", fetch, retry: false });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createCopilotSpacesMcpServer({ client: github }).connect(serverSide);
  const client = new Client({ name: "call-tool-test", version: "1.0.0" });
  await client.connect(clientSide);
  clients.push(client);
  return client;
}

describe("ToolCaller", () => {
  it("aborts the request in flight when the MCP client cancels the call", async () => {
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    let aborted!: (reason: unknown) => void;
    const abortSeen = new Promise<unknown>((resolve) => (aborted = resolve));
    const client = await connect((input, init) => {
      const signal = input instanceof Request ? input.signal : init?.signal;
      started();
      // A call that answers only when aborted, as a slow GitHub would look from here.
      return new Promise((_, reject) => signal?.addEventListener("abort", () => (aborted(signal.reason), reject(signal.reason)), { once: true }));
    });
    const controller = new AbortController();
    const call = client.callTool({ name: tool.name, arguments: args }, undefined, { signal: controller.signal, timeout: 60_000 });
    await inFlight;
    controller.abort("the user changed their mind");
    await expect(call).rejects.toThrow();
    // notifications/cancelled reaches the server, which aborts the call's signal, which the client passes to fetch.
    await expect(abortSeen).resolves.toBeDefined();
  });

  it("answers GitHub's error as isError with the client's message, never the token", async () => {
    const client = await connect(async (input) => {
      const request = input as Request;
      // An answer that echoes the credential it was sent, as a careless proxy might.
      return Response.json(
        { message: `Bad credentials: ${request.headers.get("authorization")}`, documentation_url: "https://docs.github.com/rest" },
        { status: 401, headers: { "x-github-request-id": "ABCD:1234" } },
      );
    });
    const result = (await client.callTool({ name: tool.name, arguments: args })) as CallToolResult;
    expect(result.isError).toBe(true);
    const text = JSON.stringify(result);
    expect(text).toContain("401");
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.slice(4, 20));
  });

  it("answers a body off the output schema as isError naming where, with the body as text (the SDK's client would refuse it)", async () => {
    const client = await connect(async () => Response.json({ id: "not-a-number" }, { status: 200 }));
    // Listing first makes the SDK's client check structured results against each output schema, as hosts do.
    await client.listTools();
    const result = (await client.callTool({ name: tool.name, arguments: args })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    const text = (result.content as { text: string }[])[0]!.text;
    expect(text).toContain(`does not match the description's schema for ${tool.operationId}`);
    expect(text).toContain("id: must be integer");
    expect(text).toContain('{"id":"not-a-number"}');
  });

  it("picks a page size that ends a walk on a page's edge", () => {
    expect(pageSizeFor(30, 100)).toBe(30);
    expect(pageSizeFor(100, 100)).toBe(100);
    expect(pageSizeFor(150, 100)).toBe(75);
    expect(pageSizeFor(1000, 100)).toBe(100);
    // 101 has no divisor from 50 to 100: the largest page, and the result says the last one was cut.
    expect(pageSizeFor(101, 100)).toBe(100);
  });

  it("refuses a tool whose client method does not exist, naming the tool and the method", async () => {
    const github = createCopilotSpacesClient({ token: TOKEN, fetch: () => Promise.reject(new Error("no request is made here")) });
    const caller = new ToolCaller(github);
    const stranger = { ...tool, name: `${tool.name}_elsewhere`, client: { namespace: tool.client.namespace, method: `${tool.client.method}Elsewhere` } };
    await expect(caller.call(stranger, args)).rejects.toThrow(`${stranger.name}: the client has no ${tool.client.namespace}.${tool.client.method}Elsewhere`);
  });
});
