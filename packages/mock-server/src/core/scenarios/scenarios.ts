// The mock's scenarios, as its pipeline's steps and control endpoints see them: the rules in force
// (and those it started with, which reset brings back with their counts whole), and seeded chaos.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { randomInt } from "node:crypto";
import type { Documented } from "../../engine/prism-engine.js";
import { Chaos, chaosSettings } from "./chaos.js";
import { RulesError } from "./rule-checks.js";
import { checkRules, type CheckedRule } from "./rule-document.js";
import { RuleSet } from "./rule-set.js";

export interface Scenarios {
  /** The rules in force and their counts. */
  rules: RuleSet;
  /** Replaces the rules in force with a document's (counts whole), or throws a RulesError naming the rule and field, the rules unchanged. */
  load(document: unknown): void;
  /** The rules the mock started with, counts whole; chaos from its first draw. */
  reset(): void;
  chaos: Chaos | undefined;
}

export interface ScenarioOptions {
  rules?: unknown;
  chaos?: unknown;
}

export function scenarios(
  options: ScenarioOptions,
  operations: ModelOperation[],
  documented: (operation: ModelOperation) => Documented[],
  log: (line: string) => void,
): Scenarios {
  const check = (document: unknown) => checkRules(document, operations, documented);
  let initial: readonly CheckedRule[] = [];
  try {
    if (options.rules !== undefined) initial = check(options.rules);
  } catch (cause) {
    throw cause instanceof RulesError ? new RulesError(`rules: ${cause.message}`) : cause;
  }
  const seeded =
    options.chaos === undefined
      ? undefined
      : chaosSettings(
          options.chaos,
          operations.map((o) => o.operationId),
          () => randomInt(2 ** 32 - 1),
        );
  if (seeded && (options.chaos as { seed?: unknown }).seed === undefined)
    // Said at start, so that a failing run can be replayed with the same seed.
    log(`chaos: rate ${seeded.rate}, seed ${seeded.seed} (picked at start; pass it as the seed to replay this run)`);
  const state: Scenarios = {
    rules: new RuleSet(initial),
    load: (document) => void (state.rules = new RuleSet(check(document))),
    reset() {
      state.rules = new RuleSet(initial);
      state.chaos?.restart();
    },
    chaos: seeded && new Chaos(seeded),
  };
  return state;
}
