export { DEFAULT_HOST, DEFAULT_PORT, startMockServer, type MockServer, type MockServerOptions } from "./start.js";
