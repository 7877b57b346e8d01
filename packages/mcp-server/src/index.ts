// The package's public surface: README.md's "Use it as a library" section shows each name here.
export { createCopilotSpacesMcpServer, selectTools, toolOf, type CopilotSpacesMcpServerOptions, type ToolSelection } from "./server.js";
export { startHttpDoor, MCP_PATH, MAX_SESSIONS, SESSION_IDLE_MS, type HttpDoorOptions, type McpHttpServer } from "./http-door.js";
export { LineTransport } from "./stdio-transport.js";
export { toolEntries, toolsets } from "./generated/tools.js";
export type { JsonSchema, ToolEntry, Toolset } from "./tool-entry.js";
export { VERSION } from "./version.js";
