// The redirects the client follows itself (every fetch is given `redirect: "manual"`): on the
// request's own origin only, so that the token goes nowhere else, without a loop, and at most
// MAX_REDIRECTS; anything else is a RedirectError and nothing is sent there. Loaded by attempt.ts on
// the first redirect (which statuses are followed is its REDIRECTS).
import { RedirectError, type RequestTarget } from "./errors.js";
import type { Outgoing } from "./exchange.js";
import { shownUrl, type Secrets } from "./secrets.js";

export const MAX_REDIRECTS = 10;
/** The next hop of a redirect the client follows; `seen` holds the requests this attempt already sent. */
export function nextHop(current: Outgoing, response: Response, seen: Set<string>, target: RequestTarget, secrets: Secrets): Outgoing {
  const status = response.status;
  const raw = response.headers.get("location") ?? "";
  let next: URL;
  const refuse = (location: string, reason: string) => {
    void response.body?.cancel().catch(() => undefined);
    return new RedirectError(target, { status, location: shownUrl(location, secrets), reason });
  };
  try {
    next = new URL(raw, current.url);
  } catch {
    throw refuse(raw, "the Location header is not a URL");
  }
  const origin = new URL(current.url).origin;
  if (next.origin !== origin) {
    throw refuse(next.href, `another origin than ${origin}; the client follows redirects on its own origin only, so nothing was sent there`);
  }
  if (next.username || next.password) throw refuse(next.href, "the Location holds credentials; the client sends only its token");
  // As fetch does (WHATWG Fetch, HTTP-redirect fetch): 303, and 301/302 after a POST, continue as a
  // GET without the body; 307 and 308 repeat the method and the body.
  const toGet = (status === 303 && current.method !== "HEAD") || ((status === 301 || status === 302) && current.method === "POST");
  // A loop is the same request again: a POST answered 303 to its own URL continues as a GET there.
  const key = `${toGet ? "GET" : current.method} ${next.href}`;
  if (seen.has(key)) throw refuse(next.href, "a redirect loop (that request was already sent in this attempt)");
  if (seen.size > MAX_REDIRECTS) throw refuse(next.href, `more than ${MAX_REDIRECTS} redirects`);
  seen.add(key);
  if (!toGet) return { url: next.href, method: current.method, headers: current.headers, body: current.body };
  const headers = new Headers(current.headers);
  for (const name of ["content-type", "content-length", "content-encoding", "content-language", "content-location"]) headers.delete(name);
  return { url: next.href, method: "GET", headers, body: null };
}
