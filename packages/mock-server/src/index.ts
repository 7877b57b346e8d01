// @copilot-spaces/mock-server: the mock's core behind two doors, a `fetch` (createMock) and an HTTP
// server (startMockServer; the CLI runs one).
export {
  createMock,
  type ChaosKind,
  type ChaosOptions,
  type CreateMockOptions,
  type JournalEntry,
  type JournalFilter,
  type Mock,
  type MockOptions,
  type Rule,
  type RuleDocument,
  type RuleStanding,
  type SeedData,
  type SeedOwner,
  type Snapshot,
} from "./doors/fetch.js";
export { createFixtures, fixtures, type FixtureBuilders, type Fixtures, type FixturesOptions } from "./fixtures/fixtures.js";
export { SeedError } from "./store/store.js";
export type { JournalProblem, NearMiss } from "./core/journal/journal.js";
export { RulesError } from "./core/scenarios/rule-checks.js";
export { CassetteError } from "./cassettes/load.js";
export { DEFAULT_HOST, DEFAULT_PORT, startMockServer, type MockServer, type MockServerOptions } from "./doors/http-server.js";
export type { Latency } from "./core/options.js";
export { startProxy, type Proxy } from "./proxy/proxy.js";
export { DEFAULT_PROXY_PORT, type ProxyOptions } from "./proxy/proxy-options.js";
export {
  ContractUsageError,
  runLiveContract,
  summaryOf,
  type LeftBehind,
  type LiveContractOptions,
  type LiveContractResult,
} from "./contract/run.js";
export { ViolationReport, type CountedViolation, type OperationTally, type ReportJson } from "./conformance/report.js";
export type { ContractViolation, Rule as ContractRule } from "./conformance/violation.js";
