// What the package suites share: the release project (the packed tarballs, installed with plain npm by
// `pnpm release:check`), the bin started from it with npx, the SDK's client over stdio, and the
// description read as the tests' only source of API facts: the operations, their roles (the bundle
// model's `resource`), their schemas and examples. The agent workflow lives here as it runs the same
// over stdio and over Streamable HTTP.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { getDefaultEnvironment, StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { deref, exampleValues, type Json, type ModelOperation, operationsOf, resolvePointer } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { requireReleaseProject } from "@copilot-spaces/tools/release";
import { expect } from "vitest";

export const bundle = readBundle();
export const operations = operationsOf(bundle);
export const validator = new BundleValidator(bundle);

/** The naming rule, written here from its words, not imported from the generator it checks. */
export const toolNameOf = (operationId: string) => operationId.replace(/[^A-Za-z0-9_]/g, "_");

/** The description's tags that hold operations: the toolsets `--toolsets` takes. */
export const tagsWithOperations = () => [...new Set(operations.map((op) => op.tags[0]).filter((tag): tag is string => tag !== undefined))];

/** `npx --no-install copilot-spaces-mcp …`, as a user's MCP host starts it from the project. */
export const NPX_BIN = ["--no-install", "copilot-spaces-mcp"];
export const project = () => requireReleaseProject();
/** npx without its update check; the rest of the environment the SDK would pass on. */
export const binEnv = (extra: Record<string, string> = {}) => ({ ...getDefaultEnvironment(), npm_config_update_notifier: "false", ...extra });

export interface StdioSession {
  client: Client;
  transport: StdioClientTransport;
  /** Everything the bin wrote to stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

/** The SDK's client, connected over stdio to `npx copilot-spaces-mcp <args>` run in the release project. */
export async function connectStdio(args: string[], env: Record<string, string> = {}): Promise<StdioSession> {
  const transport = new StdioClientTransport({ command: "npx", args: [...NPX_BIN, ...args], cwd: project(), env: binEnv(env), stderr: "pipe" });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: "mcp-server-package-suite", version: "1.0.0" });
  await client.connect(transport);
  return { client, transport, stderr: () => stderr, close: () => client.close() };
}

/** Runs `npx copilot-spaces-mcp <args>` to its end: exit code and stderr (for usage errors). */
export function runBin(args: string[], env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync("npx", [...NPX_BIN, ...args], {
      cwd: project(),
      env: binEnv(env),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    });
    return { status: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status?: number | null; stdout?: string; stderr?: string };
    return { status: e.status ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** The raw bin: pipes of our own, its stdout split into lines, stderr kept. */
export interface RawChild {
  child: ChildProcess;
  lines: string[];
  stderr(): string;
  /** Stdout's line `index` (from 0), waiting for it up to 60 s. */
  line(index: number): Promise<string>;
  /** Resolves with npx's exit code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends its whole process group (npx, the shell, the bin), if anything of it is left. */
  kill(): void;
}

export function startRaw(args: string[], env: Record<string, string> = {}): RawChild {
  const child = spawn("npx", [...NPX_BIN, ...args], { cwd: project(), env: binEnv(env), stdio: ["pipe", "pipe", "pipe"], detached: true });
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  let buffer = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => {
    buffer += chunk;
    for (let at = buffer.indexOf("\n"); at >= 0; at = buffer.indexOf("\n")) {
      lines.push(buffer.slice(0, at));
      buffer = buffer.slice(at + 1);
    }
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const line = async (index: number) => {
    const deadline = Date.now() + 60_000;
    while (lines.length <= index) {
      if (Date.now() > deadline) throw new Error(`no stdout line ${index} within 60 s; stderr:\n${stderr}`);
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the bin exited before stdout line ${index}; stderr:\n${stderr}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return lines[index]!;
  };
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone already
    }
  };
  return { child, lines, stderr: () => stderr, line, exited, kill };
}

/** Waits until `text()` matches, within 60 s (a busy machine starts npx and the mock slowly). */
export async function waitFor(text: () => string, pattern: RegExp, what: string): Promise<RegExpExecArray> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const match = pattern.exec(text());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`${what}: nothing matched ${pattern} within 60 s; seen:\n${text()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The pid of the bin's own node process below npx (npx runs it through a shell), from `ps`. */
export function binPidBelow(npxPid: number): number | undefined {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((row) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(row))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  const below = new Set([npxPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) {
      if (below.has(row.ppid) && !below.has(row.pid)) {
        below.add(row.pid);
        grew = true;
      }
    }
  }
  return rows.find((row) => row.pid !== npxPid && below.has(row.pid) && /^node\s.*copilot-spaces-mcp/.test(row.args))?.pid;
}

// ---- the description's facts the workflow needs, found by the bundle model's roles ----

const find = (what: string, predicate: (op: ModelOperation) => boolean): ModelOperation => {
  const found = operations.filter(predicate);
  if (found.length !== 1) throw new Error(`the description should have exactly one ${what}; it has ${found.map((op) => op.operationId).join(", ") || "none"}`);
  return found[0]!;
};

/** The operations an agent's workflow on an organization's Space uses, by role and path shape. */
export function workflowOperations() {
  const create = find("create of an organization-owned collection with one owner parameter", (op) => {
    return op.resource?.action === "create" && op.path.startsWith("/orgs/") && op.resource.owner.length === 1;
  });
  const spaces = create.resource!;
  const ofSpaces = (action: string) =>
    find(`${action} of ${spaces.collection}`, (op) => op.resource?.collection === spaces.collection && op.resource.action === action);
  const child = (suffix: string) =>
    find(`create in ${spaces.item}${suffix}`, (op) => op.resource?.action === "create" && op.resource.collection === `${spaces.item}${suffix}`);
  return {
    create,
    list: ofSpaces("list"),
    get: ofSpaces("get"),
    set: ofSpaces("set"),
    delete: ofSpaces("delete"),
    addCollaborator: child("/collaborators"),
    attachResource: child("/resources"),
    owner: spaces.owner[0]!,
    identity: find("get of a Space", (op) => op.resource?.collection === spaces.collection && op.resource.action === "get").resource!.identity[0]!,
  };
}

/** A request body schema with its top `$ref`s followed. */
export function bodySchema(op: ModelOperation): Json {
  if (!op.requestBody) throw new Error(`${op.operationId} takes no body`);
  return deref<Json>(bundle, resolvePointer(bundle, op.requestBody.schemaPointer), op.requestBody.schemaPointer).node;
}

/** Every object inside the description's request examples that satisfies `test`. */
export function exampleObjects(test: (value: Json) => boolean): Json[] {
  const found: Json[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      if (test(value as Json)) found.push(value as Json);
      Object.values(value).forEach(walk);
    }
  };
  for (const op of operations) walk(exampleValues(bundle, op.operation.requestBody));
  return found;
}

/** Checks a tool's structured result against the description's success schema (not the tool's outputSchema). */
export function expectValidSuccess(op: ModelOperation, result: CallToolResult): Json {
  expect(result.isError, `${op.operationId}: ${JSON.stringify(result.content)}`).toBeFalsy();
  const pointer = op.success.schemaPointer;
  if (!pointer) {
    expect(result.structuredContent).toBeUndefined();
    return {};
  }
  const structured = result.structuredContent as Json;
  expect(structured, `${op.operationId} gave no structuredContent`).toBeTypeOf("object");
  const schema = deref<Json>(bundle, resolvePointer(bundle, pointer), pointer).node;
  // MCP asks for an object: a success body that is not one comes as `result`.
  const body = schema.type === "object" ? structured : structured.result;
  const verdict = validator.validate(pointer, body);
  expect(verdict.errors, `${op.operationId}'s result against ${pointer}`).toEqual([]);
  return structured;
}

export const textOf = (result: CallToolResult) =>
  (result.content as { type: string; text?: string }[])
    .filter((c) => c.type === "text")
    .map((c) => c.text)
    .join("\n");

export const call = (client: Client, op: ModelOperation, args: Json, options: { signal?: AbortSignal } = {}) =>
  client.callTool({ name: toolNameOf(op.operationId), arguments: args }, undefined, { timeout: 120_000, ...options }) as Promise<CallToolResult>;

/** The Spaces of an owner as the list tool gives them, every page (max_items at its schema's maximum). */
async function listed(client: Client, tools: Tool[], ops: ReturnType<typeof workflowOperations>, owner: string): Promise<Json[]> {
  const tool = tools.find((t) => t.name === toolNameOf(ops.list.operationId))!;
  // The tool's own page bound: the one argument that is not a parameter of the operation.
  const bound = Object.entries(tool.inputSchema.properties ?? {}).find(([name]) => !ops.list.parameters.some((p) => p.name === name));
  const args: Json = { [ops.owner]: owner };
  if (bound) args[bound[0]] = (bound[1] as { maximum: number }).maximum;
  const structured = expectValidSuccess(ops.list, await call(client, ops.list, args));
  return structured[ops.list.paging!.itemsKey] as Json[];
}

/**
 * The workflow an agent runs, over whichever transport `client` is on: create a Space (organization),
 * add a collaborator, attach a repository file, list, update, delete, get (404); a 422 from the mock;
 * invalid arguments refused with the field and the rule and no Space made. Every success is checked
 * against the description.
 */
export async function runAgentWorkflow(client: Client, owner: string): Promise<void> {
  const ops = workflowOperations();
  const { tools } = await client.listTools();
  const before = await listed(client, tools, ops, owner);

  const [createExample] = exampleValues(bundle, ops.create.operation.requestBody) as Json[];
  const name = `MCP workflow ${owner}`;
  const created = expectValidSuccess(ops.create, await call(client, ops.create, { ...createExample, [ops.owner]: owner, name }));
  expect(created.name).toBe(name);
  const itemField = ops.get.parameters.find((p) => p.name === ops.identity)?.itemField ?? ops.identity;
  const id = created[itemField];
  expect(id, `the created Space's ${itemField}`).toBeDefined();
  const at = { [ops.owner]: owner, [ops.identity]: id };

  // A collaborator, from the description's example for that body.
  const [collaborator] = exampleValues(bundle, ops.addCollaborator.operation.requestBody) as Json[];
  expect(validator.validate(ops.addCollaborator.requestBody!.schemaPointer, collaborator).errors).toEqual([]);
  const added = expectValidSuccess(ops.addCollaborator, await call(client, ops.addCollaborator, { ...at, ...collaborator }));
  expect(added.role).toBe(collaborator!.role);
  // The same one again: the mock answers 422 (already a collaborator), a tool result with isError.
  const again = await call(client, ops.addCollaborator, { ...at, ...collaborator });
  expect(again.isError).toBe(true);
  expect(again.structuredContent).toBeUndefined();
  expect(textOf(again)).toMatch(/\b422\b/);
  expect(textOf(again)).toMatch(/Validation Failed/);

  // A repository file: a github_file resource from the description's examples, valid for this body.
  const enumOf = (bodySchema(ops.attachResource).properties as Json).resource_type as { enum?: string[] };
  expect(enumOf.enum).toContain("github_file");
  const file = exampleObjects((value) => value.resource_type === "github_file" && !("id" in value)).find(
    (value) => validator.validate(ops.attachResource.requestBody!.schemaPointer, value).valid,
  );
  expect(file, "a github_file example valid for the resource create body").toBeDefined();
  const attached = expectValidSuccess(ops.attachResource, await call(client, ops.attachResource, { ...at, ...file }));
  expect(attached.resource_type).toBe("github_file");
  expect(attached.metadata).toMatchObject(file!.metadata as Json);

  // Listed, with the name it was given.
  const after = await listed(client, tools, ops, owner);
  expect(after).toHaveLength(before.length + 1);
  expect(after.find((space) => space[itemField] === id)?.name).toBe(name);

  const renamed = `${name}, renamed`;
  const updated = expectValidSuccess(ops.set, await call(client, ops.set, { ...at, name: renamed }));
  expect(updated.name).toBe(renamed);
  expect(expectValidSuccess(ops.get, await call(client, ops.get, at)).name).toBe(renamed);

  expectValidSuccess(ops.delete, await call(client, ops.delete, at));
  const gone = await call(client, ops.get, at);
  expect(gone.isError).toBe(true);
  expect(textOf(gone)).toMatch(/\b404\b/);

  // Invalid arguments: refused naming the field and the rule, and nothing is created.
  const createTool = tools.find((t) => t.name === toolNameOf(ops.create.operationId))!;
  const required = (createTool.inputSchema.required ?? []).find((field) => field !== ops.owner)!;
  const [enumField, enumSchema] = Object.entries(createTool.inputSchema.properties ?? {}).find(([, s]) => Array.isArray((s as Json).enum)) as [string, Json];
  const valid = { [ops.owner]: owner, [required]: `${name}, never made` };
  const refusals: [Json, RegExp][] = [
    [{ [ops.owner]: owner }, new RegExp(`\\b${required}: is required`)],
    [{ ...valid, not_an_argument: true }, /\bnot_an_argument: is not an argument of this tool/],
    [
      { ...valid, [enumField]: "not-one-of-them" },
      new RegExp(`\\b${enumField}: must be one of ${(enumSchema.enum as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`),
    ],
  ];
  for (const [args, message] of refusals) {
    const refused = await call(client, ops.create, args);
    expect(refused.isError, JSON.stringify(args)).toBe(true);
    expect(textOf(refused)).toMatch(message);
  }
  expect(await listed(client, tools, ops, owner)).toHaveLength(before.length);
}
