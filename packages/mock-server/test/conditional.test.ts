// ETags and conditional requests as GitHub answers them: a strong ETag on every 200 to a GET of the
// description, If-None-Match and If-Modified-Since answered 304 without a body and without charging
// the budget, and in stateful mode a write that changes what a GET shows changes its ETag.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, type Mock } from "../src/index.js";
import { fresh } from "./helpers.js";
import { auth, create, gets, itemGet, listGet, operations, pathOf, standing } from "./traffic-helpers.js";

const BASE = "https://api.github.com";
let mock: Mock;
let stateful: Mock;
beforeAll(async () => {
  [mock, stateful] = await Promise.all([createMock(), createMock({ stateful: true })]);
});
afterAll(() => Promise.all([mock?.close(), stateful?.close()]));

const get = (m: Mock, path: string, token: string, headers: Record<string, string> = {}) =>
  m.fetch(`${BASE}${path}`, { headers: { ...auth(token), ...headers } });

describe.each(gets.map((o) => [o.operationId, o] as const))("%s", (_, operation) => {
  it("has a strong ETag, and If-None-Match with it is a 304: no body, not charged", async () => {
    const token = `etag-${operation.operationId}`;
    const first = await get(mock, pathOf(operation), token);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(first.headers.get("cache-control")).toBe("private, max-age=60, s-maxage=60");
    expect(first.headers.get("vary")).toMatch(/Authorization/);
    const again = await get(mock, pathOf(operation), token, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("content-type")).toBeNull();
    expect(again.headers.get("etag")).toBe(etag);
    expect(standing(again).remaining).toBe(standing(first).remaining);
    const changed = await get(mock, pathOf(operation), token, { "if-none-match": '"0000"' });
    expect(changed.status).toBe(200);
    expect(standing(changed).remaining).toBe(standing(first).remaining - 1);
  });
});

describe("If-None-Match", () => {
  let etag: string;
  beforeAll(async () => void (etag = (await get(mock, pathOf(itemGet), "inm")).headers.get("etag")!));

  it.each([
    ["the weak form of the tag", () => `W/${etag}`, 304],
    ["a list holding the tag", () => `"abc", ${etag}`, 304],
    ["*", () => "*", 304],
    ["another tag", () => '"abc"', 200],
    ["the tag unquoted", () => etag.slice(1, -1), 200],
  ])("%s → %i", async (_, value, status) => {
    expect((await get(mock, pathOf(itemGet), "inm", { "if-none-match": value() })).status).toBe(status);
  });

  it("wins over If-Modified-Since", async () => {
    const answer = await get(mock, pathOf(itemGet), "inm", { "if-none-match": '"abc"', "if-modified-since": new Date().toUTCString() });
    expect(answer.status).toBe(200);
  });

  it("differs with the API version served", async () => {
    const v1 = await get(mock, pathOf(itemGet), "inm", { "x-github-api-version": "2022-11-28" });
    const v2 = await get(mock, pathOf(itemGet), "inm", { "x-github-api-version": "2026-03-10" });
    expect(v1.headers.get("etag")).not.toBe(v2.headers.get("etag"));
  });

  it("is no precondition on a write: it gets no ETag and no 304", async () => {
    const answer = await mock.fetch(`${BASE}${pathOf(create)}`, { method: "POST", headers: { ...auth("inm"), "if-none-match": "*" }, body: "{}" });
    expect(answer.status).not.toBe(304);
    expect(answer.headers.get("etag")).toBeNull();
  });
});

describe("If-Modified-Since", () => {
  it("is a 304 for a Space not updated since, a 200 otherwise; a date in the future is ignored", async () => {
    const first = await get(mock, pathOf(itemGet), "ims");
    const lastModified = first.headers.get("last-modified")!;
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);
    expect((await get(mock, pathOf(itemGet), "ims", { "if-modified-since": lastModified })).status).toBe(304);
    const before = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await get(mock, pathOf(itemGet), "ims", { "if-modified-since": before })).status).toBe(200);
    const future = new Date(Date.now() + 86_400_000).toUTCString();
    expect((await get(mock, pathOf(itemGet), "ims", { "if-modified-since": future })).status).toBe(200);
    expect((await get(mock, pathOf(itemGet), "ims", { "if-modified-since": "yesterday" })).status).toBe(200);
  });

  it("is never a 304 for a list, which has no Last-Modified", async () => {
    const list = await get(mock, pathOf(listGet), "ims");
    expect(list.headers.get("last-modified")).toBeNull();
    expect((await get(mock, pathOf(listGet), "ims", { "if-modified-since": new Date().toUTCString() })).status).toBe(200);
  });
});

describe("stateful", () => {
  it("a create changes the ETag of the list that shows it", async () => {
    const owner = fresh("etag-owner");
    const list = () => get(stateful, pathOf(listGet, owner), "s");
    const before = (await list()).headers.get("etag")!;
    expect((await get(stateful, pathOf(listGet, owner), "s", { "if-none-match": before })).status).toBe(304);
    const created = await stateful.fetch(`${BASE}${pathOf(create, owner)}`, {
      method: "POST",
      headers: auth("s"),
      body: JSON.stringify(create.requestBody!.examples[0]),
    });
    expect(created.status).toBe(create.success.status);
    const after = await get(stateful, pathOf(listGet, owner), "s", { "if-none-match": before });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before);

    // A set of the new item (with what created it: the set's own example names resources this item lacks) changes its ETag and Last-Modified.
    const item = pathOf(itemGet, owner).replace(/[^/]+$/, String(((await created.json()) as { number: number }).number));
    const shown = await get(stateful, item, "s");
    const set = operations.find((o) => o.path === itemGet.path && (o.method === "put" || o.method === "patch"))!;
    stateful.advanceClock(2_000);
    const answer = await stateful.fetch(`${BASE}${item}`, {
      method: set.method.toUpperCase(),
      headers: auth("s"),
      body: JSON.stringify(create.requestBody!.examples[0]),
    });
    expect(answer.status).toBe(set.success.status);
    const now = await get(stateful, item, "s", { "if-none-match": shown.headers.get("etag")! });
    expect(now.status).toBe(200);
    expect(Date.parse(now.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(shown.headers.get("last-modified")!));
  });
});
