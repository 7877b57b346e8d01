// The vitest (and jest-compatible) matchers, with no import of vitest at run time: vitest.ts hands them
// to `expect.extend`; the CommonJS build of the ./vitest entry exports them for a user to do so, because
// vitest cannot be require()d. Their words are the plain functions' (./assert.ts).
import { checkTimes, evaluate } from "./evaluate.js";
import type { LooseMatch } from "./match.js";
import { describeExpected, notReceivedMessage, receivedMessage, timesMessage } from "./message.js";

/** What vitest and jest pass a matcher as `this` (the part used here). */
interface MatcherContext {
  isNot: boolean;
}
interface MatcherResult {
  pass: boolean;
  message: () => string;
}

export const matchers = {
  /** `expect(mock).toHaveReceived(operationId, match?)`; with `.not`, that it received none. */
  toHaveReceived(this: MatcherContext, mock: unknown, operationId: unknown, match?: unknown): MatcherResult {
    const found = evaluate(mock, operationId, match);
    const loose = (match ?? {}) as LooseMatch;
    const id = operationId as string;
    const pass = found.matching.length > 0;
    return { pass, message: () => (pass ? receivedMessage(id, loose, found.matching) : notReceivedMessage(id, loose, found.all, found.others())) };
  },

  /** `expect(mock).toHaveReceivedTimes(operationId, n, match?)`: exactly n matching requests. */
  toHaveReceivedTimes(this: MatcherContext, mock: unknown, operationId: unknown, times: unknown, match?: unknown): MatcherResult {
    checkTimes(times);
    const found = evaluate(mock, operationId, match);
    const loose = (match ?? {}) as LooseMatch;
    const id = operationId as string;
    const pass = found.matching.length === times;
    return {
      pass,
      message: () =>
        this.isNot
          ? `expected the mock not to have received ${describeExpected(id, loose)} exactly ${times === 1 ? "1 time" : `${times} times`}, but it did`
          : timesMessage(id, loose, times, found.matching, found.others()),
    };
  },
};
