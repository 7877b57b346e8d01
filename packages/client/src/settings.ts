// The options' rules: each bad value is refused before anything is sent, naming the option and the
// rule (never quoting a token), and every default is filled in here, once for the client and once
// per call.
import { InvalidArgumentError } from "./errors.js";
import { apiVersions, defaultApiVersion } from "./generated/access.js";
import { checkHeaders } from "./headers.js";
import {
  DEFAULT_BASE_URL,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  type CallSettings,
  type ClientSettings,
  type CopilotSpacesClientOptions,
  type RequestOptions,
  type RetryOptions,
} from "./options.js";
import { Secrets } from "./secrets.js";
import { sleep as realSleep } from "./timers.js";
import { checkToken } from "./token.js";
import { VERSION } from "./version.js";

export function resolveOptions(options: CopilotSpacesClientOptions): ClientSettings {
  if (options === null || typeof options !== "object") throw new InvalidArgumentError("options", "must be an object with at least a token");
  const { token } = options;
  if (typeof token === "string") checkToken(token);
  else if (typeof token !== "function") throw new InvalidArgumentError("token", "must be a non-empty string or a function that returns one");
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
    throw new InvalidArgumentError("baseUrl", "must be an absolute http(s) URL, such as https://api.github.com");
  }
  if (parsed.username || parsed.password) {
    throw new InvalidArgumentError("baseUrl", "must not hold credentials: pass the token as `token`");
  }
  const apiVersion = options.apiVersion ?? defaultApiVersion;
  if (!(apiVersions as readonly unknown[]).includes(apiVersion)) {
    throw new InvalidArgumentError("apiVersion", `must be one of ${apiVersions.join(", ")}`);
  }
  if (options.userAgent !== undefined && (typeof options.userAgent !== "string" || !/^[\x20-\x7e\u0080-\u00ff]*$/.test(options.userAgent))) {
    throw new InvalidArgumentError("userAgent", "must be a string on one line, without control characters or characters above U+00FF");
  }
  for (const name of ["fetch", "sleep", "random", "now"] as const) {
    if (options[name] !== undefined && typeof options[name] !== "function") throw new InvalidArgumentError(name, "must be a function");
  }
  if (options.log !== undefined && typeof options.log?.debug !== "function") {
    throw new InvalidArgumentError("log", "must have a debug(message, details) method");
  }
  const { cache, throttle } = options;
  const ownAgent = `copilot-spaces-client/${VERSION}`;
  const secrets = new Secrets();
  if (typeof token === "string") secrets.remember(token);
  const settings: ClientSettings = {
    token,
    baseUrl,
    apiVersion,
    userAgent: options.userAgent ? `${options.userAgent} ${ownAgent}` : ownAgent,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : timeoutOption("timeoutMs", options.timeoutMs),
    retry: resolveRetry(options.retry),
    log: options.log,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    secrets,
    traffic: undefined,
  };
  // A chunk of its own, loaded only by a client that turns one on (the bundle budget). Its settings
  // are checked there: a bad one fails every call, before anything is sent.
  if (cache || throttle) (settings.traffic = import("./traffic.js").then((m) => m.createTraffic(settings, cache, throttle))).catch(() => undefined);
  return settings;
}

/** A call's options checked before anything is sent; what it leaves out, the client's settings say. */
export function resolveCall(client: ClientSettings, operation: string | undefined, method: string, options: RequestOptions): CallSettings {
  if (options === null || typeof options !== "object") throw new InvalidArgumentError("options", "must be an object of call options");
  const { signal, timeoutMs, retry, headers } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new InvalidArgumentError("signal", "must be an AbortSignal");
  checkHeaders(headers);
  return {
    operation,
    method,
    signal,
    timeoutMs: timeoutMs === undefined ? client.timeoutMs : timeoutOption("timeoutMs", timeoutMs),
    retry: retry === undefined ? client.retry : resolveRetry(retry),
  };
}

export function resolveRetry(retry: RetryOptions | false | undefined, field = "retry"): Required<RetryOptions> {
  if (retry === false) return { ...DEFAULT_RETRY, retries: 0 };
  if (retry === undefined) return DEFAULT_RETRY;
  if (retry === null || typeof retry !== "object") throw new InvalidArgumentError(field, "must be an object of retry options, or false");
  const resolved = { ...DEFAULT_RETRY, ...retry };
  if (!Number.isInteger(resolved.retries) || resolved.retries < 0 || resolved.retries > 10) {
    throw new InvalidArgumentError(`${field}.retries`, "must be a whole number from 0 to 10");
  }
  if (typeof resolved.retryPost !== "boolean") throw new InvalidArgumentError(`${field}.retryPost`, "must be true or false");
  for (const name of ["initialDelayMs", "maxRetryDelayMs"] as const) {
    const value = resolved[name];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 2 ** 31 - 1) {
      throw new InvalidArgumentError(`${field}.${name}`, "must be a finite number of ms from 0 to 2147483647");
    }
  }
  return resolved;
}

/** A per-attempt timeout: ms above 0, or Infinity for none (setTimeout cannot wait longer than 2^31-1 ms). */
export function timeoutOption(field: string, value: number): number {
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    throw new InvalidArgumentError(field, "must be a number of ms above 0 (Infinity for none)");
  }
  if (value !== Infinity && value > 2 ** 31 - 1) throw new InvalidArgumentError(field, "must be at most 2147483647 ms, or Infinity for none");
  return value;
}

export function positiveInteger(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new InvalidArgumentError(field, "must be a whole number, 1 or more");
  return value;
}
