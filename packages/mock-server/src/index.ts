// @copilot-spaces/mock-server: the mock's core behind two doors, a `fetch` (createMock) and an HTTP
// server (startMockServer; the CLI runs one).
export { createMock, type CreateMockOptions, type JournalEntry, type JournalFilter, type Mock, type MockOptions, type Snapshot } from "./doors/fetch.js";
export { DEFAULT_HOST, DEFAULT_PORT, startMockServer, type MockServer, type MockServerOptions } from "./doors/http-server.js";
export type { Latency } from "./core/options.js";
