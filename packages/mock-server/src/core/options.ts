// What a user may set on a mock, whichever door it is reached through.
import type { ChaosOptions } from "./scenarios/chaos.js";
import type { RuleDocument } from "./scenarios/rule-document.js";
import type { Latency } from "./injections/latency.js";

export type { Latency };

export interface MockOptions {
  /** A bundle of the description to serve (JSON or YAML); default: the one `@copilot-spaces/openapi` ships. */
  specPath?: string;
  /** Data generated from the schemas instead of the description's examples. */
  dynamic?: boolean;
  /** Where each request's log line goes (method, path, status, ms); default: nowhere. */
  log?: (line: string) => void;
  /** Remember creates, sets and deletes, per owner (see TESTING.md); default false: every answer is the description's. */
  stateful?: boolean;
  /** Stateful mode's caps: items per owner (default 10,000) and owners stored (default 1,000). */
  maxItemsPerOwner?: number;
  maxOwners?: number;
  /**
   * The mock's clock: `created_at` and `updated_at` in stateful mode, rate-limit windows, `Last-Modified`;
   * default: the system's. A test moves it on with POST /__mock/clock or `mock.advanceClock()`.
   */
  now?: () => Date;
  /** The login of the authenticated user, who creates items in stateful mode; default: the description's example creator. */
  user?: string;
  /**
   * Stateful mode, kept in this JSON file: loaded at start (a missing file starts from the seed; an
   * unreadable or invalid one is an error), and every answered write is in it before the answer leaves.
   */
  stateFile?: string;
  /**
   * Tokens narrowed or revoked, by token: `{ scopes: [...] }` (classic `ghp_`, OAuth app `gho_`),
   * `{ permissions: { "<name>": "read" | "write" } }` (fine-grained `github_pat_`, GitHub App `ghs_`,
   * `ghu_`) or `{ revoked: true }`. Any other token of a known kind is granted everything its kind can
   * do; a token of no known kind (`Bearer t`) may do anything.
   */
  tokens?: Record<string, { scopes: string[] } | { permissions: Record<string, "read" | "write"> } | { revoked: true }>;
  /**
   * GitHub's primary rate limit: requests per token in a window (default 5,000 an hour, as GitHub's for a
   * user token), counted down in `x-ratelimit-*` and answered with GitHub's 403 past it; `false` switches
   * every rate limit off (the headers then never count down).
   */
  rateLimit?: number | false;
  /** The primary budget's window, in ms; default 3,600,000 (an hour). */
  rateLimitWindowMs?: number;
  /**
   * GitHub's secondary limits per token, each a number or `false` for off: requests in flight at once
   * (default 100), writes a minute (80) and an hour (500); `false` switches all three off.
   */
  secondaryRateLimit?: false | { concurrent?: number | false; perMinute?: number | false; perHour?: number | false };
  /**
   * How many requests the journal keeps (`mock.requests()`, GET /__mock/requests), the oldest making room
   * for the newest; default 10,000; 0 switches the journal off.
   */
  journalSize?: number;
  /**
   * Scenarios: ordered rules that match requests (operationId, method, path, headers, query, body fields) and
   * answer a documented status or example, one of GitHub's transient statuses, a delay or a network fault, for
   * the first `times` matches or always (TESTING.md, "Scenarios: rules"). Checked at start: a bad rule is an error
   * naming its index and field. `POST /__mock/reset` and `reset()` bring these back with their counts whole.
   */
  rules?: RuleDocument;
  /**
   * Seeded chaos: a `rate` (0 to 1) of the requests meet a network fault, a delay or a transient status, the same
   * ones for the same `seed` and order of requests (TESTING.md, "Chaos"). Without a seed, one is picked and logged.
   */
  chaos?: ChaosOptions;
  /**
   * The network's time for every routed request, in ms: fixed (`100`), uniform (`"50-200"`, `{ min, max }`)
   * or percentiles (`"p50=20,p95=200,p99=800"`, `{ p50: 20, p99: 800 }`); drawn with Math.random for each
   * request, waited out before the answer leaves, and noted in the journal (`injected`, source "latency").
   */
  latency?: Latency;
  /** A latency per operationId, in place of `latency` for that operation; an operationId the description lacks is refused. */
  latencyByOperation?: Record<string, Latency>;
  /**
   * Replay (TESTING.md, "Replay"): a cassette (`.har`) or a directory of them, checked against the description at
   * start. A request a recording matches (operation, path parameters, query, body) gets its recorded answer,
   * several in recorded order and then the last again; any other gets the mock's usual answer.
   */
  replay?: string;
  /** With `replay`: a request no recording matches gets a 404 naming the closest recording, not the usual answer. */
  replayStrict?: boolean;
  /** Stateful mode starts from the items recorded answers held (gets, list pages, creates, sets; deletes remove): a cassette or a directory. */
  seedFromRecording?: string;
}
