// One request of the live contract run: sent with the run's credential, its answer checked against the
// description (checkAnswer) and recorded in the run's report. A request that gets no answer (refused,
// dropped, timed out) is an `upstream` violation naming the operation, never a thrown error.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { checkAnswer, pathUnder } from "../conformance/check-answer.js";
import type { ViolationReport } from "../conformance/report.js";
import type { ContractViolation } from "../conformance/violation.js";
import type { Engine } from "../engine/prism-engine.js";
import { TOKEN_SHAPED } from "../core/rules/tokens.js";
import { API_VERSION_HEADER } from "../core/rules/http-rules.js";

export interface Wire {
  engine: Engine;
  report: ViolationReport;
  /** The base URL the description's paths sit under; nothing is ever sent to another origin. */
  base: URL;
  token: string;
  apiVersion: string;
  timeoutMs: number;
  /** The methods this run may send: GET only, unless writes were allowed. */
  methods: ReadonlySet<string>;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** The body read as JSON, whatever its media type (a wrong media type is reported, and the walk goes on); undefined if it is not JSON. */
  json: unknown;
  url: URL;
}

/** The URL of an operation's path with its parameters filled in, under the base URL, with a query. */
export function urlOf(wire: Wire, template: string, params: ReadonlyMap<string, string>, query: Record<string, string> = {}): URL {
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params.get(name);
    if (value === undefined) throw new Error(`no value for the path parameter {${name}} of ${template}`);
    return encodeURIComponent(value);
  });
  const url = new URL(`${wire.base.href.replace(/\/+$/, "")}${path}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}

/**
 * Sends one request and checks its answer; undefined when no answer came. `operation` is the one the run
 * meant to call: an `upstream` violation is filed under it (the answer itself is routed as the proxy routes it).
 */
export async function send(wire: Wire, operation: ModelOperation, url: URL, body?: unknown): Promise<Answer | undefined> {
  return sendExpecting(wire, operation, url, body, operation.success.status);
}

/**
 * As `send`; an answer of another status than `expected` is a `status` finding as well: a documented 404 or
 * 500 meets the description, but the run cannot go on with it, and a run that checked nothing must not pass.
 */
export async function sendExpecting(wire: Wire, operation: ModelOperation, url: URL, body: unknown, expected: number): Promise<Answer | undefined> {
  const method = operation.method.toUpperCase();
  // Belt and braces: the run's own code decides what it sends, and this is the one place it is sent from.
  if (!wire.methods.has(method)) throw new Error(`${method} ${url.pathname}: this run may only send ${[...wire.methods].join(", ")}`);
  if (url.origin !== wire.base.origin) throw new Error(`${url.origin} is not the base URL's origin: the credential is never sent elsewhere`);
  const requestHeaders: Record<string, string> = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${wire.token}`,
    [API_VERSION_HEADER.toLowerCase()]: wire.apiVersion,
    "user-agent": "copilot-spaces-mock-contract",
    ...(body === undefined ? {} : { "content-type": "application/json" }),
  };
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method,
      headers: requestHeaders,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      // A redirect is an answer to check, not one to follow: following could carry the credential elsewhere.
      redirect: "manual",
      signal: AbortSignal.timeout(wire.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    wire.report.record(operation.operationId, [noAnswer(operation, method, url, error, wire)]);
    return undefined;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const path = pathUnder(wire.base, url);
  const routed = path === undefined ? undefined : wire.engine.route(method, path);
  const exchange = { method, url, base: wire.base, requestHeaders, status: response.status, headers, text };
  // The check masks token-shaped text; a credential of another shape echoed back is masked here, whatever quotes it.
  const found = checkAnswer(wire.engine, routed, exchange).map((v) => ({ ...v, message: clean(v.message, wire.token) }));
  let json: unknown;
  try {
    json = text === "" ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  if (response.status !== expected && !found.some((v) => v.rule === "status")) {
    const said = (json as { message?: unknown } | undefined)?.message;
    found.push({
      operationId: operation.operationId,
      rule: "status",
      location: "status",
      message: clean(
        `${method} ${url.pathname} answered ${response.status}${typeof said === "string" ? ` ("${said}")` : ""} where the run needs ${expected} to go on`,
        wire.token,
      ),
    });
  }
  wire.report.record(routed?.operationId ?? operation.operationId, found);
  return { status: response.status, headers, json, url };
}

/** A finding of the run itself across answers (a created item missing from its list): counted in the report as an exchange of its own. */
export function finding(wire: Wire, operation: ModelOperation, rule: ContractViolation["rule"], location: string, message: string): void {
  wire.report.record(operation.operationId, [{ operationId: operation.operationId, rule, location, message: clean(message, wire.token) }]);
}

function noAnswer(operation: ModelOperation, method: string, url: URL, error: unknown, wire: Wire): ContractViolation {
  const cause = error as Error & { cause?: { code?: string; message?: string } };
  const why =
    cause.name === "TimeoutError" || cause.name === "AbortError"
      ? `no answer within ${wire.timeoutMs} ms (--timeout)`
      : `no answer: ${cause.cause?.code ?? cause.cause?.message ?? cause.message}`;
  return { operationId: operation.operationId, rule: "upstream", location: "upstream", message: clean(`${method} ${url.pathname}: ${why}`, wire.token) };
}

/** The run's credential, and anything shaped like a GitHub token, masked. */
const clean = (text: string, token: string) => text.split(token).join("[token]").replace(new RegExp(TOKEN_SHAPED.source, "g"), "[token]");
