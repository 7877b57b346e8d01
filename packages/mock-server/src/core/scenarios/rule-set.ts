// The rules in force and how many times each may still apply. A request is matched against them in
// order: the first rule that matches and has times left applies, and no other (a later rule that
// also matches is not consulted and keeps its count), as WireMock picks one stub per request.
import type { RoutedExchange } from "../exchange.js";
import type { CheckedRule, Rule } from "./rule-document.js";

/** A rule as GET /__mock/rules and `mock.rules()` show it. */
export interface RuleStanding {
  index: number;
  rule: Rule;
  /** Requests it has applied to since it was loaded (or the mock reset). */
  matched: number;
  /** How many more it applies to; null for every one. */
  remaining: number | null;
}

export class RuleSet {
  readonly #rules: readonly CheckedRule[];
  readonly #matched: number[];

  constructor(rules: readonly CheckedRule[]) {
    this.#rules = rules;
    this.#matched = rules.map(() => 0);
  }

  get size(): number {
    return this.#rules.length;
  }

  /** The rule that applies to the request, its count taken; undefined when none does. */
  take(x: RoutedExchange): CheckedRule | undefined {
    for (const rule of this.#rules) {
      if (rule.times !== undefined && this.#matched[rule.index]! >= rule.times) continue;
      if (!matches(rule, x)) continue;
      this.#matched[rule.index]!++;
      return rule;
    }
    return undefined;
  }

  standing(): RuleStanding[] {
    return this.#rules.map((rule) => ({
      index: rule.index,
      rule: structuredClone(rule.given),
      matched: this.#matched[rule.index]!,
      remaining: rule.times === undefined ? null : rule.times - this.#matched[rule.index]!,
    }));
  }
}

function matches(rule: CheckedRule, x: RoutedExchange): boolean {
  // The operation stands for operationId, method and a path template, all checked when the rules were loaded.
  if (!rule.answers.has(x.operation)) return false;
  if (rule.literalPath !== undefined && x.call.url.pathname !== rule.literalPath) return false;
  for (const [name, value] of rule.headers) if (x.call.header(name) !== value) return false;
  const params = x.call.url.searchParams;
  for (const [name, value] of rule.query) if (!params.getAll(name).includes(value)) return false;
  return rule.body === undefined || (x.body !== undefined && holds(x.body, rule.body));
}

/** Whether `value` holds `pattern`: an object every field of the pattern's (at any depth), anything else equal. */
export function holds(value: unknown, pattern: unknown): boolean {
  if (isPlainObject(pattern)) {
    if (!isPlainObject(value)) return false;
    return Object.entries(pattern).every(([key, inner]) => Object.hasOwn(value, key) && holds(value[key], inner));
  }
  if (Array.isArray(pattern)) return Array.isArray(value) && value.length === pattern.length && pattern.every((item, i) => equal(value[i], item));
  return value === pattern;
}

function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(b)) return Array.isArray(a) && a.length === b.length && b.every((item, i) => equal(a[i], item));
  if (isPlainObject(b)) {
    if (!isPlainObject(a) || Object.keys(a).length !== Object.keys(b).length) return false;
    return Object.entries(b).every(([key, inner]) => Object.hasOwn(a, key) && equal(a[key], inner));
  }
  return a === b;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
