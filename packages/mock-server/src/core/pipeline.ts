// The core as a pipeline: the named steps a request meets, in order. Each step answers the request
// (and the rest are skipped) or lets it go on, having noted what it found on the exchange; the steps
// after the answer may remake it (an ETag, a 304). A new rule of GitHub's is a new step in one of these lists.
import type { Answer } from "./answer.js";
import type { Exchange, MockContext, RoutedExchange } from "./exchange.js";
import { fromEngine, fromList, fromStore } from "./steps/answer-steps.js";
import { control } from "./steps/control.js";
import { preflight, route } from "./steps/front.js";
import { authorize } from "./steps/access.js";
import { apiVersion, authenticate, parseBody, prefer, readBody } from "./steps/request-rules.js";
import { entityTag, notModified, rateLimit } from "./steps/traffic.js";
import { validate } from "./steps/validate.js";
import { applyRules, chaos } from "./steps/scenarios.js";
import { latency } from "./steps/latency.js";
import { replay } from "./steps/replay.js";

type Step<X> = (x: X, mock: MockContext) => Answer | undefined | Promise<Answer | undefined>;

/** Before the request is routed to an operation. */
const BEFORE_ROUTING: Step<Exchange>[] = [preflight, control];

/** After: GitHub's rules on the request, then the answer, from the first step that has one. */
const AFTER_ROUTING: Step<RoutedExchange>[] = [
  latency,
  apiVersion,
  authenticate,
  rateLimit,
  authorize,
  readBody,
  prefer,
  parseBody,
  // The test's scenarios once the body is parsed (a rule may match its fields), before validation: a
  // transient status comes, as GitHub's does, whatever the body holds; rules before chaos, the test's own first.
  applyRules,
  chaos,
  // Recorded answers after what the test forces, before validation: a recorded 422 is served as recorded.
  replay,
  validate,
  fromStore,
  fromList,
  fromEngine,
];

/** Once a routed request has its answer: what GitHub adds to it or makes of it. */
const AFTER_ANSWER: ((answer: Answer, x: RoutedExchange, mock: MockContext) => Answer)[] = [entityTag, notModified];

/** The answer to the exchange's call; the steps note on the exchange what they found (the journal reads it). */
export async function runPipeline(exchange: Exchange, mock: MockContext): Promise<Answer> {
  try {
    const answer = await answerOf(exchange, mock);
    return Object.keys(exchange.headers).length === 0 ? answer : { ...answer, headers: { ...exchange.headers, ...answer.headers } };
  } finally {
    // The request no longer counts as in flight against its token's secondary limit.
    exchange.admission?.release();
  }
}

async function answerOf(exchange: Exchange, mock: MockContext): Promise<Answer> {
  const { call } = exchange;
  for (const step of BEFORE_ROUTING) {
    const answer = await step(exchange, mock);
    if (answer) return answer;
  }
  const routed = route(exchange, mock);
  if (!("operation" in routed)) return routed;
  for (const step of AFTER_ROUTING) {
    let answer = await step(routed, mock);
    if (!answer) continue;
    for (const after of AFTER_ANSWER) answer = after(answer, routed, mock);
    return answer;
  }
  throw new Error(`no step answered ${call.method} ${call.url.pathname}`);
}
