// One answer checked against the description, rule by rule (violation.ts names them): what the proxy says of
// an upstream's answer, what the replay says of a recorded one, what the live contract run says of a server's.
// Prism's validator checks the body and the headers against their schemas, as Prism's own proxy does; the
// status, the media type, `Link` and a token echoed back are checked here, in GitHub's terms.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { parseLinkHeader } from "../../../client/src/link-header.js";
import type { Engine } from "../engine/prism-engine.js";
import { tokenOf } from "../core/rules/http-rules.js";
import { TOKEN_SHAPED } from "../core/rules/tokens.js";
import type { ContractViolation } from "./violation.js";

/** An exchange as it went over the wire: the request as sent upstream, the answer as it came back. */
export interface WireExchange {
  method: string;
  /** The URL the request was sent to: `Link` URLs must stay on its origin. */
  url: URL;
  /** The base URL the description's paths sit under (`https://api.github.com`, `https://HOST/api/v3`). */
  base: URL;
  /** The request's headers, names in lower case: its credential must not come back. */
  requestHeaders: Record<string, string>;
  status: number;
  /** The answer's headers, names in lower case. */
  headers: Record<string, string>;
  /** The body as text; null or "" for none. */
  text: string | null;
}

/** GitHub's `Link` relations (docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
const LINK_RELATIONS = new Set(["next", "prev", "first", "last"]);
const JSON_MEDIA = /^application\/(.+\+)?json$/;

/**
 * What is wrong with an answer, by the description: nothing for an answer it documents. `operation` is the one
 * the request was routed to (the engine's router, on the path less the base's), or undefined where none matches.
 */
export function checkAnswer(engine: Engine, operation: ModelOperation | undefined, x: WireExchange): ContractViolation[] {
  const operationId = operation?.operationId || null;
  const found: ContractViolation[] = [];
  // Every location and message is rid of tokens here, once: a path, a body's key or Prism's words may quote one.
  const add = (rule: ContractViolation["rule"], location: string, message: string) =>
    found.push({ operationId, rule, location: withoutTokens(location), message: withoutTokens(message) });
  found.push(...tokenEchoes(operationId, x));
  if (!operation) {
    add("operation", "request", `${x.method} ${pathUnder(x.base, x.url) ?? x.url.pathname} matches no operation of the description`);
    return found;
  }
  const declared = engine.mediaTypes(operation, x.status);
  if (declared === undefined) {
    const documented = engine.documented(operation).map((d) => d.status);
    add("status", "status", `${x.status} is not a documented status of ${operationId} (documented: ${documented.join(", ")})`);
    return found;
  }
  const text = x.method === "HEAD" ? "" : (x.text ?? "");
  let body: unknown;
  if (declared.length === 0 || x.status === 304 || x.status === 204) {
    if (text !== "") add("body", "body", `a ${x.status} of ${operationId} has no body in the description, but ${byteCount(text)} came`);
  } else if (text === "" && x.method !== "HEAD") {
    add("body", "body", `a ${x.status} of ${operationId} has a body (${declared.join(", ")}), but none came`);
  } else if (text !== "") {
    const mediaType = (x.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (!declared.some((d) => d.toLowerCase() === mediaType)) {
      add(
        "media-type",
        "header/content-type",
        `${mediaType === "" ? "no Content-Type" : `"${mediaType}"`} where the description gives ${declared.join(" or ")}`,
      );
    }
    if (JSON_MEDIA.test(mediaType) || (mediaType === "" && declared.some((d) => JSON_MEDIA.test(d)))) {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        add("body", "body", `the body is not JSON (${byteCount(text)})`);
        body = undefined;
      }
    }
  }
  // Prism is told the declared media type: a wrong one is reported once, above, not again as a body that does not fit.
  const answer = { status: x.status, headers: { ...x.headers, "content-type": declared[0] ?? "application/json" }, ...(body === undefined ? {} : { body }) };
  if (body !== undefined || declared.length === 0) {
    for (const v of engine.validateAnswer(operation, answer)) {
      const [where, ...rest] = v.location;
      if (where === "body") add("body", ["body", ...rest].join("/"), v.message);
      else if (where === "header") add("header", `header/${rest.join("/").toLowerCase()}`, v.message);
    }
  }
  const response = operation.responses.find((r) => r.status === x.status);
  for (const header of response?.headers ?? []) {
    const name = header.name.toLowerCase();
    if (header.required && x.headers[name] === undefined && !found.some((v) => v.location === `header/${name}`))
      add("header", `header/${name}`, `the required header ${header.name} is missing`);
  }
  const link = x.headers.link;
  if (link !== undefined) found.push(...linkProblems(operationId, engine, operation, x, link));
  return found;
}

function linkProblems(operationId: string | null, engine: Engine, operation: ModelOperation, x: WireExchange, link: string): ContractViolation[] {
  const problems: ContractViolation[] = [];
  const add = (message: string) => problems.push({ operationId, rule: "link", location: "header/link", message: withoutTokens(message) });
  let relations: Map<string, string>;
  try {
    relations = parseLinkHeader(link, x.url.href);
  } catch (error) {
    add((error as Error).message);
    return problems;
  }
  if (relations.size === 0) add("the Link header names no relation");
  if (!operation.paging) add(`${operationId} is not paged in the description, yet its answer has a Link header`);
  for (const [rel, href] of relations) {
    if (!LINK_RELATIONS.has(rel)) {
      add(`rel="${rel}" is not one of GitHub's relations (next, prev, first, last)`);
      continue;
    }
    const url = new URL(href);
    if (url.origin !== x.url.origin) {
      add(`rel="${rel}" leads to ${url.origin}, not to ${x.url.origin} where the request went`);
      continue;
    }
    const path = pathUnder(x.base, url);
    const target = path === undefined ? undefined : engine.route(x.method === "HEAD" ? "GET" : x.method, path);
    if (target !== operation) {
      add(`rel="${rel}" leads to ${url.pathname}, which is not ${operationId}`);
      continue;
    }
    const cursor = rel === "next" ? operation.paging?.next.name : rel === "prev" ? operation.paging?.prev?.name : undefined;
    if (cursor !== undefined && !url.searchParams.has(cursor)) add(`rel="${rel}" has no "${cursor}" cursor`);
  }
  return problems;
}

/** The request's credential, or anything token-shaped, in the answer's headers or body: reported without the token. */
function tokenEchoes(operationId: string | null, x: WireExchange): ContractViolation[] {
  const token = tokenOf(x.requestHeaders.authorization ?? null);
  const holds = (text: string) => (token !== undefined && token.length >= 8 && text.includes(token)) || new RegExp(TOKEN_SHAPED.source).test(text);
  const places = [
    ...Object.entries(x.headers)
      .filter(([, value]) => holds(value))
      .map(([name]) => `header/${name}`),
    ...(x.text !== null && holds(x.text) ? ["body"] : []),
  ];
  return places.map((location) => ({
    operationId,
    rule: "token-echo" as const,
    location,
    message: `the answer holds ${location === "body" ? "in its body" : `in ${location.slice(7)}`} the request's token or text shaped like a GitHub token`,
  }));
}

/** The URL's path less the base's path (`/api/v3/orgs/o/…` under `/api/v3` → `/orgs/o/…`), or undefined when it is not under it. */
export function pathUnder(base: URL, url: URL): string | undefined {
  const prefix = base.pathname.replace(/\/+$/, "");
  if (prefix === "") return url.pathname;
  return url.pathname === prefix || url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) || "/" : undefined;
}

const withoutTokens = (text: string) => text.replace(new RegExp(TOKEN_SHAPED.source, "g"), "[token]");
const byteCount = (text: string) => `${Buffer.byteLength(text)} bytes`;
