// Which recorded answer a request gets: the recordings of its operation with the same path parameters, the same
// query (names and values, in any order) and the same body (JSON compared by value, key order aside; no body
// matches no body only). Several answers recorded for one request are served in recorded order, and the last one
// again from then on, as Polly's and VCR's replays do (a list read before and after a create gets both pages).
import { CREDENTIAL_PARAMS } from "../core/rules/http-rules.js";
import type { Recorded } from "./load.js";

/** A request as the replay compares it. */
export interface Asked {
  operationId: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The body as sent ("" for none). */
  text: string;
}

export interface Replay {
  /** The recorded answer for the request, its turn taken; or the closest recording of its operation and how it differs. */
  take(asked: Asked): { recorded: Recorded } | { closest: string | undefined };
  /** Every request's turn back to its first recording (as the mock's reset). */
  reset(): void;
  readonly size: number;
}

export function replayOf(recordings: Recorded[]): Replay {
  const byKey = new Map<string, Recorded[]>();
  for (const recorded of recordings) {
    const key = keyOf(askedOf(recorded));
    byKey.set(key, [...(byKey.get(key) ?? []), recorded]);
  }
  const turns = new Map<string, number>();
  return {
    size: recordings.length,
    take(asked) {
      const key = keyOf(asked);
      const answers = byKey.get(key);
      if (!answers) return { closest: closest(recordings, asked) };
      const turn = turns.get(key) ?? 0;
      turns.set(key, turn + 1);
      return { recorded: answers[Math.min(turn, answers.length - 1)]! };
    },
    reset: () => turns.clear(),
  };
}

function askedOf(r: Recorded): Asked {
  return { operationId: r.operation.operationId, params: r.params, query: r.url.searchParams, text: r.requestText };
}

function keyOf(asked: Asked): string {
  return JSON.stringify([asked.operationId, sorted(Object.entries(asked.params)), queryPairs(asked.query), bodyKey(asked.text)]);
}

const sorted = (pairs: [string, string][]) => pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
const queryPairs = (query: URLSearchParams) => sorted([...query].filter(([name]) => !CREDENTIAL_PARAMS.has(name)));

/** The body compared by value: JSON with its keys in order, other text as it is, none as null. */
function bodyKey(text: string): unknown {
  if (text === "") return null;
  try {
    return ["json", canonical(JSON.parse(text))];
  } catch {
    return ["text", text];
  }
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** The recording of the same operation that differs least, as "<file> entry N differs: …", or undefined when the operation has none. */
function closest(recordings: Recorded[], asked: Asked): string | undefined {
  let best: { recorded: Recorded; differences: string[] } | undefined;
  for (const recorded of recordings) {
    if (recorded.operation.operationId !== asked.operationId) continue;
    const differences = differencesOf(askedOf(recorded), asked);
    if (!best || differences.length < best.differences.length) best = { recorded, differences };
  }
  if (!best) return undefined;
  return `${best.recorded.file} entry ${best.recorded.entry} differs: ${best.differences.join("; ")}`;
}

function differencesOf(recorded: Asked, asked: Asked): string[] {
  const out: string[] = [];
  const say = (value: string | undefined) => (value === undefined ? "none" : JSON.stringify(value));
  for (const name of new Set([...Object.keys(recorded.params), ...Object.keys(asked.params)])) {
    if (recorded.params[name] !== asked.params[name])
      out.push(`path parameter ${name}: recorded ${say(recorded.params[name])}, asked ${say(asked.params[name])}`);
  }
  const [was, is] = [queryPairs(recorded.query), queryPairs(asked.query)];
  for (const name of new Set([...was, ...is].map(([n]) => n))) {
    const values = (pairs: [string, string][]) => pairs.filter(([n]) => n === name).map(([, v]) => v);
    const [a, b] = [values(was), values(is)];
    if (a.join("\n") !== b.join("\n")) out.push(`query ${name}: recorded ${say(a.join(",") || undefined)}, asked ${say(b.join(",") || undefined)}`);
  }
  if (JSON.stringify(bodyKey(recorded.text)) !== JSON.stringify(bodyKey(asked.text)))
    out.push(recorded.text === "" ? "a body was sent, none recorded" : asked.text === "" ? "no body was sent, one was recorded" : "the body differs");
  return out;
}
