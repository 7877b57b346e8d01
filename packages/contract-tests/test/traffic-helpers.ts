// What the traffic suites share: an operation's request from the description's examples, sent with a
// token of its own through the client (or fetch, for what the client does not expose); the headers the
// description declares for an answer, checked against their schemas; and the rate-limit answers the
// description documents (the statuses that declare a wait, the examples they all hold).
import { request } from "node:http";
import { ApiError, createCopilotSpacesClient } from "@copilot-spaces/client";
import { deref, type Json, type ModelOperation, type ModelResponse } from "@copilot-spaces/tools/bundle-model";
import { methodName } from "@copilot-spaces/tools/generate-client";
import { expect } from "vitest";
import { bundle, exampleOf, id, operations, pathParams, validator } from "./contract-helpers.js";

/**
 * HTTP's and GitHub's traffic vocabulary, not facts of this API: the validators and conditional request
 * headers of RFC 9110, its 304 and `retry-after`, and GitHub's count of what is left of the budget. Each
 * is checked to be declared by the description where a test relies on it.
 */
export const HTTP = {
  etag: "etag",
  ifNoneMatch: "if-none-match",
  lastModified: "last-modified",
  ifModifiedSince: "if-modified-since",
  retryAfter: "retry-after",
  remaining: "x-ratelimit-remaining",
  notModified: 304,
} as const;

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

let tokens = 0;
/** A token no other case uses, so that each case starts with whole budgets. */
export const freshToken = () => `contract-traffic-${process.pid}-${++tokens}`;

const params = (op: ModelOperation) => ({ ...pathParams(op), ...(op.requestBody ? exampleOf(op) : {}) });

/** The operation called through the client with the description's examples: its answer, an error's included. */
export async function callOp(baseUrl: string, token: string, op: ModelOperation, headers: Record<string, string> = {}): Promise<Answer> {
  const client = createCopilotSpacesClient({ token, baseUrl, retry: false, timeoutMs: 15_000 });
  const { namespace, method } = methodName(id(op));
  type Method = (p: unknown, o: unknown) => { withResponse(): Promise<{ data: unknown; status: number; headers: Headers }> };
  const fn = (client as unknown as Record<string, Record<string, Method>>)[namespace]![method]!;
  try {
    const { data, status, headers: answered } = await fn(params(op), { headers }).withResponse();
    return { status, headers: answered, body: data };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, headers: error.headers, body: error.body };
  }
}

/** The operation's URL on `baseUrl`, with the description's example path parameters. */
export function urlOf(op: ModelOperation, baseUrl: string): string {
  const values = pathParams(op);
  return `${baseUrl}${op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])))}`;
}

/**
 * A write of `token` that stays in flight: its headers sent, its body never. The mock counts it against
 * the token's concurrent requests until the returned function drops it.
 */
export function holdWrite(baseUrl: string, token: string): () => void {
  const write = operations.find((op) => op.requestBody)!;
  const held = request(urlOf(write, baseUrl), {
    method: write.method.toUpperCase(),
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": "1000" },
  });
  held.on("error", () => undefined); // dropped on purpose
  held.flushHeaders();
  return () => held.destroy();
}

export const responseOf = (op: ModelOperation, status: number): ModelResponse => {
  const response = op.responses.find((r) => r.status === status);
  if (!response) throw new Error(`${id(op)}: the description documents no ${status}`);
  return response;
};
const names = (response: ModelResponse) => response.headers.map((h) => h.name.toLowerCase());

/** The headers the description declares on every answer of the operation, and those it marks required on this one. */
export function mustCarry(op: ModelOperation, status: number): string[] {
  const everyAnswer = names(op.responses[0]!).filter((name) => op.responses.every((r) => names(r).includes(name)));
  return [
    ...new Set([
      ...everyAnswer,
      ...responseOf(op, status)
        .headers.filter((h) => h.required)
        .map((h) => h.name.toLowerCase()),
    ]),
  ];
}

/** A header's text as its schema types it: an integer header must be digits. */
function typed(schema: Json | undefined, raw: string): unknown {
  const type = schema?.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
}

/** Each header in `present` is there; each header the description declares for the status, where sent, is valid for its schema. */
export function expectHeaders(op: ModelOperation, status: number, headers: Headers, present: string[]): void {
  for (const name of present) expect(headers.get(name), `${id(op)} ${status}: the header ${name}`).not.toBeNull();
  for (const header of responseOf(op, status).headers) {
    const raw = headers.get(header.name);
    if (raw === null) continue;
    const value = typed(header.node.schema as Json | undefined, raw);
    expect(validator.validate(`${header.at}/schema`, value).errors, `${id(op)} ${status}: ${header.name}: ${raw}`).toEqual([]);
  }
}

/** The named examples of the response to a status, in the description's order. */
export function exampleNames(op: ModelOperation, status: number): string[] {
  const node = deref(bundle, (op.operation.responses as Json)[String(status)], "").node;
  const media = Object.values((node.content ?? {}) as Record<string, Json>);
  return media.flatMap((m) => Object.keys((m.examples ?? {}) as Json));
}

/** The statuses a rate limit is answered with: those whose response declares how long to wait. */
export const rateLimitStatuses = (op: ModelOperation) => op.responses.filter((r) => names(r).includes(HTTP.retryAfter)).map((r) => r.status);

/**
 * The rate-limit examples: the named examples every rate-limit status holds. With one such status there
 * is nothing to tell its rate limits from its other answers (a 403's `forbidden`): none, and the
 * forced-limit test says the operation lacks a status of its own for rate limits.
 */
export function rateLimitExamples(op: ModelOperation): string[] {
  const [first, ...rest] = rateLimitStatuses(op).map((status) => exampleNames(op, status));
  if (rest.length === 0) return [];
  return first!.filter((name) => rest.every((other) => other.includes(name)));
}

/** The rate-limit statuses whose every example is a rate limit: asked for by code alone, they are one. */
export const onlyRateLimitStatuses = (op: ModelOperation) =>
  rateLimitStatuses(op).filter((status) => {
    const examples = exampleNames(op, status);
    return examples.length > 0 && examples.every((name) => rateLimitExamples(op).includes(name));
  });

const exampleMessage = (name: string) =>
  (((bundle as Json).components as Json).examples as Record<string, { value: { message: string } }>)[name]!.value.message;
/** A message with its request ID, time and numbers masked: the mock stamps its own in GitHub's words. */
const words = (message: string) => message.replace(/[0-9A-Fa-f][0-9A-Fa-f:-]*/g, "#");

/** The body speaks one of the description's rate-limit examples' words. */
export function expectRateLimitWords(op: ModelOperation, body: unknown): void {
  const said = words(String((body as { message?: unknown } | undefined)?.message));
  expect(
    rateLimitExamples(op).map((name) => words(exampleMessage(name))),
    `${id(op)}: the message is none of the rate-limit examples'`,
  ).toContain(said);
}

/** A rate-limit answer says when to try again: `retry-after`, or no budget left and when it is whole again. */
export function expectSaysWhenToRetry(op: ModelOperation, headers: Headers): void {
  const retryAfter = headers.get(HTTP.retryAfter);
  if (retryAfter !== null) return void expect(Number(retryAfter)).toBeGreaterThanOrEqual(0);
  expect(headers.get(HTTP.remaining), `${id(op)}: a rate limit without ${HTTP.retryAfter} must leave no budget`).toBe("0");
}
