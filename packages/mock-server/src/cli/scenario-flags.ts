// The scenario flags, read into the library's options: --rules FILE, --chaos RATE with --seed N,
// --chaos-operations ID,ID, --chaos-faults KIND,KIND and --chaos-delay MIN-MAX. What the flags can say
// wrong is said here, naming the flag; what only the description can judge (an operationId, a status)
// the library refuses at start, and `flagOf` turns its option's name back into the flag's.
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import type { MockOptions } from "../core/options.js";
import type { ChaosKind } from "../core/scenarios/chaos.js";
import { parseJsonText } from "./json-file.js";

export interface ScenarioFlags {
  rules?: string;
  chaos?: string;
  seed?: string;
  "chaos-operations"?: string;
  "chaos-faults"?: string;
  "chaos-delay"?: string;
}

export const SCENARIO_FLAGS = {
  rules: { type: "string" },
  chaos: { type: "string" },
  seed: { type: "string" },
  "chaos-operations": { type: "string" },
  "chaos-faults": { type: "string" },
  "chaos-delay": { type: "string" },
} as const;

export const SCENARIO_USAGE = `  --rules FILE       ordered rules: match requests, answer a status or example, delay, fault (JSON: { "rules": [ … ] })
  --chaos RATE       a fraction (0 to 1) of requests meet a network fault, a delay or a transient status
  --seed N           chaos's seed (0 to 4294967295): the same seed and request order, the same injections
                                                         default: one picked and printed at start
  --chaos-operations ID,ID    chaos only on these operationIds                 default: every operation
  --chaos-faults KIND,KIND    reset,hang,drip,truncate,empty,delay,403,429,500,502,503   default: all but hang
  --chaos-delay MIN-MAX       a chaos delay's range in ms                      default 50-500`;

/** The options the flags ask for and a line to print about chaos, or a message naming the flag and the rule. */
export function scenarioOptions(flags: ScenarioFlags): { options: Pick<MockOptions, "rules" | "chaos">; said?: string } | string {
  const options: Pick<MockOptions, "rules" | "chaos"> = {};
  if (flags.rules !== undefined) {
    let text: string;
    try {
      text = readFileSync(flags.rules, "utf8");
    } catch (error) {
      return `--rules: cannot read ${flags.rules}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`;
    }
    const parsed = parseJsonText(text);
    if ("reason" in parsed) return `--rules: ${flags.rules} is not valid JSON: ${parsed.reason}`;
    options.rules = parsed.value as MockOptions["rules"];
  }
  const rate = flags.chaos;
  if (rate === undefined) {
    const stray = (["seed", "chaos-operations", "chaos-faults", "chaos-delay"] as const).find((flag) => flags[flag] !== undefined);
    return stray ? `--${stray}: goes with --chaos RATE` : { options };
  }
  if (!/^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/.test(rate)) return `--chaos: expected a fraction of requests from 0 to 1, such as 0.1; got "${rate}"`;
  if (flags.seed !== undefined && (!/^\d{1,10}$/.test(flags.seed) || Number(flags.seed) > 2 ** 32 - 1))
    return `--seed: expected a whole number from 0 to 4294967295; got "${flags.seed}"`;
  // Picked here rather than by the library: the CLI prints it even with --quiet, so that a failing run can be replayed.
  const seed = flags.seed === undefined ? randomInt(2 ** 32 - 1) : Number(flags.seed);
  const chaos: NonNullable<MockOptions["chaos"]> = { rate: Number(rate), seed };
  if (flags["chaos-operations"] !== undefined) chaos.operations = list(flags["chaos-operations"]);
  if (flags["chaos-faults"] !== undefined) chaos.faults = list(flags["chaos-faults"]) as ChaosKind[];
  const delay = flags["chaos-delay"];
  if (delay !== undefined) {
    const range = /^(\d{1,7})-(\d{1,7})$/.exec(delay);
    if (!range || Number(range[1]) > Number(range[2])) return `--chaos-delay: expected MIN-MAX in ms, MIN not above MAX, such as 50-500; got "${delay}"`;
    chaos.delayMs = [Number(range[1]), Number(range[2])];
  }
  options.chaos = chaos;
  return { options, said: `chaos: rate ${rate}, seed ${seed} (replay this run with --chaos ${rate} --seed ${seed})` };
}

const list = (text: string) => text.split(",").map((part) => part.trim());

/** The library's refusal, in the flags' words. */
export function flagOf(message: string, rulesFile: string | undefined): string {
  return message
    .replace(/^rules:/, `--rules ${rulesFile ?? ""}:`)
    .replace(/^chaos\.operations/, "--chaos-operations")
    .replace(/^chaos\.faults/, "--chaos-faults")
    .replace(/^chaos\.delayMs/, "--chaos-delay");
}
