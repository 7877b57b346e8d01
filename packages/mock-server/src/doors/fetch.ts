// The fetch door: `createMock()` gives a `fetch`, called as the global one is (a Request, or a URL and
// its init), that answers with a Response and opens no port or socket. Pass it as a client's `fetch`
// option (ours, openapi-fetch's, Octokit's `request.fetch`), or call it from a test directly.
import type { Call, Reply } from "../core/call.js";
import { createCore, type MockOptions } from "../core/core.js";
import type { BodyText } from "../core/rules/limits.js";
import type { JournalEntry, JournalFilter } from "../core/journal/journal.js";
import { seedInput } from "../fixtures/seed-input.js";
import type { SeedData, SeedOwner } from "../generated/fixtures.js";
import type { Snapshot } from "../store/store.js";
import type { RuleDocument, Rule } from "../core/scenarios/rule-document.js";
import type { RuleStanding } from "../core/scenarios/rule-set.js";
import type { ChaosKind, ChaosOptions } from "../core/scenarios/chaos.js";
import { closedUnderIt, playInProcess } from "./fetch-faults.js";

export type { ChaosKind, ChaosOptions, JournalEntry, JournalFilter, Rule, RuleDocument, RuleStanding, SeedData, SeedOwner, Snapshot };

function stateless(): never {
  throw new Error("This mock is stateless: createMock({ stateful: true }) keeps state.");
}

export type { MockOptions };

export interface Mock {
  /** Answers a request as GitHub would. */
  fetch: typeof fetch;
  /** Resolves once the requests in flight are answered (for at most closeTimeoutMs); later calls to `fetch` reject. */
  close(): Promise<void>;
  /** Back to how the mock started (as POST /__mock/reset): its token table, whole rate-limit budgets, an empty journal, and in stateful mode its seed. */
  reset(): void;
  /** Stateful mode: the state, as GET /__mock/state gives it. */
  snapshot(): Snapshot;
  /** Stateful mode: loads a snapshot, or throws naming what is wrong with it (the state is then unchanged). */
  restore(snapshot: Snapshot): void;
  /**
   * Stateful mode: the owner's collection becomes exactly these items (fixtures, typically), with their
   * resources and collaborators; or throws a SeedError naming the field and the rule (the state then unchanged).
   */
  seed(owner: SeedOwner, data: SeedData): void;
  /** Replaces the token table (as PUT /__mock/tokens), or throws naming the entry and the rule (never the token). */
  setTokens(tokens: NonNullable<MockOptions["tokens"]>): void;
  /** Moves the mock's clock on by `ms` (as POST /__mock/clock): rate-limit windows end, timestamps move. */
  advanceClock(ms: number): void;
  /** Every token's rate-limit budget whole again (as POST /__mock/rate-limits/reset). */
  resetRateLimits(): void;
  /** The requests received, oldest first (as GET /__mock/requests), narrowed by the filter; a bad filter throws a RangeError naming its field. */
  requests(filter?: JournalFilter): JournalEntry[];
  /** Empties the journal (as DELETE /__mock/requests). */
  clearRequests(): void;
  /**
   * Replaces the rules in force (as PUT /__mock/rules), their counts whole, or throws a `RulesError` naming the
   * rule's index and field (the rules then unchanged). `reset()` brings back the `rules` the mock started with.
   */
  setRules(document: RuleDocument): void;
  /** The rules in force, each with how many requests it applied to and how many it still will (as GET /__mock/rules). */
  rules(): RuleStanding[];
}

export interface CreateMockOptions extends MockOptions {
  /** How long close() waits for requests in flight; default 4000 ms. */
  closeTimeoutMs?: number;
}

export async function createMock(options: CreateMockOptions = {}): Promise<Mock> {
  const closeTimeoutMs = checkCloseTimeout(options.closeTimeoutMs);
  const core = await createCore(options);
  const state = () => core.state ?? stateless();
  // The fetches that hang (`fault=hang`): close() rejects them as a closed connection would.
  const hung = new Set<(error: Error) => void>();
  let closing = false;
  return {
    fetch: async (input, init) => {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      // As the global fetch: an aborted signal rejects with its reason, before or while the mock answers.
      const { signal } = request;
      signal.throwIfAborted();
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => signal.addEventListener("abort", (onAbort = () => reject(signal.reason)), { once: true }));
      try {
        const reply = await Promise.race([core.handle(callOf(request)), aborted]);
        const { transport } = reply;
        if (!transport) return toResponse(reply.body, reply, request.url);
        if (closing && transport.fault === "hang") throw closedUnderIt();
        return await playInProcess(reply, transport, (body, headers) => toResponse(body, { status: reply.status, headers }, request.url), signal, hung);
      } finally {
        signal.removeEventListener("abort", onAbort!);
      }
    },
    close: () => {
      closing = true;
      for (const end of [...hung]) end(closedUnderIt());
      return core.close(closeTimeoutMs);
    },
    reset: () => core.reset(),
    snapshot: () => state().snapshot(),
    restore: (snapshot) => state().restore(snapshot),
    seed: (owner, data) => state().seed(seedInput(owner, data)),
    setTokens: (tokens) => core.setTokens(tokens),
    advanceClock: (ms) => core.advanceClock(ms),
    resetRateLimits: () => core.resetRateLimits(),
    requests: (filter) => core.requests(filter),
    clearRequests: () => core.clearRequests(),
    setRules: (document) => core.setRules(document),
    rules: () => core.rules(),
  };
}

export function checkCloseTimeout(value: number | undefined): number {
  const ms = value ?? 4000;
  if (!(ms >= 0)) throw new RangeError(`closeTimeoutMs: expected a number of milliseconds, 0 or more, got ${String(value)}`);
  return ms;
}

function callOf(request: Request): Call {
  return {
    method: request.method.toUpperCase(),
    url: new URL(request.url),
    header: (name) => request.headers.get(name),
    headers: () => {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => void (headers[name] = value));
      return headers;
    },
    readBody: (limit) => readBody(request, limit),
    discardBody: () => void request.body?.cancel().catch(() => undefined),
  };
}

function toResponse(body: BodyInit | null, { status, headers }: Pick<Reply, "status" | "headers">, url: string): Response {
  const response = new Response(body, { status, headers });
  // A fetched Response names the URL it came from (clients resolve Link URLs against it); one made
  // with `new Response` has none, so it is set as the network's would be.
  Object.defineProperty(response, "url", { value: url });
  return response;
}

async function readBody(request: Request, limit: number): Promise<BodyText> {
  if (Number(request.headers.get("content-length") ?? "0") > limit) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "too-large" };
  }
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
