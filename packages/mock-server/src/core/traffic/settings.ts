// The traffic options (rateLimit, rateLimitWindowMs, secondaryRateLimit) checked and made into the
// budgets' settings, GitHub's where a test does not say otherwise. A bad value names the option and the rule.
import type { MockOptions } from "../options.js";
import { type BudgetSettings, GITHUB_BUDGETS } from "./budgets.js";

const SECONDARY = { concurrent: "concurrent", perMinute: "perMinute", perHour: "perHour" } as const;

/** The budgets' settings, or undefined when `rateLimit: false` switches GitHub's limits off. */
export function budgetSettings(options: MockOptions): BudgetSettings | undefined {
  const { rateLimit, rateLimitWindowMs, secondaryRateLimit } = options;
  if (rateLimit === false) return undefined;
  const limit = rateLimit === undefined ? GITHUB_BUDGETS.limit : whole(rateLimit, "rateLimit", "or false to switch rate limits off");
  const windowMs = rateLimitWindowMs === undefined ? GITHUB_BUDGETS.windowMs : whole(rateLimitWindowMs, "rateLimitWindowMs", "(milliseconds)");
  if (secondaryRateLimit === false) return { limit, windowMs, concurrent: undefined, perMinute: undefined, perHour: undefined };
  if (secondaryRateLimit !== undefined && (secondaryRateLimit === null || typeof secondaryRateLimit !== "object" || Array.isArray(secondaryRateLimit)))
    throw new TypeError(`secondaryRateLimit: expected false or an object { concurrent, perMinute, perHour }, got ${JSON.stringify(secondaryRateLimit)}`);
  const given = (secondaryRateLimit ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(given).filter((key) => !(key in SECONDARY));
  if (unknown.length > 0) throw new TypeError(`secondaryRateLimit: unknown setting "${unknown[0]}"; the settings are ${Object.keys(SECONDARY).join(", ")}`);
  const secondary = (key: keyof typeof SECONDARY): number | undefined => {
    const value = given[key];
    if (value === undefined) return GITHUB_BUDGETS[key];
    return value === false ? undefined : whole(value, `secondaryRateLimit.${key}`, "or false to switch it off");
  };
  return { limit, windowMs, concurrent: secondary("concurrent"), perMinute: secondary("perMinute"), perHour: secondary("perHour") };
}

function whole(value: unknown, name: string, more: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > Number.MAX_SAFE_INTEGER)
    throw new RangeError(`${name}: expected a whole number, 1 or more, ${more}; got ${JSON.stringify(value)}`);
  return value;
}
