// The proxy mode of the mock's core: the same Call in and Reply out, the same journal, but a request meets only
// the mock's own endpoints (control), the router (to name its operation, for the journal and the checks), the
// body's bound, and then the upstream. GitHub's rules on the request (tokens, rate limits, Prefer, the test's
// rules, the store) are the upstream's to apply: a proxy that applied them too would hide what the server does.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import type { Answer } from "../core/answer.js";
import { JSON_TYPE } from "../core/answer.js";
import type { Pipeline } from "../core/core.js";
import type { Exchange, MockContext, RoutedExchange } from "../core/exchange.js";
import { error } from "../core/github-errors.js";
import { CORS_HEADERS } from "../core/rules/http-rules.js";
import { MAX_BODY_BYTES } from "../core/rules/limits.js";
import { control } from "../core/steps/control.js";
import { noteMiss, routedTo } from "../core/steps/front.js";
import { checkAnswer } from "../conformance/check-answer.js";
import type { ContractViolation } from "../conformance/violation.js";
import { forward, forwardedHeaders, rewriteLink, type Forwarded, type Sent } from "./forward.js";
import { violationHeaders } from "./violation-header.js";

export const PROXY_DOCS = "https://github.com/copilot-spaces/api-kit/tree/main/packages/mock-server#proxy-checking-a-real-server";

/** One exchange through the proxy, for the report, the log and the cassette. */
export interface ProxiedExchange {
  operation: ModelOperation | undefined;
  /** The path as the client sent it to the proxy: the description's path, under no base. */
  path: string;
  sent: Sent;
  forwarded: Forwarded;
  violations: ContractViolation[];
  startedAt: Date;
}

export interface ProxySettings {
  base: URL;
  timeoutMs: number;
  /** Called once per forwarded exchange, before its answer leaves. */
  onExchange: (exchange: ProxiedExchange) => void;
}

export function proxyPipeline({ base, timeoutMs, onExchange }: ProxySettings): Pipeline {
  const prefix = base.pathname.replace(/\/+$/, "");
  return async (x, mock) => {
    const own = await control(x, mock);
    if (own) return own;
    const startedAt = new Date();
    const operation = routed(x, mock);
    let body: string | undefined;
    if (x.call.method !== "GET" && x.call.method !== "HEAD") {
      const read = await x.call.readBody(MAX_BODY_BYTES);
      if (!read.ok && read.reason === "incomplete") return error(400, "The request body ended before its declared length.");
      if (!read.ok) return error(413, `The request body is larger than the proxy's ${MAX_BODY_BYTES} bytes.`, { headers: { connection: "close" } });
      body = read.text;
      if (operation) noteBody(x as RoutedExchange, body);
    } else x.call.discardBody();
    const url = new URL(`${base.origin}${prefix}${x.call.url.pathname}${x.call.url.search}`);
    const sent: Sent = { method: x.call.method, url, headers: forwardedHeaders(x.call.headers()), body };
    const forwarded = await forward(sent, timeoutMs);
    // A CORS preflight is the server's answer to a browser, not an operation of the description: passed on unchecked.
    // checkAnswer's messages hold no token (it replaces any it would quote, a path's included).
    const violations: ContractViolation[] = forwarded.ok
      ? x.call.method === "OPTIONS"
        ? []
        : checkAnswer(mock.engine, operation, {
            method: sent.method,
            url,
            base,
            requestHeaders: sent.headers,
            status: forwarded.status,
            headers: forwarded.headers,
            text: forwarded.text,
          })
      : [{ operationId: operation?.operationId || null, rule: "upstream", location: "upstream", message: `the upstream ${base.origin} ${forwarded.why}` }];
    onExchange({ operation, path: x.call.url.pathname, sent, forwarded, violations, startedAt });
    if (!forwarded.ok) {
      const failed = error(forwarded.status, `The upstream ${base.origin} ${forwarded.why}.`, { documentationUrl: PROXY_DOCS });
      return passedOn(failed.status, { "content-type": JSON_TYPE, ...CORS_HEADERS }, JSON.stringify(failed.body), violations);
    }
    const headers = { ...forwarded.headers };
    if (headers.link !== undefined) headers.link = rewriteLink(headers.link, base, x.call.url.origin);
    return passedOn(forwarded.status, headers, forwarded.text, violations);
  };
}

/** The answer as it is passed on: the upstream's, plus what the proxy found (and a browser may read it). */
function passedOn(status: number, headers: Record<string, string>, text: string, violations: ContractViolation[]): Answer {
  return { status, headers: { ...headers, ...violationHeaders(violations, headers["access-control-expose-headers"]) }, text, passThrough: true };
}

/** The request's operation, noted on the exchange as the mock's router does (the journal names it), or undefined with a near miss. */
function routed(x: Exchange, mock: MockContext): ModelOperation | undefined {
  const operation = routedTo(x, mock)?.operation;
  if (!operation) noteMiss(x, mock);
  return operation;
}

/** The body as the journal keeps it: parsed where it is JSON, its text where not. */
function noteBody(x: RoutedExchange, text: string): void {
  x.text = text;
  try {
    const value = JSON.parse(text) as unknown;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) x.body = value as Record<string, unknown>;
  } catch {
    // not JSON: the journal keeps the text
  }
}
