// The MCP server as its users get it, over stdio: the packed tarball installed with plain npm (by
// `pnpm release:check`), started by the SDK's client as `npx copilot-spaces-mcp --mock`, checked
// against the description alone: one tool per operation, schemas that compile, the agent workflow,
// the modes (--read-only, --toolsets) and --mock-state across runs.
import { mkdtempSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  connectStdio,
  expectValidSuccess,
  operations,
  project,
  runAgentWorkflow,
  runBin,
  type StdioSession,
  tagsWithOperations,
  toolNameOf,
  waitFor,
  workflowOperations,
} from "./package-helpers.ts";

const names = (tools: Tool[]) => tools.map((t) => t.name).sort();
const namesOf = (ops: typeof operations) => ops.map((op) => toolNameOf(op.operationId)).sort();

describe("npx copilot-spaces-mcp --mock over stdio", () => {
  // One server for the listing and the workflow: the workflow works on an owner no other test uses.
  let session: StdioSession;
  let tools: Tool[];
  beforeAll(async () => {
    session = await connectStdio(["--mock"]);
    ({ tools } = await session.client.listTools());
  });
  afterAll(() => session?.close());

  it("lists exactly one tool per operation of the description, named from its operationId", async () => {
    expect(tools).toHaveLength(operations.length);
    expect(names(tools)).toEqual(namesOf(operations));
    await waitFor(session.stderr, new RegExp(`^copilot-spaces-mcp: ${operations.length} tools for the in-process mock, over stdio$`, "m"), "the ready line");
  });

  it("gives each tool object schemas that compile, the operation's summary as its title and annotations from its verb", () => {
    // As the SDK's own clients compile them: strict off, the formats known.
    const ajv = new Ajv({ strict: false });
    (addFormats as unknown as (ajv: Ajv) => void)(ajv);
    for (const op of operations) {
      const tool = tools.find((t) => t.name === toolNameOf(op.operationId))!;
      const verb = op.method.toUpperCase();
      expect(tool.inputSchema.type, tool.name).toBe("object");
      expect(() => ajv.compile(tool.inputSchema), tool.name).not.toThrow();
      // A success with a body has an output schema; a 204 has none.
      expect(tool.outputSchema !== undefined, tool.name).toBe(op.success.schemaPointer !== undefined);
      if (tool.outputSchema) {
        expect(tool.outputSchema.type, tool.name).toBe("object");
        expect(() => ajv.compile(tool.outputSchema!), tool.name).not.toThrow();
      }
      expect(tool.title, tool.name).toBe(op.summary);
      expect(tool.annotations, tool.name).toMatchObject({
        readOnlyHint: verb === "GET",
        destructiveHint: verb === "DELETE",
        ...(verb === "GET" ? {} : { idempotentHint: verb === "PUT" || verb === "DELETE" }),
      });
      // Every path parameter is a required argument.
      for (const p of op.parameters.filter((p) => p.in === "path")) expect(tool.inputSchema.required, tool.name).toContain(p.name);
    }
  });

  it("completes an agent's workflow on an organization's Space, every result valid against the description", async () => {
    await runAgentWorkflow(session.client, "mcp-stdio-workflow");
  });
});

describe("modes", () => {
  it("--read-only lists every GET operation's tool and no other", async () => {
    const session = await connectStdio(["--mock", "--read-only"]);
    try {
      const { tools } = await session.client.listTools();
      const gets = operations.filter((op) => op.method.toUpperCase() === "GET");
      expect(gets.length).toBeLessThan(operations.length);
      expect(names(tools)).toEqual(namesOf(gets));
    } finally {
      await session.close();
    }
  });

  it("--toolsets with one of the description's tags lists that tag's operations alone", async () => {
    const tags = tagsWithOperations();
    expect(tags.length).toBeGreaterThan(1);
    // All of them at once: each a server of its own.
    await Promise.all(
      tags.map(async (tag) => {
        const session = await connectStdio(["--mock", "--toolsets", tag]);
        try {
          const { tools } = await session.client.listTools();
          expect(names(tools), tag).toEqual(namesOf(operations.filter((op) => op.tags[0] === tag)));
        } finally {
          await session.close();
        }
      }),
    );
  });

  it("an unknown toolset exits 2 naming the flag and the known toolsets", () => {
    const { status, stderr } = runBin(["--mock", "--toolsets", "no-such-toolset"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--toolsets: "no-such-toolset" is not a toolset/);
    for (const tag of tagsWithOperations()) expect(stderr).toContain(tag);
  });
});

describe("usage", () => {
  it("-h prints the options; a bad start exits 2 naming the flag or the variable", () => {
    const help = runBin(["-h"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--mock-state FILE");
    const folder = resolve(project(), "no-such-folder");
    const cases: [string[], Record<string, string>, string][] = [
      [["--mock", "--mock-state", resolve(folder, "state.json")], {}, `--mock-state: the folder ${folder} does not exist`],
      [[], { GITHUB_TOKEN: "" }, "GITHUB_TOKEN is empty"],
      [["--token-env", "MCP_SUITE_NO_SUCH_VARIABLE"], {}, "MCP_SUITE_NO_SUCH_VARIABLE is not set"],
    ];
    for (const [args, env, message] of cases) {
      const { status, stderr } = runBin(args, env);
      expect(status, `${args.join(" ")}: ${stderr}`).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});

describe("--mock-state FILE", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(resolve(project(), "mcp-suite-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("keeps a Space created in one run for the next run", async () => {
    const ops = workflowOperations();
    const stateFile = resolve(scratch, "mock-state.json");
    const owner = "mcp-state-file";
    const name = "Kept across runs";
    const first = await connectStdio(["--mock", "--mock-state", stateFile]);
    let created;
    try {
      created = expectValidSuccess(ops.create, await call(first.client, ops.create, { [ops.owner]: owner, name }));
    } finally {
      await first.close();
    }
    const itemField = ops.get.parameters.find((p) => p.name === ops.identity)?.itemField ?? ops.identity;
    const at = { [ops.owner]: owner, [ops.identity]: created[itemField] };
    const second = await connectStdio(["--mock", "--mock-state", stateFile]);
    try {
      await waitFor(second.stderr, /over stdio/, "the ready line");
      expect(second.stderr()).toContain(`(state in ${stateFile})`);
      expect(expectValidSuccess(ops.get, await call(second.client, ops.get, at)).name).toBe(name);
    } finally {
      await second.close();
    }
    // Without the file, the same number is not that Space: the state came from the file.
    const fresh = await connectStdio(["--mock"]);
    try {
      const got = await call(fresh.client, ops.get, at);
      expect(got.isError ? undefined : (got.structuredContent as { name?: string }).name).not.toBe(name);
    } finally {
      await fresh.close();
    }
  });
});
