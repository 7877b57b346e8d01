// GitHub's rules on a routed request, in the order GitHub applies them: the API version, the token,
// the body's size, the test's `Prefer`, the body as JSON. Each step answers a request that breaks
// its rule, or lets it go on.
import type { Answer } from "../answer.js";
import type { MockContext, RoutedExchange } from "../exchange.js";
import { faultAnswer } from "../rules/faults.js";
import { error } from "../github-errors.js";
import { API_VERSION_HEADER, API_VERSIONS_DOCS, queryOf, tokenOf } from "../rules/http-rules.js";
import { MAX_BODY_BYTES, parseJsonObject } from "../rules/limits.js";
import { choose, DEFAULT_DRIP_MS, parsePrefer, type Preferences } from "../rules/prefer.js";
import type { Injection } from "../injections/injection.js";

/** A version the description does not list is refused, naming the ones it does. */
export function apiVersion(x: RoutedExchange, { versions }: MockContext): Answer | undefined {
  x.version = x.call.header(API_VERSION_HEADER);
  if (x.version === null || versions.supported.length === 0 || versions.supported.includes(x.version)) return undefined;
  const list = versions.supported.map((v, i, all) => `"${v}"${i === all.length - 1 ? " (most recent)" : ""}`).join(", ");
  return error(400, `"${API_VERSION_HEADER}" header: ${JSON.stringify(x.version)} is not a supported API version. Supported versions: ${list}.`, {
    documentationUrl: API_VERSIONS_DOCS,
  });
}

export function authenticate(x: RoutedExchange, { errors }: MockContext): Answer | undefined {
  const token = tokenOf(x.call.header("authorization"));
  if (!token) return errors.requiresAuthentication();
  x.token = token;
  return undefined;
}

/** The body is read (and bounded) only where the operation takes one, before Prefer and JSON are looked at. */
export async function readBody(x: RoutedExchange): Promise<Answer | undefined> {
  if (!x.facts.takesBody) {
    x.call.discardBody();
    return undefined;
  }
  const read = await x.call.readBody(MAX_BODY_BYTES);
  if (!read.ok && read.reason === "incomplete") return error(400, "The request body ended before its declared length.");
  if (!read.ok) return error(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`, { headers: { connection: "close" } });
  x.text = read.text;
  return undefined;
}

/** What a test asks for with `Prefer`: a documented answer, one of GitHub's faults, or a 400 for what cannot be given. */
export function prefer(x: RoutedExchange, { engine, errors, clock }: MockContext): Answer | undefined {
  const header = x.call.header("prefer");
  if (header === null) return undefined;
  const parsed = parsePrefer(header);
  if (!parsed.ok) return error(400, parsed.message);
  x.preferences = parsed.preferences;
  x.choice = choose(parsed.preferences, x.operation, engine.documented(x.operation));
  if (x.choice.kind === "refused") return error(400, x.choice.message);
  x.injected.push(...injectionsOf(parsed.preferences));
  if (x.choice.kind === "fault") return faultAnswer(x.choice.fault, x.requestId, clock.now(), errors);
  return undefined;
}

/** `delay=` and a network fault (`fault=reset|hang|drip|truncate|empty`): the core waits, the door plays the fault. */
function injectionsOf({ delay, fault, dripMs }: Preferences): Injection[] {
  const injected: Injection[] = [];
  if (delay !== undefined) injected.push({ kind: "delay", ms: delay, source: "prefer" });
  if (fault === "drip") injected.push({ kind: "fault", fault, ms: dripMs ?? DEFAULT_DRIP_MS, source: "prefer" });
  else if (fault !== undefined && fault !== "rate-limit") injected.push({ kind: "fault", fault, source: "prefer" });
  return injected;
}

/** GitHub reads the body as JSON whatever its Content-Type says (`curl -d` sends a form type); an object at the top. */
export function parseBody(x: RoutedExchange, { errors }: MockContext): Answer | undefined {
  if (x.facts.takesBody) {
    const parsed = x.text.trim() === "" ? ({ ok: true, value: {} } as const) : parseJsonObject(x.text);
    if (!parsed.ok) return parsed.problem === "not-json" ? errors.problemsParsingJson() : errors.notAnObject();
    x.body = parsed.value;
  }
  const headers: Record<string, string> = { authorization: `Bearer ${x.token}`, accept: "application/json" };
  if (x.version !== null) headers[API_VERSION_HEADER.toLowerCase()] = x.version;
  if (x.body !== undefined) {
    // Prism validates a body only when these two say there is one.
    headers["content-type"] = "application/json";
    headers["content-length"] = "1";
  }
  x.input = { method: x.call.method, path: x.call.url.pathname, query: queryOf(x.call.url.searchParams), headers, body: x.body };
  return undefined;
}
