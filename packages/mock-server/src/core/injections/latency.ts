// The latency profile: how long the network takes for every routed request, or for one operation. A
// profile is a fixed time, a uniform range, or percentiles; it is read into points of its quantile
// function and drawn from by linear interpolation between them.
import { MAX_WAIT_MS } from "./injection.js";

/**
 * A latency, in ms: a fixed time (`100`), a uniform range (`"50-200"` or `{ min: 50, max: 200 }`), or
 * percentiles (`"p50=20,p95=200,p99=800"` or `{ p50: 20, p95: 200, p99: 800 }`). Between two given
 * percentiles times are spread evenly; below the lowest they start at 0 (unless `p0` is given), and none
 * is longer than the highest given (unless `p100` is).
 */
export type Latency = number | string | { min: number; max: number } | { [percentile: `p${number}`]: number };

/** Points (fraction of requests, ms) of a quantile function, fractions rising from 0 to 1. */
export type Profile = readonly (readonly [number, number])[];

/** The profile a setting describes, or a RangeError naming `field` and the rule it breaks. */
export function profileOf(setting: unknown, field: string, given: unknown = setting): Profile {
  const fail = (rule: string): never => {
    throw new RangeError(`${field}: ${rule}; got ${JSON.stringify(given)}`);
  };
  const ms = (value: unknown, what: string): number =>
    typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_WAIT_MS
      ? value
      : fail(`${what} must be a whole number of milliseconds from 0 to ${MAX_WAIT_MS}`);
  if (typeof setting === "string") return profileOf(fromText(setting.trim(), fail), field, setting);
  if (typeof setting === "number")
    return [
      [0, ms(setting, "a latency")],
      [1, setting],
    ];
  if (setting === null || typeof setting !== "object" || Array.isArray(setting))
    return fail('expected milliseconds (100), a range ("50-200" or { min, max }) or percentiles ("p50=20,p99=800" or { p50, p99 })');
  const entries = Object.entries(setting);
  if ("min" in setting || "max" in setting) {
    if (entries.length !== 2 || !("min" in setting && "max" in setting)) return fail("a range has exactly min and max");
    const min = ms(setting.min, "min");
    const max = ms(setting.max, "max");
    if (min > max) fail("min must not be above max");
    return [
      [0, min],
      [1, max],
    ];
  }
  if (entries.length === 0) return fail("give at least one percentile, such as p50");
  const points = entries
    .map(([key, value]): [number, number] => {
      const match = /^p(100|[0-9]{1,2}(?:\.[0-9]+)?)$/.exec(key);
      if (!match) fail(`"${key}" is not a percentile (p0 to p100, such as p50 or p99.9), nor min/max`);
      return [Number(match![1]) / 100, ms(value, key)];
    })
    .sort((a, b) => a[0] - b[0]);
  // p50 and p50.0 are the same percentile: two times for it would make no profile.
  for (let i = 1; i < points.length; i++) if (points[i]![0] === points[i - 1]![0]) fail(`p${points[i]![0] * 100} is given twice`);
  for (let i = 1; i < points.length; i++)
    if (points[i]![1] < points[i - 1]![1]) fail(`p${points[i]![0] * 100} must not be shorter than p${points[i - 1]![0] * 100}`);
  if (points[0]![0] > 0) points.unshift([0, 0]);
  if (points.at(-1)![0] < 1) points.push([1, points.at(-1)![1]]);
  return points;
}

/** The text forms, as the CLI takes them: "100", "50-200", "p50=20,p95=200". */
function fromText(text: string, fail: (rule: string) => never): Latency {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const range = /^([0-9]+)\s*-\s*([0-9]+)$/.exec(text);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const percentiles: Record<string, number> = {};
  for (const part of text.split(",")) {
    const [key = "", value = "", ...rest] = part.split("=").map((piece) => piece.trim());
    if (!/^p/.test(key) || rest.length > 0 || !/^[0-9]+$/.test(value))
      fail('expected milliseconds ("100"), a range ("50-200") or percentiles ("p50=20,p95=200,p99=800")');
    // An object cannot say a percentile twice; the text can, and the second would silently win.
    if (key in percentiles) fail(`${key} is given twice`);
    percentiles[key] = Number(value);
  }
  return percentiles;
}

/** The latency for a draw `u` in [0, 1): the quantile function at `u`, rounded to the ms. */
export function sample(profile: Profile, u: number): number {
  for (let i = 1; i < profile.length; i++) {
    const [q1, ms1] = profile[i]!;
    if (u > q1 && i < profile.length - 1) continue;
    const [q0, ms0] = profile[i - 1]!;
    return Math.round(q1 === q0 ? ms1 : ms0 + ((ms1 - ms0) * (u - q0)) / (q1 - q0));
  }
  return profile[0]![1];
}

/** Draws a latency for an operation, or undefined when no profile covers it. */
export type LatencyPlan = (operationId: string) => number | undefined;

/**
 * The plan for the `latency` and `latencyByOperation` options: an operation's own profile, else the
 * profile for all. `operationIds` are the description's, so that a misspelt one is refused by name.
 */
export function latencyPlan(
  options: { latency?: Latency; latencyByOperation?: Record<string, Latency> },
  operationIds: readonly string[],
  random: () => number = Math.random,
): LatencyPlan | undefined {
  const all = options.latency === undefined ? undefined : profileOf(options.latency, "latency");
  const byOperation = new Map<string, Profile>();
  const given = options.latencyByOperation;
  if (given !== undefined && (given === null || typeof given !== "object" || Array.isArray(given)))
    throw new RangeError(`latencyByOperation: expected { "<operationId>": <latency> }; got ${JSON.stringify(given)}`);
  for (const [operationId, setting] of Object.entries(given ?? {})) {
    if (!operationIds.includes(operationId))
      throw new RangeError(`latencyByOperation: "${operationId}" is not an operationId of the description; it has ${operationIds.join(", ")}`);
    byOperation.set(operationId, profileOf(setting, `latencyByOperation["${operationId}"]`));
  }
  if (!all && byOperation.size === 0) return undefined;
  return (operationId) => {
    const profile = byOperation.get(operationId) ?? all;
    return profile && sample(profile, random());
  };
}
