// The MCP server: the tools the options select, listed from the generated table and called through the
// Copilot Spaces client. A low-level `Server` of the official SDK, so that the description's JSON
// Schemas go to clients as they are (no translation through zod).
import type { CopilotSpacesClient } from "@copilot-spaces/client";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, type Tool } from "@modelcontextprotocol/sdk/types.js";
import { ToolCaller } from "./call-tool.js";
import { apiTitle, toolEntries, toolsets } from "./generated/tools.js";
import type { ToolEntry } from "./tool-entry.js";
import { VERSION } from "./version.js";

export interface ToolSelection {
  /** Only the tools whose verb is GET. */
  readOnly?: boolean;
  /** Only the tools of these toolsets (the description's tag names); default: all. */
  toolsets?: readonly string[];
}

export interface CopilotSpacesMcpServerOptions extends ToolSelection {
  /** The client the tools call through: its token, base URL, API version, retries and timeouts. */
  client: CopilotSpacesClient;
}

/** The tools a selection keeps, in the description's order; an unknown toolset is an error naming the known ones. */
export function selectTools(selection: ToolSelection = {}): ToolEntry[] {
  const known = toolsets.map((t) => t.name);
  for (const name of selection.toolsets ?? []) {
    if (!known.includes(name)) throw new RangeError(`toolsets: "${name}" is not a toolset of the description (its toolsets: ${known.join(", ")})`);
  }
  return toolEntries.filter(
    (tool) => (!selection.readOnly || tool.method === "GET") && (selection.toolsets === undefined || selection.toolsets.includes(tool.toolset)),
  );
}

/** A tool as tools/list gives it. */
export function toolOf(entry: ToolEntry): Tool {
  return {
    name: entry.name,
    title: entry.title,
    description: entry.description,
    inputSchema: entry.inputSchema as Tool["inputSchema"],
    ...(entry.outputSchema ? { outputSchema: entry.outputSchema as Tool["outputSchema"] } : {}),
    annotations: entry.annotations,
  };
}

/** Why a selection leaves a tool out, in the CLI's words. */
function whyOff(tool: ToolEntry, selection: ToolSelection): string {
  const reasons: string[] = [];
  if (selection.readOnly && tool.method !== "GET") reasons.push(`it is read-only (--read-only) and this tool is a ${tool.method}`);
  if (selection.toolsets && !selection.toolsets.includes(tool.toolset))
    reasons.push(`its toolset ${tool.toolset} is not among --toolsets ${selection.toolsets.join(",")}`);
  return reasons.join("; ");
}

/**
 * A JSON-RPC -32602 error. Not an McpError: its message already holds "MCP error -32602:", which the
 * SDK's client adds again.
 */
function invalidParams(message: string): Error {
  return Object.assign(new Error(message), { code: ErrorCode.InvalidParams });
}

/** What the server tells a client about its tools: the API, and each toolset it serves, in the description's words. */
function instructionsFor(tools: readonly ToolEntry[]): string {
  const served = toolsets.filter((set) => tools.some((tool) => tool.toolset === set.name));
  return [
    `Tools for the ${apiTitle}, one per operation of its OpenAPI description, by toolset:`,
    ...served.map((set) => `- ${set.title} (${set.name}): ${set.description}`),
    "List tools follow the list's pages up to max_items and say how to go on.",
  ].join("\n");
}

/** A new MCP server (connect it to a transport); each connection of the HTTP door gets its own. */
export function createCopilotSpacesMcpServer(options: CopilotSpacesMcpServerOptions): Server {
  const tools = selectTools(options);
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const listed = tools.map(toolOf);
  const caller = new ToolCaller(options.client);
  const server = new Server(
    { name: "copilot-spaces", title: "Copilot Spaces", version: VERSION },
    {
      capabilities: { tools: {} },
      instructions: instructionsFor(tools),
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: listed }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const tool = byName.get(request.params.name);
    if (!tool) {
      const off = toolEntries.find((entry) => entry.name === request.params.name);
      throw invalidParams(off ? `${off.name} is turned off in this server: ${whyOff(off, options)}` : `Unknown tool: ${request.params.name}`);
    }
    return caller.call(tool, request.params.arguments, extra.signal);
  });
  return server;
}
