// The test's scenarios as steps, after the body is parsed (a rule may match on its fields) and before
// it is validated (a transient status, as GitHub's, comes whatever the body holds): the first rule
// that matches, then seeded chaos. Each notes what it injects on the exchange, for the core to wait
// out or hand to the door, and for the journal; a status is answered here (one of GitHub's transient
// ones) or by the answer steps (a documented status or example, through the exchange's choice).
import type { Answer } from "../answer.js";
import type { MockContext, RoutedExchange } from "../exchange.js";
import type { InjectionSource } from "../injections/injection.js";
import { faultAnswer } from "../rules/faults.js";
import type { Choice } from "../rules/prefer.js";

export function applyRules(x: RoutedExchange, mock: MockContext): Answer | undefined {
  if (mock.scenarios.rules.size === 0) return undefined;
  const rule = mock.scenarios.rules.take(x);
  if (!rule) return undefined;
  const by = { source: "rule", rule: rule.index } as const;
  if (rule.delay !== undefined) x.injected.push({ kind: "delay", ms: rule.delay, ...by });
  if (rule.fault) x.injected.push({ kind: "fault", ...rule.fault, ...by });
  return force(x, mock, rule.answers.get(x.operation), by);
}

export function chaos(x: RoutedExchange, mock: MockContext): Answer | undefined {
  const chaos = mock.scenarios.chaos;
  if (!chaos?.inScope(x.operation.operationId)) return undefined;
  const pick = chaos.draw();
  if (!pick) return undefined;
  const by = { source: "chaos" } as const;
  if (pick.kind === "delay") x.injected.push({ kind: "delay", ms: pick.ms, ...by });
  else if (pick.kind === "fault") x.injected.push({ kind: "fault", fault: pick.fault, ...by });
  else return force(x, mock, { kind: "fault", fault: pick.fault }, by);
  return undefined;
}

/**
 * The answer a rule or chaos forces. A request that asked for its own answer with `Prefer` keeps it:
 * the test that sent it said what it wants (the rule's delay and fault still apply, and its count goes down).
 */
function force(x: RoutedExchange, mock: MockContext, choice: Choice | undefined, by: { source: InjectionSource; rule?: number }): Answer | undefined {
  if (!choice || x.choice.kind !== "none") return undefined;
  if (choice.kind === "fault") {
    const answer = faultAnswer(choice.fault, x.requestId, mock.clock.now(), mock.errors);
    x.injected.push({ kind: "status", status: answer.status, ...by });
    return answer;
  }
  if (choice.kind !== "documented") return undefined;
  x.choice = choice;
  x.injected.push({ kind: "status", status: choice.code!, ...(choice.exampleKey === undefined ? {} : { example: choice.exampleKey }), ...by });
  return undefined;
}
