// The mock's core: a Call in, a Reply out. It holds GitHub's rules as a pipeline of steps
// (pipeline.ts) over Prism's engine in this process (engine/), and the store in stateful mode. The
// doors (the HTTP server and the CLI over it, the `fetch` of createMock) only translate their
// requests into Calls.
import { randomUUID } from "node:crypto";
import { toReply, type Answer } from "./answer.js";
import type { Call, Reply } from "./call.js";
import { error } from "./github-errors.js";
import { API_VERSION_HEADER } from "./rules/http-rules.js";
import { inFlight } from "./in-flight.js";
import type { MockOptions } from "./options.js";
import { runPipeline } from "./pipeline.js";
import { parseGrants } from "./rules/tokens.js";
import { setUp } from "./setup.js";
import { CONTROL_PREFIX, operationIdsOf, resetMock, type State } from "./steps/control.js";
import type { Exchange, MockContext } from "./exchange.js";
import { delayOf, injectionsNote, NO_STATUS_FAULTS, transportOf } from "./injections/injection.js";
import { sleeper } from "./injections/sleeper.js";
import { recordOf, redactedSearch, withoutTokens } from "./journal/entry.js";
import type { JournalEntry, JournalFilter } from "./journal/journal.js";
import { checkFilter } from "./journal/filter.js";
import type { RuleStanding } from "./scenarios/rule-set.js";

export type { MockOptions };

export interface Core {
  /** Answers a call as GitHub would; rejects only once the core is closed. */
  handle(call: Call): Promise<Reply>;
  readonly closed: boolean;
  /** Stateful mode: back to the seed, the state as a snapshot, a snapshot loaded (each saved to the state file). */
  readonly state: State | undefined;
  /** Replaces the token table (as PUT /__mock/tokens does), or throws naming the entry and the rule, the table unchanged. */
  setTokens(table: unknown): void;
  /** Moves the mock's clock on (as POST /__mock/clock), or throws naming the rule. */
  advanceClock(ms: number): void;
  /** Every token's rate-limit budget whole again (as POST /__mock/rate-limits/reset). */
  resetRateLimits(): void;
  /** Back to how the mock started, in stateless and stateful mode alike (as POST /__mock/reset). */
  reset(): void;
  /** The journal's entries, oldest first, narrowed by the filter; a bad filter throws a RangeError naming its field. */
  requests(filter?: JournalFilter): JournalEntry[];
  /** Empties the journal. */
  clearRequests(): void;
  /** Replaces the rules in force (as PUT /__mock/rules), counts whole, or throws naming the rule and field, the rules unchanged. */
  setRules(document: unknown): void;
  /** The rules in force, each with how many requests it applied to and how many it still will (as GET /__mock/rules). */
  rules(): RuleStanding[];
  /** Ends the injected delays now (a closing door must not wait out a test's long delay). */
  endDelays(): void;
  /** Refuses later calls, and resolves once the calls in flight are answered or `timeoutMs` has passed. */
  close(timeoutMs: number): Promise<void>;
}

/** How a request is answered: the mock's pipeline, or another (the proxy's forwards it: proxy/proxy-pipeline.ts). */
export type Pipeline = (exchange: Exchange, mock: MockContext) => Promise<Answer>;

export async function createCore(options: MockOptions = {}, pipeline: Pipeline = runPipeline): Promise<Core> {
  const mock = await setUp(options);
  let closed = false;
  const calls = inFlight();
  // Injected delays end early when the mock closes, so that close() is never held up by one.
  const sleeping = sleeper();

  const tokenHashes = new Map<string, string>();

  async function handle(call: Call): Promise<Reply> {
    if (closed) throw new Error("This mock is closed: createMock() makes a new one.");
    const started = performance.now();
    const arrivedMs = mock.clock.now();
    const requestId = randomUUID().toUpperCase();
    const asked = call.header(API_VERSION_HEADER);
    const context = {
      method: call.method,
      requestId,
      nowMs: arrivedMs,
      version: asked !== null && mock.versions.supported.includes(asked) ? asked : mock.versions.default,
    };
    const exchange: Exchange = { call, requestId, headers: {}, injected: [] };
    const work = pipeline(exchange, mock)
      .then((answer) => toReply(answer, context))
      .catch((cause: unknown) => {
        // A bug of the mock, never the caller's: said in GitHub's shape, and the mock goes on serving.
        log(withoutTokens(`mock error on ${call.method} ${call.url.pathname}: ${describe(cause)}`, tokenHashes));
        return toReply(error(500, `Mock server error (a bug of the mock, not of your request; request ID ${requestId}).`), context);
      })
      .then(async (reply) => {
        // What was injected: the delays waited out here, for every door alike; a network fault is the door's to play.
        const delay = delayOf(exchange.injected);
        if (delay > 0) await sleeping.sleep(delay);
        const transport = transportOf(exchange.injected);
        return transport ? { ...reply, transport } : reply;
      });
    const reply = await calls.track(work);
    const durationMs = performance.now() - started;
    // The mock's own endpoints are not journalled: reading the journal must not change it.
    if (!call.url.pathname.startsWith(CONTROL_PREFIX)) {
      const seq = mock.journal.nextSeq();
      // A fault that sends no status line: the client saw none, so neither does the journal (nor a status filter).
      const status = reply.transport && NO_STATUS_FAULTS.has(reply.transport.fault) ? null : reply.status;
      if (mock.journal.size > 0) mock.journal.record(recordOf(exchange, { seq, arrivedMs, status, durationMs }, tokenHashes));
    }
    // The query as the journal keeps it: a token sent as `?access_token=`, or token-shaped anywhere in the
    // path or the query, is not written to the log either. Made only when there is a log to write to.
    if (options.log) {
      const target = withoutTokens(`${call.url.pathname}${redactedSearch(call.url, tokenHashes)}`, tokenHashes);
      log(`${call.method} ${target} ${reply.status} ${Math.round(durationMs)}ms${injectionsNote(exchange.injected)}`);
    }
    return reply;
  }

  /** The user's log function; one that throws costs its line, not the answer. */
  function log(line: string): void {
    try {
      options.log?.(line);
    } catch {
      // nothing to do: the log is the user's
    }
  }

  return {
    handle,
    state: mock.state,
    setTokens: (table) => void (mock.tokens.grants = parseGrants(table, "setTokens")),
    advanceClock: (ms) => mock.clock.advance(ms),
    resetRateLimits: () => mock.budgets?.reset(),
    reset: () => resetMock(mock),
    requests: (filter) => mock.journal.list(checkFilter(filter, operationIdsOf(mock))),
    clearRequests: () => mock.journal.clear(),
    setRules: (document) => mock.scenarios.load(document),
    rules: () => mock.scenarios.rules.standing(),
    endDelays: () => sleeping.wake(),
    get closed() {
      return closed;
    },
    async close(timeoutMs) {
      closed = true;
      sleeping.wake();
      await calls.drained(timeoutMs);
    },
  };
}

function describe(cause: unknown): string {
  const text = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
