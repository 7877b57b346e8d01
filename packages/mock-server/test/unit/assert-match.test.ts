// The assertions' matching and ranking (src/assert/match.ts), on made-up journal entries: a partial deep
// match, values as sent for parameters and headers, and the order in which misses are listed.
import { describe, expect, it } from "vitest";
import type { JournalEntry } from "../../src/core/journal/journal.js";
import { closestFirst, differences, type LooseMatch } from "../../src/assert/match.js";

let seq = 0;
const entry = (fields: Partial<JournalEntry>): JournalEntry => ({
  seq: ++seq,
  time: new Date(0).toISOString(),
  requestId: `r${seq}`,
  operationId: "scope/create",
  method: "POST",
  path: "/things",
  pathParams: {},
  query: {},
  headers: {},
  status: 201,
  problems: [],
  injected: [],
  durationMs: 1,
  ...fields,
});

describe("differences: a partial deep match", () => {
  const sent = entry({
    body: { name: "x", tags: ["a", "b"], nested: { deep: 1, other: true }, empty: null },
    pathParams: { owner: "o", number: "3" },
    query: { per_page: "5", list: ["1", "2"] },
    headers: { "user-agent": "app/1.0", authorization: "Bearer classic-pat:1f2e3d4c" },
  });
  it.each<[string, LooseMatch]>([
    ["nothing asked", {}],
    ["a field of the body", { body: { name: "x" } }],
    ["a nested field", { body: { nested: { deep: 1 } } }],
    ["an array, item by item", { body: { tags: ["a", "b"] } }],
    ["null as null", { body: { empty: null } }],
    ["an integer path parameter given as a number", { pathParams: { number: 3 } }],
    ["a query parameter given as text", { query: { per_page: "5" } }],
    ["a repeated query parameter as an array", { query: { list: [1, 2] } }],
    ["a header in any case", { headers: { "User-Agent": "app/1.0" } }],
    ["a header by RegExp", { headers: { "user-agent": /^app\// } }],
    ["a credential in the journal's form", { headers: { authorization: "Bearer classic-pat:1f2e3d4c" } }],
    ["an asymmetric matcher", { body: { name: expect.any(String), nested: expect.objectContaining({ other: true }) } }],
    ["body: undefined as not asked", { body: undefined }],
  ])("matches: %s", (_name, match) => {
    expect(differences(sent, match)).toEqual([]);
  });

  it.each<[string, LooseMatch, string[]]>([
    ["another value", { body: { name: "y" } }, ["body.name"]],
    ["a body number is not its text", { body: { nested: { deep: "1" } } }, ["body.nested.deep"]],
    ["an array of another length", { body: { tags: ["a"] } }, ["body.tags"]],
    ["an array item", { body: { tags: ["a", "c"] } }, ["body.tags[1]"]],
    ["a field the body lacks", { body: { missing: "z" } }, ["body.missing"]],
    ["an object where the body has text", { body: { name: { first: "x" } } }, ["body.name"]],
    ["a path parameter", { pathParams: { number: 4 } }, ["pathParams.number"]],
    ["a query parameter not sent", { query: { after: "c" } }, ["query.after"]],
    ["a header", { headers: { "user-agent": /^other/ } }, ["headers.user-agent"]],
    ["several at once, each named", { body: { name: "y", tags: [] }, query: { per_page: 6 } }, ["body.name", "body.tags", "query.per_page"]],
  ])("differs: %s", (_name, match, at) => {
    expect(differences(sent, match).map((d) => d.at)).toEqual(at);
  });

  it("a body that is absent differs from any body asked for", () => {
    expect(differences(entry({}), { body: {} })).toEqual([{ at: "body", expected: {}, received: undefined }]);
  });
});

describe("closestFirst: what was received instead", () => {
  it("lists the operation's own requests first, fewest differences first (newest first on a tie), then the others newest first", () => {
    const otherOld = entry({ operationId: "scope/list", method: "GET" });
    const oneOff = entry({ body: { name: "a", size: 2 } });
    const unrouted = entry({ operationId: null, path: "/nowhere" });
    const oneOffNewer = entry({ body: { name: "a", size: 3 } });
    const twoOff = entry({ body: { name: "b", size: 2 } });
    const ranked = closestFirst("scope/create", [otherOld, oneOff, unrouted, oneOffNewer, twoOff], { body: { name: "a", size: 1 } });
    expect(ranked.map((r) => r.entry)).toEqual([oneOffNewer, oneOff, twoOff, unrouted, otherOld]);
    expect(ranked[2]!.differences!.map((d) => d.at)).toEqual(["body.name", "body.size"]);
    expect(ranked[3]!.differences).toBeUndefined();
  });
});
