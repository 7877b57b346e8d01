// The mock's own endpoints, outside GitHub's namespace, in stateless and stateful mode alike: reset
// the mock, replace its token table (PUT /__mock/tokens), move its clock on (POST /__mock/clock), refill
// the rate-limit budgets (POST /__mock/rate-limits/reset), read and empty the request journal (GET and
// DELETE /__mock/requests), read and replace the rules (GET and PUT /__mock/rules), read chaos's seed and
// draws (GET /__mock/chaos), and in stateful mode read and load its state as a snapshot (GET and PUT
// /__mock/state). No token is needed. Requests to these endpoints are not journalled (core.ts).
import { SnapshotError, type SeedInput, type Snapshot } from "../../store/store.js";
import type { Answer } from "../answer.js";
import type { Exchange, MockContext } from "../exchange.js";
import { error } from "../github-errors.js";
import { parseGrants } from "../rules/tokens.js";
import { filterOfQuery } from "../journal/filter.js";
import { JOURNAL_OFF } from "../journal/journal.js";
import { RulesError } from "../scenarios/rule-checks.js";

export const CONTROL_PREFIX = "/__mock/";
/** A snapshot of 10,000 Spaces in each of a few owners is tens of MB. */
const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;
const MAX_TOKENS_BYTES = 1024 * 1024;
const MAX_RULES_BYTES = 1024 * 1024;

/** The stateful mock's state, as the core lets its doors change it (each change saved to the state file). */
export interface State {
  reset(): void;
  snapshot(): Snapshot;
  restore(snapshot: unknown): void;
  /** mock.seed(): an owner's collection replaced (store/seed.ts). */
  seed(input: SeedInput): void;
}

export function control(x: Exchange, mock: MockContext): Promise<Answer> | undefined {
  return x.call.url.pathname.startsWith(CONTROL_PREFIX) ? answer(x.call, mock) : undefined;
}

/**
 * Back to how the mock started: its tokens, whole budgets, an empty journal, and in stateful mode its seed.
 * Its clock stays where it is: time that went back would put answers given before in the future.
 */
export function resetMock({ tokens, budgets, state, journal, scenarios, replay }: MockContext): void {
  replay?.recordings.reset();
  tokens.grants = tokens.initial;
  budgets?.reset();
  journal.clear();
  scenarios.reset();
  state?.reset();
}

const ENDPOINTS =
  "POST /__mock/reset, PUT /__mock/tokens, POST /__mock/clock, POST /__mock/rate-limits/reset, GET and DELETE /__mock/requests, GET and PUT /__mock/rules, GET /__mock/chaos, GET and PUT /__mock/state";

/** The description's operationIds, which a journal filter may name. */
export function operationIdsOf(mock: Pick<MockContext, "facts">): ReadonlySet<string> {
  return new Set([...mock.facts.keys()].map((operation) => operation.operationId));
}
const MAX_CLOCK_BYTES = 1024;

async function answer(call: Exchange["call"], mock: MockContext): Promise<Answer> {
  const what = `${call.method} ${call.url.pathname}`;
  const { state: store, errors, tokens, budgets } = mock;
  switch (what) {
    case "POST /__mock/reset":
      call.discardBody();
      resetMock(mock);
      return { status: 204 };
    case "POST /__mock/rate-limits/reset":
      call.discardBody();
      budgets?.reset();
      return { status: 204 };
    case "POST /__mock/clock":
      return advanceClock(call, mock);
    case "GET /__mock/requests":
      call.discardBody();
      return journal(call, mock);
    case "DELETE /__mock/requests": {
      call.discardBody();
      // A filter here would read as "delete these", yet the whole journal would go: refused, naming it.
      const [name] = call.url.searchParams.keys();
      if (name !== undefined)
        return error(400, `DELETE /__mock/requests takes no filters; it empties the journal (got the query parameter ${JSON.stringify(name)})`);
      mock.journal.clear();
      return { status: 204 };
    }
    case "PUT /__mock/tokens": {
      const read = await readJson(call, MAX_TOKENS_BYTES, "The token table", errors);
      if (!read.ok) return read.answer;
      return applied(() => void (tokens.grants = parseGrants(read.value, "tokens")), "Invalid token table, tokens unchanged");
    }
    case "GET /__mock/rules":
    case "PUT /__mock/rules":
    case "GET /__mock/chaos":
      return scenarioEndpoint(what, call, mock);
    case "GET /__mock/state":
    case "PUT /__mock/state":
      if (!store) {
        call.discardBody();
        return error(404, `${call.url.pathname} is for a stateful mock: start it with --stateful (stateful: true)`);
      }
      return what === "GET /__mock/state" ? { status: 200, body: store.snapshot() } : restore(call, store, errors);
    default:
      call.discardBody();
      return error(404, `${what} is not one of the mock's endpoints: ${ENDPOINTS}`);
  }
}

/** `{"requests": [...]}`, oldest first, narrowed by the query's filters; a 400 naming a bad one. */
function journal(call: Exchange["call"], mock: MockContext): Answer {
  if (mock.journal.size === 0) return error(404, `GET /__mock/requests: ${JOURNAL_OFF}`);
  try {
    const operationIds = operationIdsOf(mock);
    // The description's operationIds too, so that a test reading the journal over HTTP (fetchJournal) checks an operationId as the mock does.
    return { status: 200, body: { requests: mock.journal.list(filterOfQuery(call.url.searchParams, operationIds)), operationIds: [...operationIds] } };
  } catch (cause) {
    if (!(cause instanceof RangeError || cause instanceof TypeError)) throw cause;
    return error(400, `GET /__mock/requests: ${cause.message}`);
  }
}

/** The rules in force with their counts (GET), rules replaced (PUT: 204, or a 400 naming the rule and field), chaos's settings and draws. */
async function scenarioEndpoint(what: string, call: Exchange["call"], { scenarios, errors }: MockContext): Promise<Answer> {
  if (what === "PUT /__mock/rules") {
    const read = await readJson(call, MAX_RULES_BYTES, "The rules document", errors);
    if (!read.ok) return read.answer;
    return applied(() => scenarios.load(read.value), "Invalid rules, rules unchanged", RulesError);
  }
  call.discardBody();
  if (what === "GET /__mock/rules") return { status: 200, body: { rules: scenarios.rules.standing() } };
  const { chaos } = scenarios;
  return { status: 200, body: chaos ? { ...chaos.settings, drawn: chaos.drawn } : { rate: 0 } };
}

/** `{"advanceMs": N}`: the mock's time moves on by N ms; the answer says the time it now is. */
async function advanceClock(call: Exchange["call"], { clock, errors }: MockContext): Promise<Answer> {
  const read = await readJson(call, MAX_CLOCK_BYTES, 'The clock request (send {"advanceMs": N})', errors);
  if (!read.ok) return read.answer;
  const body = read.value;
  const extra = body !== null && typeof body === "object" ? Object.keys(body).filter((key) => key !== "advanceMs") : [];
  if (extra.length > 0) return error(400, `POST /__mock/clock: unknown field "${extra[0]}"; send {"advanceMs": N}`);
  const refused = applied(() => clock.advance((body as { advanceMs?: unknown } | null)?.advanceMs as number), "POST /__mock/clock");
  return refused.status === 204 ? { status: 200, body: { now: new Date(clock.now()).toISOString() } } : refused;
}

async function restore(call: Exchange["call"], store: State, errors: MockContext["errors"]): Promise<Answer> {
  const read = await readJson(call, MAX_SNAPSHOT_BYTES, "The snapshot", errors);
  if (!read.ok) return read.answer;
  return applied(() => store.restore(read.value), "Invalid snapshot, state unchanged", SnapshotError);
}

/** The control request's body as JSON, or the answer to a body too large, cut off or not JSON. */
async function readJson(
  call: Exchange["call"],
  limit: number,
  what: string,
  errors: MockContext["errors"],
): Promise<{ ok: true; value: unknown } | { ok: false; answer: Answer }> {
  const read = await call.readBody(limit);
  if (!read.ok) return { ok: false, answer: error(read.reason === "too-large" ? 413 : 400, `${what} is too large or was cut off.`) };
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch {
    return { ok: false, answer: errors.problemsParsingJson() };
  }
}

/** 204 once `change` is made, or a 400 saying why it was refused (only errors of `kind`, where given: others are bugs). */
function applied(change: () => void, refusal: string, kind?: new (...args: never[]) => Error): Answer {
  try {
    change();
  } catch (cause) {
    if (kind && !(cause instanceof kind)) throw cause;
    return error(400, `${refusal}: ${(cause as Error).message}`);
  }
  return { status: 204 };
}
