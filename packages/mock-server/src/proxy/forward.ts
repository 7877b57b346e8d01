// A request sent on to the upstream with Node's own fetch (the mock's build stubs node-fetch out), and the
// answer as it came back, or what went wrong on the way: the upstream refused or dropped the connection, or
// did not answer within the time limit. Headers that describe one connection, not the message, stay behind.

/** Hop-by-hop headers (RFC 9110 §7.6.1; every `proxy-*` one too, below) and the ones fetch sets itself from the URL and the body. */
const NOT_FORWARDED: ReadonlySet<string> = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "host",
  "content-length",
  "expect",
]);
/** fetch decodes a compressed body: the answer's encoding and length no longer describe what is passed on. */
const NOT_PASSED_BACK: ReadonlySet<string> = new Set(["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"]);

export interface Sent {
  method: string;
  url: URL;
  /** Names in lower case: what the upstream was sent (its credential included). */
  headers: Record<string, string>;
  body: string | undefined;
}

export type Forwarded =
  | { ok: true; status: number; headers: Record<string, string>; text: string; ms: number }
  | { ok: false; status: 502 | 504; why: string; ms: number };

/** The request's headers as the upstream gets them. */
export function forwardedHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!NOT_FORWARDED.has(name) && !name.startsWith("proxy-")) out[name] = value;
  return out;
}

/** Sends the request; never rejects: an upstream that fails is a `Forwarded` that says how (origin only, no credential). */
export async function forward(sent: Sent, timeoutMs: number): Promise<Forwarded> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(sent.url, {
      method: sent.method,
      headers: sent.headers,
      ...(sent.body === undefined || sent.method === "GET" || sent.method === "HEAD" ? {} : { body: sent.body }),
      redirect: "manual",
      signal,
    });
    // The timeout covers the whole answer: a body that stalls half-way is as late as a status line that never comes.
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!NOT_PASSED_BACK.has(name)) headers[name] = value;
    });
    return { ok: true, status: response.status, headers, text, ms: ms() };
  } catch (cause) {
    if (signal.aborted) return { ok: false, status: 504, why: `did not answer within ${timeoutMs} ms`, ms: ms() };
    return { ok: false, status: 502, why: failureOf(cause), ms: ms() };
  }
}

/** How the connection failed, in the network's words (ECONNREFUSED, socket closed), never the request's URL. */
function failureOf(cause: unknown): string {
  const inner = (cause as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof inner?.code === "string" ? inner.code : undefined;
  const said: Record<string, string> = {
    ECONNREFUSED: "refused the connection (ECONNREFUSED)",
    ECONNRESET: "reset the connection (ECONNRESET)",
    ENOTFOUND: "could not be found (ENOTFOUND: its host name does not resolve)",
    EAI_AGAIN: "could not be found (EAI_AGAIN: its host name did not resolve in time)",
    UND_ERR_SOCKET: "closed the connection before answering (socket closed)",
    ETIMEDOUT: "did not accept the connection in time (ETIMEDOUT)",
    EHOSTUNREACH: "cannot be reached (EHOSTUNREACH)",
  };
  if (code !== undefined) return said[code] ?? `failed (${code.replace(/[^A-Z0-9_]/g, "").slice(0, 40)})`;
  // A TLS failure has no code of the kinds above; its message names the certificate problem, never the URL.
  const message = typeof inner?.message === "string" ? inner.message : cause instanceof Error ? cause.message : "";
  // The Fetch standard blocks some ports (fetch.spec.whatwg.org/#port-blocking): Node's fetch will not connect to them.
  if (message === "bad port") return "is on a port Node's fetch refuses to connect to (the Fetch standard's blocked ports)";
  return `failed (${message.replace(/https?:\/\/\S+/g, "[url]").slice(0, 120) || "no reason given"})`;
}

/**
 * `Link` URLs on the upstream's origin and base, pointed at the proxy (`<https://HOST/api/v3/orgs/o/…>` →
 * `<http://127.0.0.1:4011/orgs/o/…>`), so that a client following pages stays behind the proxy; others unchanged.
 */
export function rewriteLink(link: string, base: URL, own: string): string {
  const prefix = `${base.origin}${base.pathname.replace(/\/+$/, "")}`;
  return link.replace(/<([^>]*)>/g, (whole, href: string) => {
    if (href !== prefix && !href.startsWith(`${prefix}/`) && !href.startsWith(`${prefix}?`)) return whole;
    const rest = href.slice(prefix.length);
    return `<${own}${rest.startsWith("/") ? rest : `/${rest}`}>`;
  });
}
