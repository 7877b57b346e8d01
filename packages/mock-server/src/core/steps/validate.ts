// The request against the description, by Prism's validator: invalid input gets its real findings
// (GitHub's router's 404 for a path parameter, else a 422 naming each field), whatever answer a test
// asked for — except the documented 422 itself, which a test may ask for with invalid input too.
import type { Answer } from "../answer.js";
import type { MockContext, RoutedExchange } from "../exchange.js";
import { invalidMiss } from "../journal/near-miss.js";

export function validate(x: RoutedExchange, { engine, errors }: MockContext): Answer | undefined {
  const violations = engine.validateRequest(x.operation, x.input);
  if (violations.length > 0) {
    x.problems = violations.map((v) => ({ location: v.location.join("."), message: v.message }));
    x.nearMiss = invalidMiss(x.operation, x.problems);
  }
  const invalid = errors.fromViolations(violations, x.facts.resource, { body: x.body, query: x.call.url.searchParams });
  const documented422 = x.choice.kind === "documented" && x.choice.code === 422;
  return invalid && !(documented422 && invalid.status === 422) ? invalid : undefined;
}
