// `@copilot-spaces/mock-server/assert`: what a mock received, asserted from any test runner. Each
// function reads the mock's journal (`mock.requests()`) and throws node:assert's AssertionError, whose
// message lists what was received instead, closest first. The vitest matchers (./vitest.ts) say the same.
import { AssertionError } from "node:assert";
import type { JournalEntry } from "../core/journal/journal.js";
import { checkTimes, evaluate } from "./evaluate.js";
import type { LooseMatch } from "./match.js";
import { notReceivedMessage, receivedMessage, timesMessage } from "./message.js";
import type { OperationId, ReceivesRequests, RequestMatch } from "./types.js";

export type { JournalEntry } from "../core/journal/journal.js";
export type { DeepPartial, OperationId, ReceivesRequests, RequestMatch } from "./types.js";
export { fetchJournal, type FetchedJournal } from "./fetch-journal.js";

/** The requests the mock received of this operation that match, oldest first. */
export function received<Op extends OperationId>(mock: ReceivesRequests, operationId: Op, match?: RequestMatch<Op>): JournalEntry[] {
  return evaluate(mock, operationId, match).matching;
}

function fail(message: string, operator: string, actual: unknown, expected: unknown): never {
  throw new AssertionError({ message, operator, actual, expected });
}

/** Throws an AssertionError unless the mock received at least one matching request of this operation. */
export function assertReceived<Op extends OperationId>(mock: ReceivesRequests, operationId: Op, match?: RequestMatch<Op>): void {
  const found = evaluate(mock, operationId, match);
  if (found.matching.length === 0) fail(notReceivedMessage(operationId, (match ?? {}) as LooseMatch, found.all, found.others()), "assertReceived", 0, 1);
}

/** Throws an AssertionError if the mock received a matching request of this operation. */
export function assertNotReceived<Op extends OperationId>(mock: ReceivesRequests, operationId: Op, match?: RequestMatch<Op>): void {
  const found = evaluate(mock, operationId, match);
  if (found.matching.length > 0) fail(receivedMessage(operationId, (match ?? {}) as LooseMatch, found.matching), "assertNotReceived", found.matching.length, 0);
}

/** Throws an AssertionError unless the mock received exactly `times` matching requests of this operation. */
export function assertReceivedTimes<Op extends OperationId>(mock: ReceivesRequests, operationId: Op, times: number, match?: RequestMatch<Op>): void {
  checkTimes(times);
  const found = evaluate(mock, operationId, match);
  if (found.matching.length !== times)
    fail(timesMessage(operationId, (match ?? {}) as LooseMatch, times, found.matching, found.others()), "assertReceivedTimes", found.matching.length, times);
}
