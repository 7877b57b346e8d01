// The assertions on what a mock received (`@copilot-spaces/mock-server/vitest` and `/assert`), against a
// real in-process mock: what matches, the `.not` and counted forms, and the failure messages, which list
// what was received instead, closest first, and never a token.
import { AssertionError } from "node:assert";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { assertNotReceived, assertReceived, assertReceivedTimes, received, type OperationId } from "../src/assert/assert.js";
import "../src/assert/vitest.js";
import { createMock, type Mock } from "../src/index.js";

// The operations used, found in the description by method and path (the README's create, list and get).
const operations = operationsOf(readBundle());
const find = (method: string, path: string) => operations.find((o) => o.method === method && o.path === path)!;
const create = find("post", "/orgs/{org}/copilot-spaces").operationId as OperationId;
const list = find("get", "/orgs/{org}/copilot-spaces").operationId as OperationId;
const get = find("get", "/orgs/{org}/copilot-spaces/{space_number}").operationId as OperationId;

const TOKEN = "ghp_assertionsNeverShowThisToken0000000";
let mock: Mock;
const send = (path: string, init: RequestInit = {}) =>
  mock.fetch(`http://mock.test${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, "user-agent": "app/1.0", ...init.headers } });
const post = (org: string, body: unknown) => send(`/orgs/${org}/copilot-spaces`, { method: "POST", body: JSON.stringify(body) });
/** The journal's seq numbers, oldest first (they go on counting across clearRequests()). */
const seqs = () => mock.requests().map((entry) => entry.seq);
/** The message a failing assertion throws. */
const failure = (assertion: () => void): string => {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the assertion passed");
};

beforeAll(async () => {
  mock = await createMock({ rateLimit: false });
});
beforeEach(() => mock.clearRequests());
afterAll(() => mock.close());

describe("toHaveReceived", () => {
  it("passes on a request of the operation whose body holds the fields given", async () => {
    await post("acme", { name: "Roadmap", description: "Q3" });
    expect(mock).toHaveReceived(create);
    expect(mock).toHaveReceived(create, { body: { name: "Roadmap" }, pathParams: { org: "acme" } });
    expect(mock).toHaveReceived(create, { body: { name: expect.stringMatching(/^Road/) }, headers: { "User-Agent": "app/1.0" } });
    expect(received(mock, create, { body: { name: "Roadmap" } })).toHaveLength(1);
  });

  it("compares parameters as sent: a number matches its text in the path and the query", async () => {
    await send("/orgs/acme/copilot-spaces/3");
    await send("/orgs/acme/copilot-spaces?per_page=5");
    expect(mock).toHaveReceived(get, { pathParams: { org: "acme", space_number: 3 } });
    expect(mock).toHaveReceived(list, { query: { per_page: 5 } });
    expect(mock).not.toHaveReceived(list, { query: { per_page: 6 } });
  });

  it("matches a credential by the journal's kind and hash, and refuses one given as sent without repeating it", async () => {
    await send("/orgs/acme/copilot-spaces");
    expect(mock).toHaveReceived(list, { headers: { authorization: /^Bearer classic-pat:[0-9a-f]{8}$/ } });
    const refusal = failure(() => assertReceived(mock, list, { headers: { Authorization: `Bearer ${TOKEN}` } }));
    expect(refusal).toMatch(/^match\.headers\.Authorization: the journal keeps credentials as "<scheme> <kind>:<sha256-8>"/);
    expect(refusal).not.toContain(TOKEN);
  });

  it("fails listing what was received instead: the same operation first, with its body and where it differs, then the others", async () => {
    await post("acme", { name: "Roadmaps", description: "near" });
    await send("/orgs/acme/copilot-spaces");
    await post("acme", { name: "Other" });
    const [first, second, third] = seqs();
    const message = failure(() => expect(mock).toHaveReceived(create, { body: { name: "Roadmap", description: "near" } }));
    expect(message).toContain(`expected the mock to have received ${create} with body {"name":"Roadmap","description":"near"}, but none of the 3 requests`);
    const at = (text: string) => message.indexOf(text);
    // The oldest request differs in one field, the newest in two: the oldest comes first, the other operation last.
    expect(at(`#${first} POST /orgs/acme/copilot-spaces → 201 ${create}`)).toBeGreaterThan(0);
    expect(at('body: {"name":"Roadmaps","description":"near"}')).toBeGreaterThan(at(`#${first} POST`));
    expect(at('body.name: expected "Roadmap", received "Roadmaps"')).toBeGreaterThan(at(`#${first} POST`));
    expect(at(`#${third} POST`)).toBeGreaterThan(at('body.name: expected "Roadmap", received "Roadmaps"'));
    expect(at('body.description: expected "near", received undefined')).toBeGreaterThan(at(`#${third} POST`));
    expect(at(`#${second} GET /orgs/acme/copilot-spaces → 200 ${list}`)).toBeGreaterThan(at('body.description: expected "near"'));
    expect(message).not.toContain(TOKEN);
  });

  it("fails on an empty journal saying so, and lists at most ten requests", async () => {
    expect(failure(() => expect(mock).toHaveReceived(create))).toMatch(
      /but it has received no requests \(since it started, or since reset\(\) or clearRequests\(\); a journalSize of 0 keeps none\)$/,
    );
    for (let i = 0; i < 12; i++) await send("/orgs/acme/copilot-spaces");
    const message = failure(() => expect(mock).toHaveReceived(create));
    expect(message.match(/^ {2}#\d+ GET/gm)).toHaveLength(10);
    expect(message).toMatch(/ {2}… and 2 more$/);
  });
});

describe("not.toHaveReceived", () => {
  it("passes when no request matches, and fails listing the ones that did", async () => {
    expect(mock).not.toHaveReceived(create);
    await post("acme", { name: "Once" });
    expect(mock).not.toHaveReceived(create, { body: { name: "Twice" } });
    const message = failure(() => expect(mock).not.toHaveReceived(create, { body: { name: "Once" } }));
    expect(message).toMatch(
      new RegExp(`^expected the mock not to have received ${create} with body \\{"name":"Once"\\}, but it received it 1 time:\\n {2}#${seqs()[0]} POST`),
    );
    expect(message).toContain('body: {"name":"Once"}');
  });
});

describe("toHaveReceivedTimes", () => {
  it("counts the matching requests exactly", async () => {
    await post("acme", { name: "A" });
    await post("acme", { name: "A" });
    await post("acme", { name: "B" });
    const [a1, a2, b] = seqs();
    expect(mock).toHaveReceivedTimes(create, 3);
    expect(mock).toHaveReceivedTimes(create, 2, { body: { name: "A" } });
    expect(mock).toHaveReceivedTimes(list, 0);
    expect(mock).not.toHaveReceivedTimes(create, 1, { body: { name: "A" } });
    const message = failure(() => expect(mock).toHaveReceivedTimes(create, 1, { body: { name: "A" } }));
    expect(message).toMatch(
      new RegExp(
        `^expected the mock to have received ${create} with body \\{"name":"A"\\} 1 time, but it received it 2 times:\n {2}#${a1} POST[^\n]*\n[^\n]*\n {2}#${a2} POST`,
      ),
    );
    expect(message).toMatch(
      new RegExp(`Other requests, closest first:\n {2}#${b} POST[^\n]*\n {6}body: \\{"name":"B"\\}\n {6}body\\.name: expected "A", received "B"$`),
    );
  });
});

describe("the plain functions", () => {
  it("throw node:assert's AssertionError with the matchers' message", async () => {
    await post("acme", { name: "Plain" });
    assertReceived(mock, create, { body: { name: "Plain" } });
    assertNotReceived(mock, list);
    assertReceivedTimes(mock, create, 1);
    const matcherMessage = failure(() => expect(mock).toHaveReceived(create, { body: { name: "Other" } }));
    let thrown: unknown;
    try {
      assertReceived(mock, create, { body: { name: "Other" } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AssertionError);
    expect((thrown as AssertionError).message).toBe(matcherMessage);
    expect(() => assertNotReceived(mock, create)).toThrow(AssertionError);
    expect(() => assertReceivedTimes(mock, create, 2)).toThrow(AssertionError);
  });

  it.each<[string, () => unknown, RegExp]>([
    ["a mock without requests()", () => assertReceived({} as Mock, create), /^mock: expected an object with a requests\(\) method/],
    ["no operationId", () => assertReceived(mock, "" as OperationId), /^operationId: expected an operationId of the description/],
    [
      "an unknown field",
      () => assertReceived(mock, create, { bdy: {} } as never),
      /^match\.bdy: unknown field; a request is matched on body, pathParams, query, headers$/,
    ],
    [
      "a query that is not an object",
      () => assertReceived(mock, list, { query: "per_page=5" } as never),
      /^match\.query: expected an object of names and values, got string$/,
    ],
    ["a count that is not a whole number", () => assertReceivedTimes(mock, create, -1), /^times: expected a whole number of requests, 0 or more, got -1$/],
    ["the same through the matcher", () => expect(mock).toHaveReceivedTimes(create, 1.5), /^times: expected a whole number/],
  ])("refuse %s with a TypeError naming it", (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
