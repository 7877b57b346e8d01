// The journal never reads as "not called" when it cannot know: a misspelt operationId in an assertion
// throws, a journal that is off says so (in-process, on the server and over HTTP), DELETE refuses a
// filter it would ignore, and a fault that sent no status line is journalled with status null.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertNotReceived, assertReceivedTimes, type OperationId } from "../src/assert/assert.js";
import "../src/assert/vitest.js";
import { createMock, startMockServer, type Mock, type MockServer } from "../src/index.js";
import { auth, itemGet, listGet, pathOf } from "./traffic-helpers.js";

const list = listGet.operationId as OperationId;
/** The operationId with one letter doubled: a typo the mock must not take as "never called". */
const misspelt = `${list}s` as OperationId;
const thrownBy = (assertion: () => unknown): Error => {
  try {
    assertion();
  } catch (error) {
    return error as Error;
  }
  throw new Error("it did not throw");
};

let mock: Mock;
let off: Mock;
let offServer: MockServer;
beforeAll(async () => {
  [mock, off, offServer] = await Promise.all([
    createMock({ rateLimit: false }),
    createMock({ rateLimit: false, journalSize: 0 }),
    startMockServer({ port: 0, rateLimit: false, journalSize: 0 }),
  ]);
});
afterAll(() => Promise.all([mock?.close(), off?.close(), offServer?.close()]));

describe("an operationId the description does not have", () => {
  it.each([
    ["assertNotReceived", () => assertNotReceived(mock, misspelt)],
    ["assertReceivedTimes(…, 0)", () => assertReceivedTimes(mock, misspelt, 0)],
    [".not.toHaveReceived", () => expect(mock).not.toHaveReceived(misspelt)],
    ["toHaveReceivedTimes(…, 0)", () => expect(mock).toHaveReceivedTimes(misspelt, 0)],
  ])("%s throws a RangeError naming it, with the closest one", (_name, assertion) => {
    const error = thrownBy(assertion);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toContain(`operationId: ${JSON.stringify(misspelt)} is not an operationId of the description; did you mean ${JSON.stringify(list)}?`);
  });
});

describe("a journal that is off (journalSize: 0)", () => {
  const rule = /The request journal: the journal is off \(journalSize: 0, --journal-size 0\).*start it with journalSize \(--journal-size\) above 0/;

  it("mock.requests() and server.requests() throw, saying how to turn it on", async () => {
    await off.fetch(`http://mock.test${pathOf(itemGet)}`, { headers: auth("t") });
    expect(() => off.requests()).toThrow(rule);
    expect(() => off.requests({ operationId: list })).toThrow(rule);
    expect(() => offServer.requests()).toThrow(rule);
  });

  it("GET /__mock/requests answers 404 with the same words", async () => {
    for (const answer of [await off.fetch("http://mock.test/__mock/requests"), await fetch(`${offServer.url}/__mock/requests?status=200`)]) {
      expect(answer.status).toBe(404);
      expect(((await answer.json()) as { message: string }).message).toMatch(/^GET \/__mock\/requests: the journal is off .* above 0 \(default 10000\)$/);
    }
  });

  it("the assertions fail with that message instead of passing", () => {
    expect(() => assertNotReceived(off, list)).toThrow(rule);
    expect(() => assertReceivedTimes(off, list, 0)).toThrow(rule);
    expect(() => expect(off).not.toHaveReceived(list)).toThrow(rule);
  });
});

describe("since, a date alone", () => {
  it("is midnight UTC of that day, in-process and over HTTP alike", async () => {
    mock.clearRequests();
    await mock.fetch(`http://mock.test${pathOf(itemGet)}`, { headers: auth("t") });
    const day = mock.requests()[0]!.time.slice(0, 10);
    const next = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
    const over = async (query: string) => ((await (await mock.fetch(`http://mock.test/__mock/requests${query}`)).json()) as { requests: unknown[] }).requests;
    expect(Date.parse(day)).toBe(Date.parse(`${day}T00:00:00Z`));
    expect(mock.requests({ since: day })).toHaveLength(1);
    expect(mock.requests({ since: next })).toEqual([]);
    expect(await over(`?since=${day}`)).toHaveLength(1);
    expect(await over(`?since=${next}`)).toEqual([]);
  });
});

describe("DELETE /__mock/requests", () => {
  it("refuses a query with a 400 naming the parameter, and keeps the journal", async () => {
    mock.clearRequests();
    await mock.fetch(`http://mock.test${pathOf(itemGet)}`, { headers: auth("t") });
    const answer = await mock.fetch("http://mock.test/__mock/requests?status=404", { method: "DELETE" });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { message: string }).message).toBe(
      'DELETE /__mock/requests takes no filters; it empties the journal (got the query parameter "status")',
    );
    expect(mock.requests()).toHaveLength(1);
    expect((await mock.fetch("http://mock.test/__mock/requests", { method: "DELETE" })).status).toBe(204);
    expect(mock.requests()).toEqual([]);
  });
});

describe("a network fault in the journal", () => {
  const send = (prefer: string, signal?: AbortSignal) =>
    mock.fetch(`http://mock.test${pathOf(listGet)}`, { headers: { ...auth("t"), prefer }, ...(signal ? { signal } : {}) }).then(
      // A truncated body fails as it is read; the status had arrived.
      async (response) => (await response.arrayBuffer().catch(() => undefined), response.status),
      () => "failed",
    );

  it("reset, hang and empty sent no status line: status null, and a status filter does not count them", async () => {
    mock.clearRequests();
    expect(await send("fault=reset")).toBe("failed");
    expect(await send("fault=empty")).toBe("failed");
    const stop = new AbortController();
    const hung = send("fault=hang", stop.signal);
    // The entry is made when the answer is handed to the door, before the door hangs: generous wait.
    for (let i = 0; i < 500 && mock.requests().length < 3; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    stop.abort();
    expect(await hung).toBe("failed");
    expect(mock.requests().map((entry) => [entry.injected[0]?.kind === "fault" && entry.injected[0].fault, entry.status])).toEqual([
      ["reset", null],
      ["empty", null],
      ["hang", null],
    ]);
    expect(mock.requests({ status: listGet.success.status })).toEqual([]);
    expect(() => assertReceivedTimes(mock, list, 0)).toThrow(`GET ${pathOf(listGet)} → no status (a network fault) ${list}`);
  });

  it("truncate and drip keep the status whose head was sent", async () => {
    mock.clearRequests();
    await send("fault=truncate");
    await send("fault=drip");
    expect(mock.requests().map((entry) => entry.status)).toEqual([listGet.success.status, listGet.success.status]);
    expect(mock.requests({ status: listGet.success.status })).toHaveLength(2);
  });
});
