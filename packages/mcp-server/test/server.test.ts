// The MCP server in this process: the SDK's Client over an in-memory pair, the server calling through
// the Copilot Spaces client into the stateful mock's fetch. Every tool of the bundle is called with
// arguments made from the description's examples (items it needs are made first through the create
// tool of their collection), and its structured result checked against the description.
import { createCopilotSpacesClient, type CopilotSpacesClient } from "@copilot-spaces/client";
import { createMock, type Mock } from "@copilot-spaces/mock-server";
import { exampleValues, operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { type CallToolResult, ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolName } from "../../../tools/src/generate/generate-mcp-tools.ts";
import { toolEntries } from "../src/generated/tools.ts";
import { createCopilotSpacesMcpServer, type ToolSelection } from "../src/server.ts";

const bundle = readBundle();
const validator = new BundleValidator(bundle);
const operations = operationsOf(bundle);
type Args = Record<string, unknown>;

let mock: Mock;
let github: CopilotSpacesClient;
const opened: Client[] = [];

beforeAll(async () => {
  mock = await createMock({ stateful: true });
  github = createCopilotSpacesClient({ token: "server-test-token", baseUrl: "http://copilot-spaces-mock.invalid", fetch: mock.fetch, retry: false });
});
afterAll(async () => {
  for (const client of opened) await client.close();
  await mock?.close();
});

/** An SDK client connected to a new server over an in-memory pair. */
async function connect(selection: ToolSelection = {}): Promise<Client> {
  const server = createCopilotSpacesMcpServer({ client: github, ...selection });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "server-test", version: "1.0.0" });
  await client.connect(clientSide);
  opened.push(client);
  return client;
}

const call = async (client: Client, name: string, args: Args) => (await client.callTool({ name, arguments: args })) as CallToolResult;
const text = (result: CallToolResult) => result.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
const exampleBody = (op: ModelOperation) => structuredClone((exampleValues(bundle, op.operation.requestBody)[0] ?? {}) as Args);
const pathParams = (op: ModelOperation) => op.parameters.filter((p) => p.in === "path");

/**
 * A set's example body for an item made here: the example's nested items that name an `id` (edit or
 * remove an attached one) take the ids of the made item's own, in order; those left over are dropped.
 */
function setBody(op: ModelOperation, made: Args | undefined): Args {
  const body = exampleBody(op);
  for (const [field, value] of Object.entries(body)) {
    if (!Array.isArray(value)) continue;
    const own = (((made?.[field] as Args[] | undefined) ?? []) as Args[]).map((item) => item.id);
    body[field] = value.flatMap((item: Args) => (item.id === undefined ? [item] : own.length > 0 ? [{ ...item, id: own.shift() }] : []));
  }
  return body;
}

/**
 * The path arguments of `op`, in path order: a parameter no operation names an item by takes its
 * example (an owner); one that names an item gets a new item, made by the create tool of that item's
 * collection, and takes the value its create sent under the same name, else its item field.
 */
async function pathArgs(client: Client, op: ModelOperation): Promise<{ args: Args; made?: Args }> {
  const args: Args = {};
  let made: Args | undefined;
  for (const p of pathParams(op)) {
    if (p.name in args) continue;
    // The item operation of this path's ancestry whose identity the parameter is.
    const item = operations.find((o) => o.resource?.identity.includes(p.name) && (op.path === o.resource.item || op.path.startsWith(`${o.resource.item}/`)));
    const create = operations.find((o) => o.resource?.action === "create" && o.resource.collection === item?.resource?.collection);
    if (!item || !create) {
      expect(p.node.example, `${op.operationId}: the path parameter ${p.name} has no example`).toBeDefined();
      args[p.name] = p.node.example;
      continue;
    }
    const sent = { ...Object.fromEntries(create.resource!.owner.map((name) => [name, args[name]])), ...exampleBody(create) };
    const result = await call(client, toolName(create.operationId), sent);
    expect(result.isError, `making an item for ${op.operationId} with ${create.operationId}: ${text(result)}`).toBeFalsy();
    made = result.structuredContent as Args;
    for (const name of item.resource!.identity) {
      const identity = item.parameters.find((q) => q.name === name)!;
      args[name] = name in exampleBody(create) ? sent[name] : made[identity.itemField ?? name];
    }
  }
  return { args, made };
}

describe("every tool of the bundle, against the stateful mock", () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect();
  });

  it("lists one tool per operation", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(operations.map((o) => toolName(o.operationId)).sort());
  });

  it.each(operations.map((op) => [op.operationId, op] as const))("%s answers with a result valid against the description", async (_id, op) => {
    const { args, made } = await pathArgs(client, op);
    const body = op.resource?.action === "set" ? setBody(op, made) : exampleBody(op);
    mock.clearRequests();
    const result = await call(client, toolName(op.operationId), { ...args, ...body });
    expect(result.isError, text(result)).toBeFalsy();
    const last = mock.requests().at(-1);
    expect(last).toMatchObject({ operationId: op.operationId, status: op.success.status });
    if (!op.success.schemaPointer) {
      expect(result.structuredContent).toBeUndefined();
      return;
    }
    const structured = result.structuredContent as Args;
    // MCP asks for an object: a success body that is not one comes as `result`.
    const value = toolEntries.find((t) => t.operationId === op.operationId)!.outputWrapped ? structured.result : structured;
    expect(validator.validate(op.success.schemaPointer, value).errors, `${op.operationId}'s structured result`).toEqual([]);
    expect(JSON.parse(text(result).slice(text(result).indexOf("{")))).toEqual(structured);
  });
});

describe("refusals and errors", () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect();
  });

  it("answers an unknown tool with a JSON-RPC InvalidParams error", async () => {
    const name = `${toolName(operations[0]!.operationId)}_no_such_tool`;
    const error = await client.callTool({ name, arguments: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).code).toBe(ErrorCode.InvalidParams);
    expect((error as McpError).message).toContain(name);
    expect((error as McpError).message).not.toMatch(/MCP error -32602:.*MCP error -32602:/);
  });

  it("refuses invalid arguments naming each field and rule, with no request sent", async () => {
    // An operation with an integer path parameter: leave its first required argument out and give the integer a string.
    const op = operations.find((o) => pathParams(o).some((p) => p.schema.type === "integer"))!;
    const integer = pathParams(op).find((p) => p.schema.type === "integer")!.name;
    const missing = pathParams(op).find((p) => p.name !== integer)!.name;
    mock.clearRequests();
    const result = await call(client, toolName(op.operationId), { [integer]: "not-a-number", surplus: 1 });
    expect(result.isError).toBe(true);
    expect(text(result)).toContain("no request sent");
    expect(text(result)).toContain(`${missing}: is required`);
    expect(text(result)).toContain(`${integer}: must be integer`);
    expect(text(result)).toContain("surplus: is not an argument of this tool");
    expect(mock.requests()).toEqual([]);
  });

  it("answers a 404 as isError with the client's message", async () => {
    const op = operations.find((o) => o.resource?.action === "get" && pathParams(o).some((p) => p.schema.type === "integer"))!;
    const args = Object.fromEntries(pathParams(op).map((p) => [p.name, p.schema.type === "integer" ? 987_654_321 : p.node.example]));
    const result = await call(client, toolName(op.operationId), args);
    expect(result.isError).toBe(true);
    const { namespace, method } = (await import("@copilot-spaces/tools/generate-client")).methodName(op.operationId);
    const direct = await (github as unknown as Record<string, Record<string, (a: Args) => Promise<unknown>>>)[namespace]![method]!(args).catch((e: Error) => e);
    expect((direct as Error).name).toBe("NotFoundError");
    expect(text(result)).toBe((direct as Error).message);
    expect(text(result)).toContain("404");
    expect(text(result)).not.toContain("server-test-token");
  });

  it("stops a list at max_items and says how to go on with the cursor", async () => {
    // A list of an owner of this test's own, with at least 3 items made here (the mock may seed more).
    const list = operations.find((o) => o.paging && o.resource?.action === "list" && o.resource.owner.length === pathParams(o).length)!;
    const create = operations.find((o) => o.resource?.action === "create" && o.resource.collection === list.resource!.collection)!;
    const owner = Object.fromEntries(list.resource!.owner.map((name) => [name, `max-items-${process.pid}`]));
    for (let i = 0; i < 3; i++) expect((await call(client, toolName(create.operationId), { ...owner, ...exampleBody(create) })).isError).toBeFalsy();
    const items = (result: CallToolResult) => (result.structuredContent as Args)[list.paging!.itemsKey] as Args[];
    const whole = await call(client, toolName(list.operationId), { ...owner, max_items: 1000 });
    expect(text(whole)).toContain("This is the end of the list.");
    expect(items(whole).length).toBeGreaterThanOrEqual(3);

    const first = await call(client, toolName(list.operationId), { ...owner, max_items: 2 });
    expect(items(first)).toEqual(items(whole).slice(0, 2));
    const cursor = new RegExp(`call again with ${list.paging!.next.name}: ("[^"]*")`).exec(text(first));
    expect(cursor, text(first)).not.toBeNull();
    const rest = await call(client, toolName(list.operationId), { ...owner, [list.paging!.next.name]: JSON.parse(cursor![1]!), max_items: 1000 });
    expect(items(rest)).toEqual(items(whole).slice(2));
    expect(text(rest)).toContain("This is the end of the list.");
  });
});

describe("list paging", () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect();
  });

  it("lowers a page size above max_items, so the result's cursor goes on exactly where it stopped", async () => {
    const list = operations.find((o) => o.paging?.pageSize && o.resource?.action === "list" && o.resource.owner.length === pathParams(o).length)!;
    const create = operations.find((o) => o.resource?.action === "create" && o.resource.collection === list.resource!.collection)!;
    const owner = Object.fromEntries(list.resource!.owner.map((name) => [name, `page-size-${process.pid}`]));
    for (let i = 0; i < 3; i++) expect((await call(client, toolName(create.operationId), { ...owner, ...exampleBody(create) })).isError).toBeFalsy();
    const items = (result: CallToolResult) => (result.structuredContent as Args)[list.paging!.itemsKey] as Args[];
    const whole = items(await call(client, toolName(list.operationId), { ...owner, max_items: 1000 }));
    mock.clearRequests();
    const first = await call(client, toolName(list.operationId), { ...owner, [list.paging!.pageSize!.name]: 50, max_items: 2 });
    expect(items(first)).toEqual(whole.slice(0, 2));
    expect(mock.requests()[0]!.query[list.paging!.pageSize!.name]).toBe("2");
    const cursor = new RegExp(`call again with ${list.paging!.next.name}: ("[^"]*")`).exec(text(first));
    expect(cursor, text(first)).not.toBeNull();
  });
});

describe("tool selection", () => {
  it("answers a tool the selection turned off with InvalidParams saying why", async () => {
    const write = operations.find((o) => o.method !== "get")!;
    const error = await (await connect({ readOnly: true })).callTool({ name: toolName(write.operationId), arguments: {} }).catch((e: unknown) => e);
    expect((error as McpError).code).toBe(ErrorCode.InvalidParams);
    expect((error as McpError).message).toContain(`${toolName(write.operationId)} is turned off in this server: it is read-only (--read-only)`);
  });

  const listed = async (selection: ToolSelection) => (await (await connect(selection)).listTools()).tools.map((t) => t.name).sort();
  const namesOf = (ops: ModelOperation[]) => ops.map((o) => toolName(o.operationId)).sort();

  it("readOnly lists the GET tools only", async () => {
    expect(await listed({ readOnly: true })).toEqual(namesOf(operations.filter((o) => o.method === "get")));
  });

  it("toolsets lists the tools of those tags only, and combines with readOnly", async () => {
    const tag = operations.at(-1)!.tags[0]!;
    expect(await listed({ toolsets: [tag] })).toEqual(namesOf(operations.filter((o) => o.tags[0] === tag)));
    expect(await listed({ toolsets: [tag], readOnly: true })).toEqual(namesOf(operations.filter((o) => o.tags[0] === tag && o.method === "get")));
  });

  it("refuses an unknown toolset with a RangeError naming the known ones", () => {
    const known = [...new Set(operations.map((o) => o.tags[0]!))];
    let error: unknown;
    try {
      createCopilotSpacesMcpServer({ client: github, toolsets: ["no-such-toolset"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toContain("no-such-toolset");
    for (const name of known) expect((error as Error).message).toContain(name);
  });
});
