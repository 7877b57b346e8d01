// A rules document read and checked once, when it is loaded (the `rules` option, `--rules FILE`,
// PUT /__mock/rules, `mock.setRules()`): every field known, every operationId and status one the
// description has, every rule able to match some operation. A refusal names the rule's index and field.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import type { Documented } from "../../engine/prism-engine.js";
import { MAX_WAIT_MS, NETWORK_FAULTS, NO_STATUS_FAULTS, type NetworkFault } from "../injections/injection.js";
import { CREDENTIAL_HEADERS } from "../rules/http-rules.js";
import type { Choice } from "../rules/prefer.js";
import { answerOf } from "./rule-answers.js";
import { isObject, jsonOnly, kind, RulesError, whole } from "./rule-checks.js";

export { RulesError };

/** One rule as a test writes it: what it matches, how many times, and what it does. */
export interface Rule {
  operationId?: string;
  /** Any case: "post". */
  method?: string;
  /** A template as the description writes it (`/orgs/{org}/copilot-spaces`) or a literal path (`/orgs/octo-org/copilot-spaces`). */
  path?: string;
  /** Request headers that must have these values (names in any case). */
  headers?: Record<string, string>;
  /** Query parameters that must have these values (a number or boolean is compared as written: `per_page: 5` is "5"). */
  query?: Record<string, string | number | boolean>;
  /** Fields the body must hold (objects match partially, at any depth; arrays and values exactly). */
  body?: Record<string, unknown>;
  /** The first N matching requests; default: every one. */
  times?: number;
  /** A status the operation documents, or GitHub's transient ones: 429, 500, 502, 503. */
  status?: number;
  /** One of the operation's named examples. */
  example?: string;
  /** GitHub's primary or secondary rate limit, answered with `status` 403 (default) or 429. */
  rateLimit?: "primary" | "secondary";
  /** Seconds in `retry-after` (a secondary limit, a 429) or until `x-ratelimit-reset` (a primary limit). */
  retryAfter?: number;
  /** Milliseconds to wait before the answer leaves. */
  delay?: number;
  fault?: NetworkFault;
  /** For `fault: "drip"`: the time over which the body is sent, in ms. */
  faultMs?: number;
}

export interface RuleDocument {
  rules: Rule[];
}

/** A rule as the rules step applies it: the operations it can match and what it does to each. */
export interface CheckedRule {
  index: number;
  /** The rule as it was given (GET /__mock/rules shows it). */
  given: Rule;
  /** Each operation the rule can match, and the answer it forces there (none for a rule that only delays or faults). */
  answers: Map<ModelOperation, Choice | undefined>;
  /** A literal path the request's must equal. */
  literalPath?: string;
  headers: [string, string][];
  query: [string, string][];
  body?: Record<string, unknown>;
  times: number | undefined;
  delay?: number;
  fault?: { fault: NetworkFault; ms?: number };
}

const FIELDS = [
  "operationId",
  "method",
  "path",
  "headers",
  "query",
  "body",
  "times",
  "status",
  "example",
  "rateLimit",
  "retryAfter",
  "delay",
  "fault",
  "faultMs",
];
const ACTIONS = ["status", "example", "rateLimit", "delay", "fault"];
/** Rules of more are a mistake, not a scenario; each request is matched against all of them in turn. */
export const MAX_RULES = 1000;

/** The rules of a document, checked against the description's operations, or a RulesError naming the rule and field. */
export function checkRules(document: unknown, operations: ModelOperation[], documented: (operation: ModelOperation) => Documented[]): CheckedRule[] {
  if (!isObject(document)) throw new RulesError(`expected a JSON object { "rules": [ … ] }, got ${kind(document)}`);
  const extra = Object.keys(document).filter((key) => key !== "rules");
  if (extra.length > 0) throw new RulesError(`unknown field "${extra[0]}"; a rules document has only "rules"`);
  const { rules } = document;
  if (!Array.isArray(rules)) throw new RulesError(`"rules": expected an array of rules, got ${kind(rules)}`);
  if (rules.length > MAX_RULES) throw new RulesError(`"rules": at most ${MAX_RULES} rules, got ${rules.length}`);
  return rules.map((rule, index) => checkRule(rule, index, operations, documented));
}

function checkRule(rule: unknown, index: number, operations: ModelOperation[], documented: (operation: ModelOperation) => Documented[]): CheckedRule {
  const at = `rules[${index}]`;
  if (!isObject(rule)) throw new RulesError(`${at}: expected an object, got ${kind(rule)}`);
  const unknown = Object.keys(rule).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) throw new RulesError(`${at}.${unknown}: unknown field; a rule's fields are ${FIELDS.join(", ")}`);
  if (!ACTIONS.some((action) => rule[action] !== undefined)) throw new RulesError(`${at}: does nothing; give at least one of ${ACTIONS.join(", ")}`);
  const field = (name: string) => `${at}.${name}`;
  // A field set to undefined is a field not given (as in JSON); below the top, it is refused (it would widen a match).
  for (const [key, value] of Object.entries(rule)) if (value !== undefined) jsonOnly(value, field(key));
  // A copy: what GET /__mock/rules shows, and what a later change to the caller's object cannot touch.
  const given = structuredClone(rule) as Rule;

  const ids = operations.map((o) => o.operationId);
  if (given.operationId !== undefined && (typeof given.operationId !== "string" || !ids.includes(given.operationId)))
    throw new RulesError(
      `${field("operationId")}: ${JSON.stringify(given.operationId)} is not an operation of the description; its operations: ${ids.join(", ")}`,
    );
  const methods = [...new Set(operations.map((o) => o.method.toUpperCase()))];
  const method = given.method === undefined ? undefined : typeof given.method === "string" ? given.method.toUpperCase() : "";
  if (method !== undefined && !methods.includes(method))
    throw new RulesError(`${field("method")}: ${JSON.stringify(given.method)} is not a method of the description; its methods: ${methods.join(", ")}`);
  if (given.path !== undefined && (typeof given.path !== "string" || !given.path.startsWith("/")))
    throw new RulesError(
      `${field("path")}: expected a path starting with "/" (a template such as /orgs/{org}/copilot-spaces, or a literal one), got ${JSON.stringify(given.path)}`,
    );
  if (given.path !== undefined && /[?#]/.test(given.path))
    throw new RulesError(`${field("path")}: a path without "?" or "#"; match query parameters with "query"`);
  const template = given.path?.includes("{") ? given.path : undefined;
  const literalPath = given.path !== undefined && template === undefined ? given.path : undefined;

  const headers = stringPairs(given.headers, field("headers")).map(([name, value]) => [name.toLowerCase(), value] as [string, string]);
  // Credentials must not be written in a rules file: GET /__mock/rules shows it back, and logs may print it.
  const credential = headers.find(([name]) => CREDENTIAL_HEADERS.has(name));
  if (credential)
    throw new RulesError(
      `${field(`headers.${credential[0]}`)}: credentials cannot be matched (a rules file is shown back by GET /__mock/rules); match on another header`,
    );
  const query = stringPairs(given.query, field("query"));
  if (given.body !== undefined && !isObject(given.body))
    throw new RulesError(`${field("body")}: expected an object of fields to match, got ${kind(given.body)}`);
  const times = whole(given.times, field("times"), 1, Number.MAX_SAFE_INTEGER, "omit it for every matching request");
  const delay = whole(given.delay, field("delay"), 0, MAX_WAIT_MS, "milliseconds");
  if (given.fault !== undefined && !(NETWORK_FAULTS as readonly unknown[]).includes(given.fault))
    throw new RulesError(`${field("fault")}: ${JSON.stringify(given.fault)} is not a network fault; the faults: ${NETWORK_FAULTS.join(", ")}`);
  const faultMs = whole(given.faultMs, field("faultMs"), 1, MAX_WAIT_MS, "milliseconds");
  if (faultMs !== undefined && given.fault !== "drip") throw new RulesError(`${field("faultMs")}: goes with fault "drip" only`);
  // Reset, hang and empty send no status line, so a status of the same rule would never be seen (the fault wins):
  // refused rather than dropped. Truncate and drip send the status, then cut or slow the body.
  const answering = (["status", "example", "rateLimit"] as const).find((name) => given[name] !== undefined);
  if (answering !== undefined && NO_STATUS_FAULTS.has(given.fault as NetworkFault))
    throw new RulesError(
      `${field(answering)} and ${field("fault")}: fault ${JSON.stringify(given.fault)} sends no status line, so ${answering} would never be seen; give one or the other (faults "truncate" and "drip" send the status)`,
    );

  const candidates = operations.filter(
    (o) =>
      (given.operationId === undefined || o.operationId === given.operationId) &&
      (method === undefined || o.method.toUpperCase() === method) &&
      (template === undefined || o.path === template) &&
      (literalPath === undefined || templateRegExp(o.path).test(literalPath)) &&
      (given.body === undefined || o.requestBody !== undefined),
  );
  if (candidates.length === 0) {
    const asked = [given.operationId, method, given.path, given.body === undefined ? undefined : "a body"].filter((part) => part !== undefined).join(", ");
    throw new RulesError(`${at}: matches no operation of the description (${asked}); check its operationId, method and path`);
  }
  const answers = new Map<ModelOperation, Choice | undefined>();
  for (const operation of candidates) {
    const answer = answerOf(given, operation, documented(operation), field);
    answers.set(operation, answer);
  }
  return {
    index,
    given,
    answers,
    ...(literalPath === undefined ? {} : { literalPath }),
    headers,
    query,
    ...(given.body === undefined ? {} : { body: given.body }),
    times,
    ...(delay === undefined ? {} : { delay }),
    ...(given.fault === undefined ? {} : { fault: faultMs === undefined ? { fault: given.fault } : { fault: given.fault, ms: faultMs } }),
  };
}

/** `/orgs/{org}/copilot-spaces` → a RegExp matching `/orgs/octo-org/copilot-spaces`. */
function templateRegExp(template: string): RegExp {
  const escaped = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[^/]+")}$`);
}

function stringPairs(value: unknown, at: string): [string, string][] {
  if (value === undefined) return [];
  if (!isObject(value)) throw new RulesError(`${at}: expected an object of names and values, got ${kind(value)}`);
  return Object.entries(value).map(([name, v]) => {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
      throw new RulesError(`${at}.${name}: expected a string (or a number or boolean, compared as written), got ${kind(v)}`);
    return [name, String(v)];
  });
}
