// The settings of the client and of a call: what a user passes (CopilotSpacesClientOptions,
// RequestOptions) and what the rest of the client reads once they are checked and their defaults
// filled in (ClientSettings, CallSettings; settings.ts makes them). Types and defaults only, so that
// every other file can import them without importing the code that checks them.
import type { Answer, Outgoing } from "./exchange.js";
import type { components } from "./generated/openapi.js";
import type { Secrets } from "./secrets.js";

/** An `X-GitHub-Api-Version` the description lists (the header parameter's enum). */
export type ApiVersion = components["parameters"]["api-version"];

/** A token, or a function that returns one (called before every attempt, for tokens that rotate). */
export type TokenSource = string | (() => string | Promise<string>);

/** Receives one line per attempt, per redirect and per retry; headers come with the token redacted. */
export interface Logger {
  debug(message: string, details: Record<string, unknown>): void;
}

export interface RetryOptions {
  /** How many times a failed attempt is tried again. Default 2. */
  retries?: number;
  /** Retry POST too. A retried create may create twice, so the default is false. */
  retryPost?: boolean;
  /** The first backoff delay; it doubles on each retry. Default 500 ms. */
  initialDelayMs?: number;
  /** The longest wait the client accepts, from backoff or from GitHub's headers. Default 60 000 ms. */
  maxRetryDelayMs?: number;
}

export interface CopilotSpacesClientOptions {
  /** A GitHub token, or a function that returns one (called before every attempt, for tokens that rotate). */
  token: TokenSource;
  /** Default `https://api.github.com`; for GitHub Enterprise Server, `https://HOST/api/v3`. */
  baseUrl?: string;
  /**
   * The `X-GitHub-Api-Version` sent with every request: one of the versions the description lists.
   * Default `2026-03-10` (the header parameter's default, the version the description was written from).
   */
  apiVersion?: ApiVersion;
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
  /** Conditional requests: `true` for an in-memory cache of GET answers, or its settings. Off by default. */
  cache?: boolean | CacheOptions;
  /** Pace the client to GitHub's rate limits: `true` for the defaults, or its settings. Off by default. */
  throttle?: boolean | ThrottleOptions;
}

/** A cached GET answer, as a store keeps it (plain JSON, so a store may serialise it). */
export interface CacheEntry {
  etag: string | null;
  lastModified: string | null;
  /** The 200's headers, as name/value pairs. */
  headers: [string, string][];
  /** The 200's body, as text. */
  body: string;
}

/** Where the cache keeps its answers; `get` and `set` may return promises (a shared store, say). */
export interface CacheStore {
  get(key: string): CacheEntry | undefined | Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): void | Promise<void>;
}

export interface CacheOptions {
  /** Your own store. Keys hold a hash of the token, never the token, so answers are never shared between tokens. */
  store?: CacheStore;
  /** The size of the in-memory store (least recently used answers go first). Default 500. */
  maxEntries?: number;
}

/** What a throttle hook is told about a wait it may cancel. */
export interface RateLimitWait {
  /** How long the client is about to wait, in ms. */
  waitMs: number;
  method: string;
  /** The request's path (and query), without the origin. */
  path: string;
  /** 0 before the first attempt, then the number of the retry about to wait. */
  retryCount: number;
  /** The client method, such as `copilotSpaces.getForOrg`, when known. */
  operation: string | undefined;
}

/** Return `false` to cancel the wait: the call then fails with the RateLimitError, as without a throttle. */
export type RateLimitHook = (wait: RateLimitWait) => boolean | void | Promise<boolean | void>;

export interface ThrottleOptions {
  /** Requests in flight at once, at most. Default 10 (as Octokit's throttling plugin). */
  maxConcurrent?: number;
  /** The least time between the starts of two content-creating requests (POST, PUT, PATCH, DELETE). Default 1000 ms. */
  writeIntervalMs?: number;
  /** The longest wait for a rate limit the client accepts; a longer one fails at once. Default 900 000 ms (15 minutes). */
  maxWaitMs?: number;
  /** Called before waiting for the primary rate limit's reset. */
  onRateLimit?: RateLimitHook;
  /** Called before waiting out a secondary rate limit (`retry-after`). */
  onSecondaryRateLimit?: RateLimitHook;
}

/** Per-call settings, after the parameters. */
export interface RequestOptions {
  /** Ends the whole call, retries and waits included. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout. */
  timeoutMs?: number;
  /** Overrides the client's retry policy for this call; `false` for no retry. */
  retry?: RetryOptions | false;
  /** Extra request headers (the client's own — authorization, version, user agent — cannot be replaced). */
  headers?: Record<string, string>;
}

export const DEFAULT_BASE_URL = "https://api.github.com";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_RETRY: Required<RetryOptions> = {
  retries: 2,
  retryPost: false,
  initialDelayMs: 500,
  maxRetryDelayMs: 60_000,
};

/** The client's options, checked, with every default filled in, and the secrets it must never show. */
export interface ClientSettings {
  token: TokenSource;
  baseUrl: string;
  apiVersion: ApiVersion;
  /** The whole `User-Agent`: the caller's product, then the client's own. */
  userAgent: string;
  /** The caller's fetch, or undefined for the global one. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  log: Logger | undefined;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
  secrets: Secrets;
  /** The cache and the throttle, loaded on first use; undefined when neither is on. */
  traffic: Promise<Traffic> | undefined;
}

/** What the cache and the throttle (traffic.ts, loaded only when one is on) lend the calls. */
export interface Traffic {
  /** Before attempt `attempt` (0 first): waits for its turn; `false` when a wait was refused after a rate-limited answer. */
  acquire?(call: CallSettings, url: string, attempt: number): Promise<((answer?: Answer) => void) | false>;
  /** A rate-limited answer: 0 to retry when the throttle allows it, "give-up", or undefined for the ordinary backoff. */
  rateLimited?(call: CallSettings, url: string, answer: Answer, attempt: number): Promise<number | "give-up" | undefined>;
  /** Adds the cached validators to a GET; gives back what turns its answer into the cached one. */
  cache?(outgoing: Outgoing, token: string): Promise<((answer: Answer) => Promise<Answer>) | undefined>;
}

/** One call's RequestOptions, checked and resolved against the client's settings. */
export interface CallSettings {
  /** The client method, such as `copilotSpaces.getForOrg`, for messages and log lines. */
  operation: string | undefined;
  method: string;
  /** The caller's signal: it ends the attempt, and the call. */
  signal: AbortSignal | undefined;
  timeoutMs: number;
  retry: Required<RetryOptions>;
}
