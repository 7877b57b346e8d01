// One page of a list, case by case: sizes, cursors either way, the Link relations, and what a cursor
// or a page size the mock never gave gets. The list is made up: these are the paging rules, not the API's.
import { describe, expect, it } from "vitest";
import { page, type Paging } from "../../src/core/paging/pagination.js";

const paging: Paging = { itemsKey: "things", identityField: "number", pageSize: "per_page", defaultSize: 3, next: "after", prev: "before" };
const items = [1, 2, 3, 4, 5, 6, 7].map((number) => ({ number }));
const cursor = (n: number) => Buffer.from(`cursor:${n}`).toString("base64");
const at = (query: string) => page({ ...paging, items }, new URL(`http://mock.test/things${query}`));
const numbers = (result: ReturnType<typeof at>) => (result.ok ? (result.body.things as { number: number }[]).map((t) => t.number) : result);
const rels = (result: ReturnType<typeof at>) =>
  result.ok ? Object.fromEntries([...(result.link ?? "").matchAll(/<([^>]+)>; rel="(\w+)"/g)].map(([, url, rel]) => [rel, new URL(url!).search])) : {};

describe("page", () => {
  it.each([
    ["", [1, 2, 3], { next: `?per_page=3&after=${encodeURIComponent(cursor(3))}`, last: `?per_page=3&after=${encodeURIComponent(cursor(6))}` }],
    ["?per_page=2", [1, 2], { next: `?per_page=2&after=${encodeURIComponent(cursor(2))}`, last: `?per_page=2&after=${encodeURIComponent(cursor(6))}` }],
    [
      `?per_page=2&after=${cursor(4)}`,
      [5, 6],
      {
        next: `?per_page=2&after=${encodeURIComponent(cursor(6))}`,
        prev: `?per_page=2&before=${encodeURIComponent(cursor(5))}`,
        first: "?per_page=2",
        last: `?per_page=2&after=${encodeURIComponent(cursor(6))}`,
      },
    ],
    [`?per_page=2&after=${cursor(6)}`, [7], { prev: `?per_page=2&before=${encodeURIComponent(cursor(7))}`, first: "?per_page=2" }],
    [
      `?per_page=2&before=${cursor(5)}`,
      [3, 4],
      {
        next: `?per_page=2&after=${encodeURIComponent(cursor(4))}`,
        prev: `?per_page=2&before=${encodeURIComponent(cursor(3))}`,
        first: "?per_page=2",
        last: `?per_page=2&after=${encodeURIComponent(cursor(6))}`,
      },
    ],
    ["?per_page=100", [1, 2, 3, 4, 5, 6, 7], {}],
    [`?after=${cursor(99)}`, [], { first: "?per_page=3" }],
  ])("%s gives %j with links %j", (query, expected, links) => {
    const result = at(query);
    expect(numbers(result)).toEqual(expected);
    expect(rels(result)).toEqual(links);
  });

  it.each([
    ["?per_page=0", { field: "per_page", value: "0" }],
    ["?per_page=", { field: "per_page", value: "" }],
    ["?per_page=1.5", { field: "per_page", value: "1.5" }],
    ["?after=not-a-cursor", { field: "after", value: "not-a-cursor" }],
    [`?before=${Buffer.from("page:2").toString("base64")}`, { field: "before", value: Buffer.from("page:2").toString("base64") }],
  ])("%s is refused, naming %j", (query, refusal) => {
    expect(at(query)).toEqual({ ok: false, ...refusal });
  });

  it("keeps a cursor good after its item is gone: it holds a number, not a position", () => {
    const without4 = items.filter((item) => item.number !== 4);
    const result = page({ ...paging, items: without4 }, new URL(`http://mock.test/things?per_page=2&after=${cursor(4)}`));
    expect(numbers(result)).toEqual([5, 6]);
  });

  it("builds Link URLs on the request's own origin and path, escaping what the caller sent", () => {
    const result = page({ ...paging, items }, new URL("http://127.0.0.1:4010/things?per_page=2&x=%3E%3C"));
    expect(result.ok && result.link).toMatch(/^<http:\/\/127\.0\.0\.1:4010\/things\?per_page=2&after=/);
    expect(result.ok && result.link).not.toContain("x=");
  });
});
