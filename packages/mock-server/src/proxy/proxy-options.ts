// What a user may set on the validating proxy, and the checks that name the option and its rule. Light on
// purpose: the CLI checks its flags with these before the library (and Prism's engine) loads.

/** The proxy's own port: beside the mock's 4010, so that both can run at once (a mock as the upstream). */
export const DEFAULT_PROXY_PORT = 4011;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
/** Ten minutes: a wait longer than this is a hung upstream, not a slow one. */
export const MAX_UPSTREAM_TIMEOUT_MS = 600_000;

export interface ProxyOptions {
  /**
   * The server to forward to and check: its base URL, under which the description's paths sit
   * (`https://api.github.com`, `https://api.SUBDOMAIN.ghe.com`, `https://HOST/api/v3`). http or https; no user
   * info (credentials go in each request's `Authorization`, which is forwarded), no query or fragment.
   */
  upstream: string;
  /** Default 4011; 0 for a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** A bundle of the description to check against (JSON or YAML); default: the one `@copilot-spaces/openapi` ships. */
  specPath?: string;
  /** How long to wait for the upstream's whole answer before a 504, in ms: 1 to 600,000; default 30,000. */
  upstreamTimeoutMs?: number;
  /** The JSON report (`ViolationReport`), written by close(). */
  report?: string;
  /** The JUnit XML report, written by close(). */
  junit?: string;
  /** A folder to record each exchange into, sanitized: one HAR cassette per proxy run (made if missing). */
  record?: string;
  /** Where each request's log line and each violation's line go; default: nowhere. */
  log?: (line: string) => void;
  /** How many requests the journal keeps (GET /__mock/requests); default 10,000; 0 switches it off. */
  journalSize?: number;
  /** How long close() waits for requests in flight; default 4000 ms. */
  closeTimeoutMs?: number;
}

/**
 * The upstream as a base URL without a trailing slash, or a RangeError naming `name` and the rule. The URL's
 * text is never quoted in the error: user info in it would be a credential.
 */
export function upstreamOf(value: unknown, name: string): URL {
  if (typeof value !== "string" || value.trim() === "")
    throw new RangeError(`${name}: expected the upstream's base URL, such as https://api.github.com or https://HOST/api/v3`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RangeError(`${name}: expected an absolute http(s) URL such as https://api.github.com; this is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new RangeError(`${name}: expected an http or https URL, got the scheme "${url.protocol.slice(0, -1).slice(0, 20)}"`);
  if (url.username !== "" || url.password !== "")
    throw new RangeError(`${name}: user info (user:password@) is not allowed in the upstream URL; the proxy forwards each request's own Authorization header`);
  if (url.search !== "" || url.hash !== "") throw new RangeError(`${name}: expected a base URL without a query or fragment (?…, #…)`);
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}

/** The upstream's time limit in ms: a whole number from 1 to 600,000. */
export function upstreamTimeoutOf(value: unknown, name: string): number {
  const ms = value ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  if (typeof ms !== "number" || !Number.isInteger(ms) || ms < 1 || ms > MAX_UPSTREAM_TIMEOUT_MS)
    throw new RangeError(`${name}: expected a whole number of milliseconds from 1 to ${MAX_UPSTREAM_TIMEOUT_MS}, got ${JSON.stringify(value)}`);
  return ms;
}

/** The base as reports and logs name it: origin and path, never user info (upstreamOf refuses it anyway). */
export const baseText = (base: URL) => `${base.origin}${base.pathname === "/" ? "" : base.pathname}`;
