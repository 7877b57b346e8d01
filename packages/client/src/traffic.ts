// The options `cache` and `throttle`, loaded in a chunk of their own by a client that turns one on
// (settings.ts imports this file dynamically), so that a client using neither does not carry them.
// Their settings are checked here, when the chunk loads: a bad one is the error of every call,
// before anything is sent.
import { createCache } from "./cache.js";
import { InvalidArgumentError } from "./errors.js";
import type { CacheOptions, CacheStore, ClientSettings, ThrottleOptions, Traffic } from "./options.js";
import { createThrottle } from "./throttle.js";

const fn = (v: unknown) => typeof v === "function";
const RULES: Record<string, [(v: unknown) => boolean, string]> = {
  count: [(v) => Number.isInteger(v) && (v as number) > 0, "a whole number, 1 or more"],
  ms: [(v) => typeof v === "number" && v >= 0 && v < 2 ** 31, "a number of ms from 0 to 2147483647"],
  fn: [fn, "a function"],
  store: [(v) => fn((v as CacheStore | null)?.get) && fn((v as CacheStore).set), "an object with get and set methods"],
};
// Each setting, and the rule it follows.
const SETTINGS: Record<string, Record<string, string>> = {
  cache: { store: "store", maxEntries: "count" },
  throttle: { maxConcurrent: "count", writeIntervalMs: "ms", maxWaitMs: "ms", onRateLimit: "fn", onSecondaryRateLimit: "fn" },
};

/** `cache` or `throttle` as given: undefined when off, else its settings (`true` is all the defaults), checked. */
export function trafficOption<T extends object>(field: "cache" | "throttle", value: unknown): T | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return {} as T;
  // (An array's items are settings it does not know, below.)
  if (value === null || typeof value !== "object") throw new InvalidArgumentError(field, "must be true, false or an object of settings");
  const names = SETTINGS[field]!;
  for (const [name, setting] of Object.entries(value)) {
    // An inherited name (`toString`) names no rule either.
    const rule = RULES[names[name] as string];
    if (!rule) throw new InvalidArgumentError(`${field}.${name}`, `is not a ${field} setting (they are ${Object.keys(names).join(", ")})`);
    if (setting !== undefined && !rule[0](setting)) throw new InvalidArgumentError(`${field}.${name}`, `must be ${rule[1]}`);
  }
  return value as T;
}

export function createTraffic(client: ClientSettings, cacheOption: unknown, throttleOption: unknown): Traffic {
  const cache = trafficOption<CacheOptions>("cache", cacheOption);
  const throttle = trafficOption<ThrottleOptions>("throttle", throttleOption);
  return { ...(throttle && createThrottle(client, throttle)), ...(cache && { cache: createCache(cache) }) };
}
