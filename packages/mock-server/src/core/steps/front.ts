// The steps a request meets before it is routed: a CORS preflight, then the path and the media type
// that GitHub's router looks at first. (The mock's own endpoints are control.ts.)
import type { Answer } from "../answer.js";
import { integerSegmentsFit } from "../description.js";
import type { Exchange, MockContext, RoutedExchange } from "../exchange.js";
import { error } from "../github-errors.js";
import { acceptsJson, MEDIA_TYPES_DOCS, PREFLIGHT_HEADERS } from "../rules/http-rules.js";
import { refusedMiss, routeMiss } from "../journal/near-miss.js";

/** A CORS preflight, answered for any path, as GitHub does. */
export function preflight({ call }: Exchange): Answer | undefined {
  return call.method === "OPTIONS" ? { status: 204, headers: PREFLIGHT_HEADERS } : undefined;
}

/**
 * The operation the request is for, or GitHub's answer when there is none: 404 for a path that does not
 * decode, a path or method the description does not have, or an integer parameter that is not a
 * positive integer as written (0, -1, 1.5, 1e3, a space); 415 for an Accept header without JSON.
 */
export function route(x: Exchange, mock: MockContext): Answer | RoutedExchange {
  const { url, method } = x.call;
  // A miss notes the closest operation for the journal (near-miss.ts): only here, never for a request that is routed.
  if (!decodes(url.pathname)) return missed(x, mock);
  const accept = x.call.header("accept");
  if (!acceptsJson(accept)) {
    const message = `Unsupported 'Accept' header: ${JSON.stringify(accept)}. Must accept 'application/json'.`;
    const operation = mock.engine.route(method, url.pathname);
    if (operation) x.nearMiss = refusedMiss(operation, `header accept: ${message}`);
    return error(415, message, { documentationUrl: MEDIA_TYPES_DOCS });
  }
  return routedTo(x, mock) ?? missed(x, mock);
}

/**
 * The same exchange, routed to its operation (what later steps note on it, such as its budget admission, is seen
 * by the pipeline), or undefined where the description has none: a path or method it lacks, or an integer
 * parameter that is not a positive integer as written. The proxy routes with it too, answering nothing itself.
 */
export function routedTo(x: Exchange, mock: MockContext): RoutedExchange | undefined {
  const { url, method } = x.call;
  const operation = mock.engine.route(method, url.pathname);
  const facts = operation && mock.facts.get(operation);
  if (!operation || !facts || !integerSegmentsFit(facts, url.pathname)) return undefined;
  const routed: Omit<RoutedExchange, keyof Exchange> = {
    operation,
    facts,
    version: null,
    token: "",
    text: "",
    preferences: {},
    choice: { kind: "none" },
    body: undefined,
    input: { method, path: url.pathname, query: {}, headers: {} },
  };
  return Object.assign(x, routed);
}

function missed(x: Exchange, mock: MockContext): Answer {
  noteMiss(x, mock);
  return mock.errors.notFound();
}

/** The closest operation and what did not match, noted for the journal (near-miss.ts) of a request routed to none. */
export function noteMiss(x: Exchange, mock: MockContext): void {
  const nearMiss = mock.journal.size > 0 ? routeMiss(x.call.method, x.call.url.pathname, mock.facts) : undefined;
  if (nearMiss) x.nearMiss = nearMiss;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
