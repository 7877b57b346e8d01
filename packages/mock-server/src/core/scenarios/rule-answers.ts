// What a rule's `status`, `example` and `rateLimit` ask of one operation, decided when the rules are
// loaded: one of GitHub's transient answers (the same faults `Prefer` forces, core/rules/faults.ts), or
// a documented status and example of the operation. Anything else is refused, naming what exists.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import type { Documented } from "../../engine/prism-engine.js";
import { FAULT_CODES } from "../rules/faults.js";
import type { Choice } from "../rules/prefer.js";
import { RulesError, whole } from "./rule-checks.js";
import type { Rule } from "./rule-document.js";

/** The longest wait a rule may ask of a client: an hour, as GitHub's primary limits reset within one (as `Prefer: retry-after`). */
const MAX_RETRY_AFTER_S = 3600;
const TRANSIENT = `GitHub's transient statuses, on every operation: ${FAULT_CODES.join(", ")}, and 403 or 429 with "rateLimit"`;

/** The answer the rule forces on `operation`, undefined for a rule that only delays or faults. */
export function answerOf(rule: Rule, operation: ModelOperation, answers: Documented[], field: (name: string) => string): Choice | undefined {
  const { status, example, rateLimit } = rule;
  const retryAfter = whole(rule.retryAfter, field("retryAfter"), 0, MAX_RETRY_AFTER_S, "seconds");
  if (status !== undefined && (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599))
    throw new RulesError(`${field("status")}: expected an HTTP status from 100 to 599, got ${JSON.stringify(status)}`);
  if (example !== undefined && (typeof example !== "string" || example === ""))
    throw new RulesError(`${field("example")}: expected the name of one of the operation's examples, got ${JSON.stringify(example)}`);

  if (rateLimit !== undefined) {
    if (rateLimit !== "primary" && rateLimit !== "secondary")
      throw new RulesError(`${field("rateLimit")}: expected "primary" or "secondary", got ${JSON.stringify(rateLimit)}`);
    if (example !== undefined) throw new RulesError(`${field("example")}: a rate limit answers in GitHub's words, with no example`);
    // GitHub answers either limit with 403 or 429 (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
    const limited = status ?? 403;
    if (limited !== 403 && limited !== 429) throw new RulesError(`${field("status")}: a rate limit is answered with 403 or 429, not ${limited}`);
    return {
      kind: "fault",
      fault:
        rateLimit === "primary"
          ? { kind: "primary-rate-limit", status: limited, resetAfter: retryAfter }
          : { kind: "secondary-rate-limit", status: limited, retryAfter },
    };
  }
  if (retryAfter !== undefined && status !== 429) throw new RulesError(`${field("retryAfter")}: goes with status 429, or with "rateLimit"`);
  if (status !== undefined && example === undefined && (FAULT_CODES as readonly number[]).includes(status))
    return {
      kind: "fault",
      fault: status === 429 ? { kind: "secondary-rate-limit", retryAfter, status: 429 } : { kind: "server-error", status: status as 500 | 502 | 503 },
    };

  const name = operation.operationId;
  if (status !== undefined && !answers.some((answer) => answer.status === status))
    throw new RulesError(`${field("status")}: ${status} is not documented for ${name}; documented: ${answers.map((a) => a.status).join(", ")}; ${TRANSIENT}`);
  if (example !== undefined) {
    const holder = answers.find((answer) => answer.examples.includes(example) && (status === undefined || answer.status === status));
    if (!holder) {
      const known = answers.flatMap((answer) => answer.examples.map((key) => `${key} (${answer.status})`));
      throw new RulesError(
        `${field("example")}: ${JSON.stringify(example)} is not ${status === undefined ? "an example" : `an example of the ${status} answer`} of ${name}; its examples: ${known.join(", ") || "none"}`,
      );
    }
    return { kind: "documented", code: holder.status, exampleKey: example };
  }
  return status === undefined ? undefined : { kind: "documented", code: status, exampleKey: undefined };
}
