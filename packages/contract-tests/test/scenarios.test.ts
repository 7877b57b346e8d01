// The mock's scenarios in the contract: rules, network faults and delays, each over real HTTP on a mock
// started here, and each read back from the journal (GET /__mock/requests). Every operation of the bundle:
// a rule forcing each documented status (each named example where a status has several) once, the
// client's answer documented and valid, then the usual success; `Prefer: fault=reset` (and `truncate` where
// the success has a body) and a rule's `fault: "reset"` met by the client as its ConnectionError; a delay,
// asked by `Prefer` and by a rule, that leaves the answer valid and arrives no sooner than asked.
import { ConnectionError } from "@copilot-spaces/client";
import { startMockServer, type MockServer } from "@copilot-spaces/mock-server";
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bundle, expectDocumented, expectValid, id, operations, responseSchema, successOf } from "./contract-helpers.js";
import { Coverage } from "./coverage.js";
import { callOp, exampleNames } from "./traffic-helpers.js";

const coverage = new Coverage(operations.map((op) => [id(op), ["rule status", "fault", "delay"]]));
const TOKEN = "contract-scenarios";
/** Long enough to tell from an answer's own time on a busy machine; checked as a lower bound only. */
const DELAY_MS = 200;

let mock: MockServer;
// Rate limits off: every case sends several requests of one token, writes included, within the minute.
beforeAll(async () => void (mock = await startMockServer({ port: 0, rateLimit: false })));
afterAll(() => mock?.close());

/** What the test reads of a journal entry: its status and what was injected into it. */
interface Entry {
  seq: number;
  status: number;
  injected: Record<string, unknown>[];
}

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  const init = body === undefined ? { method } : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const response = await fetch(`${mock.url}${path}`, init);
  expect(response.ok, `${method} ${path}: ${response.status} ${response.ok ? "" : await response.clone().text()}`).toBe(true);
  return response;
}
/** Replaces the rules and empties the journal, so that a case reads only its own requests. */
async function begin(rules: Record<string, unknown>[]): Promise<void> {
  await control("PUT", "/__mock/rules", { rules });
  await control("DELETE", "/__mock/requests");
}
async function journal(op: ModelOperation): Promise<Entry[]> {
  const response = await control("GET", `/__mock/requests?operationId=${encodeURIComponent(id(op))}`);
  return ((await response.json()) as { requests: Entry[] }).requests;
}

/** Each documented status, and each of its named examples where it has several: what a rule can force. */
type Forced = [status: number, example?: string];
const forced = (op: ModelOperation): Forced[] =>
  op.responses.flatMap((r): Forced[] => {
    const names = exampleNames(op, r.status);
    return names.length > 1 ? names.map((name): Forced => [r.status, name]) : [[r.status]];
  });

/** The client's answer to the operation, or what it threw when that was not an answer (a ConnectionError). */
const call = (op: ModelOperation, headers: Record<string, string> = {}) => callOp(mock.url, TOKEN, op, headers).catch((error: unknown) => error);

function expectSuccess(op: ModelOperation, answer: unknown): void {
  expect(answer, `${id(op)}: the usual success`).toMatchObject({ status: successOf(op) });
  expectValid(op, successOf(op), (answer as { body: unknown }).body);
}

describe("a rule forces each documented status once, then the usual success; the journal shows it", () => {
  const cases = operations.flatMap((op) =>
    forced(op).map(([status, example]) => [`${id(op)} → ${status}${example ? ` (${example})` : ""}`, op, status, example] as const),
  );
  it.each(cases)("%s", async (_name, op, status, example) => {
    await begin([{ operationId: id(op), status, ...(example ? { example } : {}), times: 1 }]);
    const answer = await call(op);
    expect(answer, `${id(op)}: a forced ${status} is an answer, not a broken connection`).toMatchObject({ status });
    expectDocumented(op, status);
    expectValid(op, status, (answer as { body: unknown }).body);
    expectSuccess(op, await call(op));

    const entries = await journal(op);
    expect(entries.map((e) => e.status)).toEqual([status, successOf(op)]);
    expect(entries[0]!.injected).toEqual([expect.objectContaining({ kind: "status", status, source: "rule", rule: 0 })]);
    if (example) expect(entries[0]!.injected[0]).toMatchObject({ example });
    expect(entries[1]!.injected, "times: 1 is spent: the next request is left alone").toEqual([]);
    coverage.count(id(op), "rule status");
  });
});

/** A network fault as the client meets it: its ConnectionError, in the phase the fault breaks. */
function expectConnectionError(op: ModelOperation, thrown: unknown, phase: "request" | "body"): void {
  expect(thrown, `${id(op)}: a broken connection is the client's ConnectionError`).toBeInstanceOf(ConnectionError);
  expect((thrown as ConnectionError).phase).toBe(phase);
}

describe("network faults over HTTP: the client's ConnectionError, the fault in the journal", () => {
  const hasBody = (op: ModelOperation) => responseSchema(op, successOf(op)) !== undefined;
  const preferred = operations.flatMap((op) => [
    [`${id(op)}: Prefer: fault=reset`, op, "reset", "request"] as const,
    ...(hasBody(op) ? [[`${id(op)}: Prefer: fault=truncate`, op, "truncate", "body"] as const] : []),
  ]);
  it.each(preferred)("%s", async (_name, op, fault, phase) => {
    await begin([]);
    expectConnectionError(op, await call(op, { prefer: `fault=${fault}` }), phase);
    const entries = await journal(op);
    expect(entries, "the client does not retry (retry: false): one request").toHaveLength(1);
    expect(entries[0]!.injected).toEqual([expect.objectContaining({ kind: "fault", fault, source: "prefer" })]);
    coverage.count(id(op), "fault");
  });

  // The rules and the doors were built apart: a rule's fault must reach the socket as Prefer's does.
  it.each(operations.map((op) => [`${id(op)}: a rule's fault: "reset", times: 1`, op] as const))("%s", async (_name, op) => {
    await begin([{ operationId: id(op), fault: "reset", times: 1 }]);
    expectConnectionError(op, await call(op), "request");
    expectSuccess(op, await call(op));
    const entries = await journal(op);
    expect(entries).toHaveLength(2);
    expect(entries[0]!.injected).toEqual([expect.objectContaining({ kind: "fault", fault: "reset", source: "rule", rule: 0 })]);
    expect(entries[1]!.injected).toEqual([]);
    coverage.count(id(op), "fault");
  });
});

describe(`a delay of ${DELAY_MS} ms, by Prefer and by a rule: the answer valid, no sooner, in the journal`, () => {
  const cases = operations.flatMap((op) => [
    [`${id(op)}: Prefer: delay=${DELAY_MS}`, op, "prefer"] as const,
    [`${id(op)}: a rule's delay`, op, "rule"] as const,
  ]);
  it.each(cases)("%s", async (_name, op, source) => {
    await begin(source === "rule" ? [{ operationId: id(op), delay: DELAY_MS, times: 1 }] : []);
    const started = performance.now();
    const answer = await call(op, source === "prefer" ? { prefer: `delay=${DELAY_MS}` } : {});
    const elapsed = performance.now() - started;
    expectSuccess(op, answer);
    // A lower bound only: how much later than asked depends on the machine's load, which is not checked.
    expect(elapsed, `${id(op)}: answered ${elapsed.toFixed(1)} ms after the call`).toBeGreaterThanOrEqual(DELAY_MS);
    const entries = await journal(op);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.injected).toEqual([expect.objectContaining({ kind: "delay", ms: DELAY_MS, source, ...(source === "rule" ? { rule: 0 } : {}) })]);
    coverage.count(id(op), "delay");
  });
});

afterAll(() => coverage.save(inject("coverageDir"), "scenarios"));

describe("coverage", () => {
  it("fills every cell: each operation's rule-forced statuses, its faults and its delays", () => {
    expect(coverage.empty(), "operations with no coverage").toEqual([]);
  });
});
