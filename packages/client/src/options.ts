// The client's options and their rules: each bad value is refused when the client is made, naming the
// option and the rule (never quoting a token), and every default is filled in here.
import { InvalidArgumentError } from "./errors.js";
import type { Logger } from "./attempt.js";
import { DEFAULT_RETRY, sleep as realSleep, type ResolvedRetryOptions, type RetryOptions } from "./retry.js";
import { VERSION } from "./version.js";

/** A token, or a function that returns one (called before every attempt, for tokens that rotate). */
export type TokenSource = string | (() => string | Promise<string>);

export interface CopilotSpacesClientOptions {
  /** A GitHub token, or a function that returns one (called before every attempt, for tokens that rotate). */
  token: TokenSource;
  /** Default `https://api.github.com`; for GitHub Enterprise Server, `https://HOST/api/v3`. */
  baseUrl?: string;
  /** The `X-GitHub-Api-Version` sent with every request. Default `2026-03-10`. */
  apiVersion?: string;
  /** Put before this client's own `User-Agent` product token. */
  userAgent?: string;
  /** The fetch to use (default: the global one). It is given `redirect: "manual"`: the client follows redirects itself. */
  fetch?: (request: Request) => Promise<Response>;
  /** Time limit of each attempt, reading the answer included, in ms. Default 60 000; `Infinity` for none. */
  timeoutMs?: number;
  /** The retry policy, or `false` for none. */
  retry?: RetryOptions | false;
  /** Receives a line per attempt, with the token redacted. */
  log?: Logger;
  /** How the client waits between attempts (tests inject a fake). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for backoff jitter (tests inject a fixed one). */
  random?: () => number;
  /** The current time in ms since the epoch, to read `x-ratelimit-reset`. */
  now?: () => number;
}

export const DEFAULT_BASE_URL = "https://api.github.com";
export const DEFAULT_API_VERSION = "2026-03-10";
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ResolvedOptions {
  token: TokenSource;
  baseUrl: string;
  apiVersion: string;
  userAgent: string;
  fetch: ((request: Request) => Promise<Response>) | undefined;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  log: Logger | undefined;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
}

export function resolveOptions(options: CopilotSpacesClientOptions): ResolvedOptions {
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
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  if (typeof apiVersion !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(apiVersion)) {
    throw new InvalidArgumentError("apiVersion", "must be a date such as 2026-03-10");
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
  const ownAgent = `copilot-spaces-client/${VERSION}`;
  return {
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
  };
}

// A bearer token goes into an `Authorization` header: RFC 6750's token68 is visible ASCII, and
// GitHub's tokens are letters, digits and `_`. A line break or NUL would not make a valid header.
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** A token as it may be sent; the error says what is wrong with it and where, never what it is. */
export function checkToken(token: unknown, source = "the token"): string {
  if (typeof token !== "string") throw new InvalidArgumentError("token", `${source} must be a string, got ${token === null ? "null" : typeof token}`);
  if (token === "") throw new InvalidArgumentError("token", `${source} is empty; it must be a non-empty string`);
  if (!VISIBLE_ASCII.test(token)) {
    const at = [...token].findIndex((c) => !VISIBLE_ASCII.test(c));
    const char = token.codePointAt(at) ?? 0;
    const what =
      char === 0x0a ? "a line feed" : char === 0x0d ? "a carriage return" : char === 0x20 ? "a space" : `U+${char.toString(16).toUpperCase().padStart(4, "0")}`;
    const hint = char === 0x0a && at === token.length - 1 ? " (a trailing newline, as read from a file?)" : "";
    throw new InvalidArgumentError(
      "token",
      `${source} holds ${what} at position ${at + 1} of ${token.length}${hint}; a token must be visible ASCII characters only, with no spaces or line breaks`,
    );
  }
  return token;
}

export function resolveRetry(retry: RetryOptions | false | undefined, field = "retry"): ResolvedRetryOptions {
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
