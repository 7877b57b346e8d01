// fetchJournal(url): the journal of a mock the test file only knows by URL (started in globalSetup or by
// the CLI), read over GET /__mock/requests from a real server, and taken by the assertions and matchers
// as a mock is: the same entries, the same filters and the same checks of an operationId.
import { createServer, type Server } from "node:http";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertNotReceived, assertReceived, assertReceivedTimes, fetchJournal, type OperationId } from "../src/assert/assert.js";
import "../src/assert/vitest.js";
import { startMockServer, type MockServer } from "../src/index.js";
import { auth, create, itemGet, listGet, pathOf } from "./traffic-helpers.js";

const body = create.requestBody!.examples[0] as Record<string, unknown>;
const [field] = Object.keys(body);
let server: MockServer;
let off: MockServer;
let notMock: Server;
beforeAll(async () => {
  [server, off] = await Promise.all([startMockServer({ port: 0, rateLimit: false }), startMockServer({ port: 0, rateLimit: false, journalSize: 0 })]);
  notMock = createServer((_req, res) => res.end("hello")).listen(0, "127.0.0.1");
  await once(notMock, "listening");
});
afterAll(() => Promise.all([server?.close(), off?.close(), new Promise((resolve) => notMock?.close(resolve))]));

describe("fetchJournal", () => {
  it("gives the server's entries, filtered locally as the server filters them", async () => {
    await fetch(`${server.url}${pathOf(create)}`, {
      method: "POST",
      headers: { ...auth("t"), "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    await fetch(`${server.url}${pathOf(itemGet)}`, { headers: auth("t") });
    const journal = await fetchJournal(server.url);
    expect(journal.url).toBe(server.url);
    expect(journal.requests()).toEqual(server.requests());
    expect(journal.requests()).toHaveLength(2);
    for (const filter of [{ operationId: create.operationId }, { status: create.success.status }, { method: "get" }, { since: journal.requests()[1]!.time }])
      expect(journal.requests(filter), JSON.stringify(filter)).toEqual(server.requests(filter));
    expect(() => journal.requests({ status: 42 })).toThrow(/^status: expected an HTTP status/);
  });

  it("is taken by the assertions and matchers, which check the operationId against the mock's", async () => {
    const journal = await fetchJournal(`${server.url}/`);
    const op = create.operationId as OperationId;
    assertReceived(journal, op, { body: { [field!]: body[field!] } as never });
    assertReceivedTimes(journal, itemGet.operationId as OperationId, 1);
    expect(journal).toHaveReceived(op);
    expect(journal).not.toHaveReceived(listGet.operationId as OperationId);
    expect(() => assertNotReceived(journal, `${op}s` as OperationId)).toThrow(RangeError);
    expect(() => expect(journal).not.toHaveReceived(`${op}s` as OperationId)).toThrow(/did you mean/);
  });

  it("rejects saying why: a journal that is off, a URL that is no mock's, a URL that is none", async () => {
    await expect(fetchJournal(off.url)).rejects.toThrow(/answered 404: GET \/__mock\/requests: the journal is off/);
    await expect(fetchJournal(`http://127.0.0.1:${(notMock.address() as { port: number }).port}`)).rejects.toThrow(/is .* a copilot-spaces mock\?/);
    await expect(fetchJournal("localhost:4010")).rejects.toThrow(TypeError);
    await expect(fetchJournal("not a url")).rejects.toThrow(/^url: expected the mock's base URL/);
  });
});
