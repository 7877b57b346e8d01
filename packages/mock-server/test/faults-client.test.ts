// The kit's client against slow answers and broken connections, over HTTP and in-process: a reset is its
// ConnectionError (retried as its policy says), a delay is waited out, a hang ends in its TimeoutError,
// and the latency profile's draws are in the journal.
import { ConnectionError, TimeoutError, createCopilotSpacesClient, type CopilotSpacesClientOptions } from "@copilot-spaces/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, startMockServer, type Mock, type MockServer } from "../src/index.js";
import { thrown } from "./helpers.js";
import { itemGet, listGet, operations } from "./traffic-helpers.js";

let server: MockServer;
let mock: Mock;
beforeAll(async () => {
  [server, mock] = await Promise.all([startMockServer({ port: 0, rateLimit: false }), createMock({ rateLimit: false })]);
});
afterAll(() => Promise.all([server?.close(), mock?.close()]));

const doors = {
  "over HTTP": (options: Partial<CopilotSpacesClientOptions>) => createCopilotSpacesClient({ token: "t", baseUrl: server.url, ...options }),
  "in-process": (options: Partial<CopilotSpacesClientOptions>) =>
    createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: mock.fetch, ...options }),
};
const journalOf = (door: keyof typeof doors) => (door === "in-process" ? mock.requests() : undefined);

/** The list operation, through the client's raw GET with the description's example parameters, asking `prefer`. */
function list(client: ReturnType<typeof createCopilotSpacesClient>, prefer: string) {
  const path = Object.fromEntries(listGet.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), p.node.example]));
  return client.GET(listGet.path as never, { params: { path }, headers: { prefer } } as never) as Promise<{ response: Response }>;
}

describe.each(Object.keys(doors) as (keyof typeof doors)[])("the client %s", (door) => {
  it("Prefer: fault=reset → ConnectionError, no retry asked", async () => {
    const error = await thrown(list(doors[door]({ retry: false }), "fault=reset"));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toMatch(/got no answer: read ECONNRESET/);
  });

  it("Prefer: fault=reset with one retry → two attempts, both reset, then ConnectionError", async () => {
    mock.clearRequests();
    const error = await thrown(list(doors[door]({ retry: { retries: 1, initialDelayMs: 1 } }), "fault=reset"));
    expect(error).toBeInstanceOf(ConnectionError);
    const journal = journalOf(door);
    if (journal)
      expect(journal.map((entry) => entry.injected)).toEqual([
        [{ kind: "fault", fault: "reset", source: "prefer" }],
        [{ kind: "fault", fault: "reset", source: "prefer" }],
      ]);
  });

  it("Prefer: fault=truncate → ConnectionError while the body was read", async () => {
    const error = await thrown(list(doors[door]({ retry: false }), "fault=truncate"));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).phase).toBe("body");
  });

  it("Prefer: delay=300 → the answer comes, no sooner than 300 ms", async () => {
    const started = performance.now();
    const { response } = await list(doors[door]({ retry: false }), "delay=300");
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    expect(response.status).toBe(200);
  });

  it("Prefer: fault=hang → the client's timeout ends it with TimeoutError", async () => {
    const error = await thrown(list(doors[door]({ retry: false, timeoutMs: 500 }), "fault=hang"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(500);
  });
});

describe("the latency profile", () => {
  it("draws every routed request's latency (an operation's own first) and notes it in the journal", async () => {
    const own = await createMock({ rateLimit: false, latency: 30, latencyByOperation: { [listGet.operationId]: "100-120" } });
    try {
      const client = createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: own.fetch, retry: false });
      await list(client, "");
      await list(client, "code=404");
      const item = Object.fromEntries(itemGet.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), p.node.example]));
      await client.GET(itemGet.path as never, { params: { path: item } } as never);
      const [first, second, third] = own.requests();
      for (const entry of [first!, second!]) {
        expect(entry.operationId).toBe(listGet.operationId);
        expect(entry.injected).toEqual([{ kind: "delay", ms: expect.any(Number), source: "latency" }]);
        const ms = (entry.injected[0] as { ms: number }).ms;
        expect(ms).toBeGreaterThanOrEqual(100);
        expect(ms).toBeLessThanOrEqual(120);
        expect(entry.durationMs).toBeGreaterThanOrEqual(ms - 1);
      }
      expect(second!.status).toBe(404);
      expect(third!.injected).toEqual([{ kind: "delay", ms: 30, source: "latency" }]);
    } finally {
      await own.close();
    }
  });

  it("refuses an operationId the description lacks, naming those it has", async () => {
    const error = (await thrown(createMock({ latencyByOperation: { "copilot-spaces/no-such-thing": 5 } }))) as Error;
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toMatch(/^latencyByOperation: "copilot-spaces\/no-such-thing" is not an operationId of the description; it has /);
    for (const operation of operations) expect(error.message).toContain(operation.operationId);
  });

  it("refuses a profile it cannot draw from, naming the option and the rule", async () => {
    await expect(createMock({ latency: "200-50" })).rejects.toThrow(/^latency: min must not be above max; got "200-50"$/);
    await expect(createMock({ latencyByOperation: { [listGet.operationId]: { p50: 90, p99: 10 } } })).rejects.toThrow(/p99 must not be shorter than p50/);
  });
});
