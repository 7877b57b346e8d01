// Seeded chaos: a fraction of the requests (in scope) meet a network fault, a delay or one of GitHub's
// transient statuses, picked by a small seeded generator, so that the same seed and the same order of
// requests give the same injections into the same requests, run after run.
import type { Fault } from "../rules/faults.js";
import { MAX_WAIT_MS, NETWORK_FAULTS, type NetworkFault } from "../injections/injection.js";
import { isObject, kind, RulesError, whole } from "./rule-checks.js";
import { mulberry32 } from "../seeded-random.js";

/**
 * What chaos may inject: a network fault, a delay, or a transient status as GitHub sends it — "403" and
 * "429" a secondary rate limit (GitHub answers one with either, with `retry-after`), "500", "502", "503"
 * a server error (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 */
export const CHAOS_KINDS = [...NETWORK_FAULTS, "delay", "403", "429", "500", "502", "503"] as const;
export type ChaosKind = (typeof CHAOS_KINDS)[number];
/** All but `hang`: a client without a timeout would wait for a hung answer until the mock closes, so it is asked for by name. */
export const DEFAULT_CHAOS_KINDS: readonly ChaosKind[] = CHAOS_KINDS.filter((k) => k !== "hang");
const DEFAULT_DELAY_MS: [number, number] = [50, 500];
const MAX_SEED = 2 ** 32 - 1;

export interface ChaosOptions {
  /** The fraction of requests (in scope) that meet something, from 0 to 1. */
  rate: number;
  /** A whole number from 0 to 2^32 - 1; default: one picked at start, and logged so that the run can be replayed. */
  seed?: number;
  /** Only these operationIds; default: every operation. */
  operations?: string[];
  /** What may be injected; default every kind but `hang`. */
  faults?: ChaosKind[];
  /** A delay's range in ms, [min, max]; default [50, 500]. */
  delayMs?: [number, number];
}

export interface ChaosSettings {
  rate: number;
  seed: number;
  operations: string[] | undefined;
  faults: ChaosKind[];
  delayMs: [number, number];
}

export type ChaosPick = { kind: "delay"; ms: number } | { kind: "fault"; fault: NetworkFault } | { kind: "status"; fault: Fault };

const FIELDS = ["rate", "seed", "operations", "faults", "delayMs"];

/** The `chaos` option checked, or a RulesError naming the field and the rule; the seed picked when none is given. */
export function chaosSettings(value: unknown, operationIds: string[], pickSeed: () => number): ChaosSettings {
  if (!isObject(value)) throw new RulesError(`chaos: expected an object { rate, seed?, operations?, faults?, delayMs? }, got ${kind(value)}`);
  const unknown = Object.keys(value).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) throw new RulesError(`chaos.${unknown}: unknown field; chaos takes ${FIELDS.join(", ")}`);
  const { rate, operations, faults, delayMs } = value;
  if (typeof rate !== "number" || !(rate >= 0 && rate <= 1)) throw new RulesError(`chaos.rate: expected a fraction from 0 to 1, got ${JSON.stringify(rate)}`);
  const seed = whole(value.seed, "chaos.seed", 0, MAX_SEED, "the seed of a run to replay") ?? pickSeed();
  const scope = operations === undefined ? undefined : names(operations, "chaos.operations", operationIds, "an operation of the description");
  const kinds = faults === undefined ? [...DEFAULT_CHAOS_KINDS] : (names(faults, "chaos.faults", CHAOS_KINDS, "a kind of chaos") as ChaosKind[]);
  let range = DEFAULT_DELAY_MS;
  if (delayMs !== undefined) {
    if (!Array.isArray(delayMs) || delayMs.length !== 2) throw new RulesError(`chaos.delayMs: expected [min, max] in ms, got ${JSON.stringify(delayMs)}`);
    const min = whole(delayMs[0], "chaos.delayMs[0]", 0, MAX_WAIT_MS, "ms")!;
    const max = whole(delayMs[1], "chaos.delayMs[1]", min, MAX_WAIT_MS, "ms, not less than the min")!;
    range = [min, max];
  }
  return { rate, seed, operations: scope, faults: kinds, delayMs: range };
}

function names(value: unknown, at: string, known: readonly string[], what: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new RulesError(`${at}: expected a list of names, at least one, got ${JSON.stringify(value)}`);
  for (const [i, name] of value.entries())
    if (typeof name !== "string" || !known.includes(name))
      throw new RulesError(`${at}[${i}]: ${JSON.stringify(name)} is not ${what}; known: ${known.join(", ")}`);
  return [...new Set(value as string[])];
}

/** The draws of one run: each request in scope takes three numbers, whether or not it meets anything, so one request's fate never shifts another's. */
export class Chaos {
  #next: () => number;
  #drawn = 0;

  constructor(readonly settings: ChaosSettings) {
    this.#next = mulberry32(settings.seed);
  }

  /** Requests in scope so far. */
  get drawn(): number {
    return this.#drawn;
  }

  inScope(operationId: string): boolean {
    return this.settings.operations === undefined || this.settings.operations.includes(operationId);
  }

  /** What the next request in scope meets, if anything. */
  draw(): ChaosPick | undefined {
    this.#drawn++;
    const [hit, which, amount] = [this.#next(), this.#next(), this.#next()];
    const { rate, faults, delayMs } = this.settings;
    if (hit >= rate) return undefined;
    const picked = faults[Math.floor(which * faults.length)]!;
    switch (picked) {
      case "delay":
        return { kind: "delay", ms: delayMs[0] + Math.floor(amount * (delayMs[1] - delayMs[0] + 1)) };
      case "403":
      case "429":
        return { kind: "status", fault: { kind: "secondary-rate-limit", status: Number(picked) as 403 | 429, retryAfter: undefined } };
      case "500":
      case "502":
      case "503":
        return { kind: "status", fault: { kind: "server-error", status: Number(picked) as 500 | 502 | 503 } };
      default:
        return { kind: "fault", fault: picked };
    }
  }

  /** Back to the first draw (the mock's reset), so that a test can replay the run in the same process. */
  restart(): void {
    this.#next = mulberry32(this.settings.seed);
    this.#drawn = 0;
  }
}
