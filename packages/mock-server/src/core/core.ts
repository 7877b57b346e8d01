// The mock's core: a Call in, a Reply out. It holds GitHub's rules as a pipeline of steps
// (pipeline.ts) over Prism's engine in this process (engine/), and the store in stateful mode. The
// doors (the HTTP server and the CLI over it, the `fetch` of createMock) only translate their
// requests into Calls.
import { randomUUID } from "node:crypto";
import { toReply } from "./answer.js";
import type { Call, Reply } from "./call.js";
import { error } from "./github-errors.js";
import { API_VERSION_HEADER } from "./rules/http-rules.js";
import { inFlight } from "./in-flight.js";
import type { MockOptions } from "./options.js";
import { runPipeline } from "./pipeline.js";
import { parseGrants } from "./rules/tokens.js";
import { setUp } from "./setup.js";
import type { State } from "./steps/control.js";

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
  /** Refuses later calls, and resolves once the calls in flight are answered or `timeoutMs` has passed. */
  close(timeoutMs: number): Promise<void>;
}

export async function createCore(options: MockOptions = {}): Promise<Core> {
  const mock = await setUp(options);
  let closed = false;
  const calls = inFlight();

  async function handle(call: Call): Promise<Reply> {
    if (closed) throw new Error("This mock is closed: createMock() makes a new one.");
    const started = performance.now();
    const requestId = randomUUID().toUpperCase();
    const asked = call.header(API_VERSION_HEADER);
    const context = {
      method: call.method,
      requestId,
      nowMs: mock.clock.now(),
      version: asked !== null && mock.versions.supported.includes(asked) ? asked : mock.versions.default,
    };
    const work = runPipeline(call, requestId, mock)
      .then((answer) => toReply(answer, context))
      .catch((cause: unknown) => {
        // A bug of the mock, never the caller's: said in GitHub's shape, and the mock goes on serving.
        log(`mock error on ${call.method} ${call.url.pathname}: ${describe(cause)}`);
        return toReply(error(500, `Mock server error (a bug of the mock, not of your request; request ID ${requestId}).`), context);
      });
    const reply = await calls.track(work);
    log(`${call.method} ${call.url.pathname}${call.url.search} ${reply.status} ${Math.round(performance.now() - started)}ms`);
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
    get closed() {
      return closed;
    },
    async close(timeoutMs) {
      closed = true;
      await calls.drained(timeoutMs);
    },
  };
}

function describe(cause: unknown): string {
  const text = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
