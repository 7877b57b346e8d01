// The page's examples against the description's: each response example and the request's curl body
// must be among the operation's examples, the page's email-protection artifact standing for any email.
import type { ModelOperation } from "../model/bundle-model.ts";
import { EMAIL_PROTECTION_ARTIFACT, type SeedOperation } from "../model/seed-page.ts";

type Node = Record<string, unknown>;

export function checkExamples(op: SeedOperation, found: ModelOperation): string[] {
  const problems: string[] = [];
  for (const example of op.responseExamples) {
    if (example.body === undefined) continue;
    const values = found.responses.find((r) => r.status === example.status)?.examples ?? [];
    if (!values.some((value) => sameAsSeed(example.body, value))) {
      problems.push(`the page's ${example.status} example ("${example.title}") is not among the response's examples.`);
    }
  }
  if (op.curl.data !== undefined) {
    const body = JSON.parse(op.curl.data) as unknown;
    const values = found.requestBody?.examples ?? [];
    if (!values.some((value) => sameAsSeed(body, value))) problems.push("the page's request body example is not among the request's examples.");
  }
  return problems;
}

/**
 * Deep equality, except that the page's email-protection artifact stands for any email address:
 * the description must carry a plausible email there instead.
 */
export function sameAsSeed(seed: unknown, actual: unknown): boolean {
  if (typeof seed === "string" && EMAIL_PROTECTION_ARTIFACT.test(seed)) {
    return typeof actual === "string" && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(actual);
  }
  if (Array.isArray(seed)) {
    return Array.isArray(actual) && seed.length === actual.length && seed.every((item, i) => sameAsSeed(item, actual[i]));
  }
  if (seed !== null && typeof seed === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const a = actual as Node;
    const s = seed as Node;
    const keys = Object.keys(s);
    return keys.length === Object.keys(a).length && keys.every((key) => key in a && sameAsSeed(s[key], a[key]));
  }
  return Object.is(seed, actual);
}
