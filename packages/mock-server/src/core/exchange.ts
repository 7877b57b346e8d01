// What the pipeline's steps share: the mock (set up once, from the bundle) and the exchange (one per
// request, filled in by the steps in the order a request meets them).
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import type { Engine, EngineRequest } from "../engine/prism-engine.js";
import type { SpaceStore, StoreRoute } from "../store/store.js";
import type { Call } from "./call.js";
import type { ApiVersions, OperationFacts } from "./description.js";
import type { ExampleAnswers } from "./example-answers.js";
import type { GitHubErrors } from "./github-errors.js";
import type { ListOperation } from "./paging/pagination.js";
import type { Choice, Preferences } from "./rules/prefer.js";
import type { TokenGrants } from "./rules/tokens.js";
import type { Admission, Budgets } from "./traffic/budgets.js";
import type { MockClock } from "./traffic/clock.js";
import type { State } from "./steps/control.js";
import type { Injection } from "./injections/injection.js";
import type { LatencyPlan } from "./injections/latency.js";
import type { Journal, JournalProblem, NearMiss } from "./journal/journal.js";
import type { Scenarios } from "./scenarios/scenarios.js";
import type { Replay } from "../cassettes/replay.js";

/** The stateful mock: the store, the operations it answers, and how its writes are kept. */
export interface Stateful {
  store: SpaceStore;
  routes: Map<ModelOperation, StoreRoute>;
  /** Saves the state to the state file, if there is one. */
  persist: () => void;
  /** Runs writes one after the other. */
  serially: <T>(task: () => Promise<T>) => Promise<T>;
  /** Seeds the store again as it started (from a recording), after a reset. */
  reseed?: () => void;
}

export interface MockContext {
  engine: Engine;
  facts: Map<ModelOperation, OperationFacts>;
  versions: ApiVersions;
  /** The paged lists, by path template. */
  lists: Map<string, ListOperation>;
  errors: GitHubErrors;
  examples: ExampleAnswers;
  dynamic: boolean;
  /** The tokens a test narrowed or revoked (replaced by PUT /__mock/tokens and setTokens), those it started with, and every scope the description names. */
  tokens: { grants: TokenGrants; initial: TokenGrants; everyScope: string[] };
  stateful: Stateful | undefined;
  state: State | undefined;
  /** The mock's clock, and each token's rate-limit budgets (undefined when `rateLimit: false`). */
  clock: MockClock;
  budgets: Budgets | undefined;
  /** What the mock received, newest last (size 0 when the `journal` option switches it off). */
  journal: Journal;
  /** The test's rules (replaced by PUT /__mock/rules and setRules) and seeded chaos. */
  scenarios: Scenarios;
  /** Draws the latency of a routed request from the `latency` options, or undefined where none applies. */
  latency: LatencyPlan | undefined;
  /** The recordings a replay serves, and whether a request none matches gets a 404 (`replayStrict`). */
  replay: { recordings: Replay; strict: boolean } | undefined;
}

/** A request on its way through the steps, before it is routed. */
export interface Exchange {
  call: Call;
  requestId: string;
  /** Headers the steps add to whatever answer the request gets (the answer's own win). */
  headers: Record<string, string>;
  /** The request's place in its token's budgets, once admitted: freed when it is answered, given back for a 304. */
  admission?: Extract<Admission, { admitted: true }>;
  /** Delays, network faults and statuses injected into this request, in the order the steps noted them. */
  injected: Injection[];
  /** What the description's validator found wrong with the request, for the journal. */
  problems?: JournalProblem[];
  /** The closest operation and what did not match, for a request routed to none or found invalid. */
  nearMiss?: NearMiss;
}

/** A request routed to one of the description's operations; each step adds what it found. */
export interface RoutedExchange extends Exchange {
  operation: ModelOperation;
  facts: OperationFacts;
  /** The X-GitHub-Api-Version asked for, or null. */
  version: string | null;
  token: string;
  /** The body as sent ("" when the operation takes none). */
  text: string;
  preferences: Preferences;
  choice: Choice;
  /** The parsed body, where the operation takes one. */
  body: Record<string, unknown> | undefined;
  /** The request as the engine validates it. */
  input: EngineRequest;
}
