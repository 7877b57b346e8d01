// The rate-limit flags, read into the library's options: --rate-limit N|off, --rate-limit-window
// SECONDS, --secondary-rate-limit off|concurrent=N,per-minute=N,per-hour=N (each N a whole number or off).
import type { MockOptions } from "../core/options.js";

type TrafficOptions = Pick<MockOptions, "rateLimit" | "rateLimitWindowMs" | "secondaryRateLimit">;
type Secondary = Exclude<MockOptions["secondaryRateLimit"], false | undefined>;

const SECONDARY_KEYS: Record<string, keyof Secondary> = { concurrent: "concurrent", "per-minute": "perMinute", "per-hour": "perHour" };

/** The options the flags ask for, or a message naming the flag and the rule. */
export function trafficOptions(flags: { "rate-limit"?: string; "rate-limit-window"?: string; "secondary-rate-limit"?: string }): TrafficOptions | string {
  const options: TrafficOptions = {};
  const rateLimit = flags["rate-limit"];
  if (rateLimit !== undefined) {
    if (rateLimit === "off") options.rateLimit = false;
    else if (isWhole(rateLimit)) options.rateLimit = Number(rateLimit);
    else return `--rate-limit: expected a whole number of requests per window, 1 or more, or "off"; got "${rateLimit}"`;
  }
  const window = flags["rate-limit-window"];
  if (window !== undefined) {
    if (!isWhole(window)) return `--rate-limit-window: expected a whole number of seconds, 1 or more; got "${window}"`;
    options.rateLimitWindowMs = Number(window) * 1000;
  }
  const secondary = flags["secondary-rate-limit"];
  if (secondary === "off") options.secondaryRateLimit = false;
  else if (secondary !== undefined) {
    const settings: Secondary = {};
    for (const part of secondary.split(",")) {
      const [name = "", value = "", ...rest] = part.trim().split("=");
      const key = SECONDARY_KEYS[name];
      if (!key || rest.length > 0)
        return `--secondary-rate-limit: expected "off" or settings such as concurrent=100,per-minute=80,per-hour=500; "${part.trim()}" is not one`;
      if (value !== "off" && !isWhole(value)) return `--secondary-rate-limit: ${name} must be a whole number, 1 or more, or "off"; got "${value}"`;
      settings[key] = value === "off" ? false : Number(value);
    }
    options.secondaryRateLimit = settings;
  }
  return options;
}

const isWhole = (text: string) => /^[1-9]\d{0,12}$/.test(text);
