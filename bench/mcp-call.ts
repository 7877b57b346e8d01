// What the MCP layer adds to a call: the get-a-Space tool called by the SDK's Client over stdio (the
// built bin `copilot-spaces-mcp --mock`, a child process with the stateful mock in it), beside the
// client calling the same operation on an in-process stateful mock directly. To show where the
// difference goes, two more rows: the same server in this process over the SDK's in-memory transport
// (no pipe, no second process), with and without the SDK client's check of structuredContent against
// the tool's output schema. Every call is timed alone; the contenders take turns in rounds whose order
// rotates, so that the drift of this shared machine falls on all of them. The `--mock` child keeps the
// mock's rate limit (5,000 requests an hour, as GitHub's), which bounds --calls (about 4,500).
//
//   pnpm --filter @copilot-spaces/bench mcp-call [-- --rounds 10 --calls 2000]
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { createCopilotSpacesClient } from "@copilot-spaces/client";
import { createCopilotSpacesMcpServer, toolEntries } from "@copilot-spaces/mcp-server";
import { createMock } from "@copilot-spaces/mock-server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { numberOption, pathExamples } from "./servers.js";

const ROUNDS = numberOption("rounds", 10);
const CALLS = numberOption("calls", 2000);
const WARM_UP = 300;

const require = createRequire(import.meta.url);
// The bin as the package ships it (build first).
const mcpCli = resolve(dirname(require.resolve("@copilot-spaces/mcp-server")), "cli.js");

// The get-a-Space tool: a GET on an item path (it ends in a path parameter), not a list, with the fewest path parameters.
const tool = toolEntries
  .filter((t) => t.method === "GET" && !t.paging && /\}$/.test(t.path))
  .sort((a, b) => a.path.split("{").length - b.path.split("{").length)[0]!;
// Its arguments: the path parameters' examples, from the description.
const args = pathExamples(tool.path);

type Call = () => Promise<void>;

async function mcpClient(transport: Transport, validate = true) {
  const client = new Client({ name: "bench", version: "0" });
  await client.connect(transport);
  // A client lists the tools before it calls one; the SDK then checks each structuredContent against the output schema.
  if (validate) await client.listTools();
  const call: Call = async () => {
    const result = await client.callTool({ name: tool.name, arguments: args });
    if (result.isError || result.structuredContent === undefined) throw new Error(`${tool.name}: ${JSON.stringify(result.content)}`);
  };
  return { call, close: () => client.close() };
}

async function direct(): Promise<{ call: Call; close: () => Promise<void> }> {
  const mock = await createMock({ stateful: true });
  const github = createCopilotSpacesClient({ token: "mock-token", baseUrl: "http://copilot-spaces-mock.invalid", fetch: mock.fetch });
  const method = (github as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[tool.client.namespace]![tool.client.method]!;
  return {
    call: async () => {
      const data = (await method(args)) as Node;
      if (typeof data !== "object" || data === null) throw new Error(`${tool.operationId}: no body`);
    },
    close: () => mock.close(),
  };
}

async function inProcess(validate: boolean) {
  const mock = await createMock({ stateful: true });
  const github = createCopilotSpacesClient({ token: "mock-token", baseUrl: "http://copilot-spaces-mock.invalid", fetch: mock.fetch });
  const server = createCopilotSpacesMcpServer({ client: github });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const { call, close } = await mcpClient(clientSide, validate);
  return {
    call,
    close: async () => {
      await close();
      await server.close();
      await mock.close();
    },
  };
}

const contenders: [string, () => Promise<{ call: Call; close: () => Promise<void> }>][] = [
  ["client, direct (in-process mock)", direct],
  [
    "MCP tool over stdio (child `--mock`)",
    () => mcpClient(new StdioClientTransport({ command: process.execPath, args: [mcpCli, "--mock"], stderr: "ignore" })),
  ],
  ["MCP tool in-process (in-memory transport)", () => inProcess(true)],
  ["  … without the output-schema check", () => inProcess(false)],
];

const running = await Promise.all(contenders.map(([, open]) => open()));
const samples: number[][] = contenders.map(() => []);
try {
  for (const { call } of running) for (let i = 0; i < WARM_UP; i++) await call();
  const perRound = Math.ceil(CALLS / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < running.length; k++) {
      const i = (round + k) % running.length;
      const { call } = running[i]!;
      for (let n = 0; n < perRound; n++) {
        const started = performance.now();
        await call();
        samples[i]!.push(performance.now() - started);
      }
    }
  }
} finally {
  await Promise.all(running.map(({ close }) => close()));
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const stats = samples.map((values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), p99: quantile(sorted, 0.99), mean: values.reduce((a, b) => a + b, 0) / values.length };
});
const ms = (value: number) => value.toFixed(3);
const base = stats[0]!;
console.log(`\n${tool.name} (${tool.method} ${tool.path}), ${samples[0]!.length} calls each in ${ROUNDS} rounds after ${WARM_UP} to warm up; ms per call\n`);
console.log("| contender | p50 | p90 | p99 | mean | p50 beside direct | p99 beside direct |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [i, [name]] of contenders.entries()) {
  const s = stats[i]!;
  const beside = (a: number, b: number) => (i === 0 ? "" : `${a >= b ? "+" : ""}${ms(a - b)} (×${(a / b).toFixed(2)})`);
  console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p90)} | ${ms(s.p99)} | ${ms(s.mean)} | ${beside(s.p50, base.p50)} | ${beside(s.p99, base.p99)} |`);
}
const added = stats[1]!.p50 - base.p50;
console.log(`\nThe MCP layer over stdio adds ${ms(added)} ms at p50 (target: ≤ 1 ms): ${added <= 1 ? "met" : "missed"}.`);
