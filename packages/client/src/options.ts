// The settings of the client and of a call: what a user passes (CopilotSpacesClientOptions,
// RequestOptions) and what the rest of the client reads once they are checked and their defaults
// filled in (ClientSettings, CallSettings; settings.ts makes them). Types and defaults only, so that
// every other file can import them without importing the code that checks them.
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
