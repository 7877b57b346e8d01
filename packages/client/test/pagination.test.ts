import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCopilotSpacesClient, PaginationError, type CopilotSpacesClient } from "../src/index.js";
import { parseLinkHeader } from "../src/link-header.js";
import { json, startTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
let client: CopilotSpacesClient;
const spaces = Array.from({ length: 7 }, (_, i) => ({ id: 100 + i, number: i + 1, name: `Space ${i + 1}` }));

/** A cursor-paginated list like GitHub's: `after`/`before` cursors are item numbers. */
function serveList(items: typeof spaces, linkBase = () => server.url) {
  server.handle((req, res) => {
    const url = new URL(req.url, server.url);
    const perPage = Number(url.searchParams.get("per_page") ?? 30);
    const after = url.searchParams.get("after");
    const before = url.searchParams.get("before");
    let start = after ? items.findIndex((s) => s.number === Number(after)) + 1 : 0;
    if (before) start = Math.max(0, items.findIndex((s) => s.number === Number(before)) - perPage);
    const page = items.slice(start, before ? items.findIndex((s) => s.number === Number(before)) : start + perPage);
    const links: string[] = [];
    const self = `${linkBase()}${url.pathname}?per_page=${perPage}`;
    if (start + page.length < items.length && page.length > 0) links.push(`<${self}&after=${page.at(-1)!.number}>; rel="next"`);
    if (start > 0 && page.length > 0) links.push(`<${self}&before=${page[0]!.number}>; rel="prev"`);
    json(res, 200, { spaces: page }, links.length ? { link: links.join(", ") } : {});
  });
}

beforeEach(async () => {
  server = await startTestServer();
  client = createCopilotSpacesClient({ token: "ghp_secret", baseUrl: server.url });
});
afterEach(() => server.close());

describe("paginate", () => {
  it('follows rel="next" to the last page', async () => {
    serveList(spaces);
    const pages = [];
    for await (const page of client.paginate.pages(client.copilotSpaces.listForOrg, { org: "octo-org", per_page: 2 }))
      pages.push(page.items.map((s) => s.number));
    expect(pages).toEqual([[1, 2], [3, 4], [5, 6], [7]]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/orgs/octo-org/copilot-spaces?per_page=2",
      "/orgs/octo-org/copilot-spaces?per_page=2&after=2",
      "/orgs/octo-org/copilot-spaces?per_page=2&after=4",
      "/orgs/octo-org/copilot-spaces?per_page=2&after=6",
    ]);
    expect(server.requests.every((r) => r.headers.authorization === "Bearer ghp_secret")).toBe(true);
  });

  it("gives each page the URL the walk reads next, and none on the last", async () => {
    serveList(spaces);
    const nextUrls: (string | undefined)[] = [];
    for await (const page of client.paginate.pages(client.copilotSpaces.listForOrg, { org: "octo-org", per_page: 3 })) nextUrls.push(page.nextUrl);
    expect(nextUrls).toEqual([
      `${server.url}/orgs/octo-org/copilot-spaces?per_page=3&after=3`,
      `${server.url}/orgs/octo-org/copilot-spaces?per_page=3&after=6`,
      undefined,
    ]);
    const back = [];
    for await (const page of client.paginate.pages(client.copilotSpaces.listForOrg, { org: "octo-org", per_page: 3, before: "7" }, { direction: "prev" }))
      back.push(page.nextUrl);
    expect(back[0]).toBe(`${server.url}/orgs/octo-org/copilot-spaces?per_page=3&before=4`);
  });

  it("gives the page before a malformed Link header, then stops with the error", async () => {
    server.handle((_req, res) => json(res, 200, { spaces: spaces.slice(0, 2) }, { link: "not a link" }));
    const read: number[][] = [];
    const walk = (async () => {
      for await (const page of client.paginate.pages(client.copilotSpaces.listForOrg, { org: "o" })) read.push(page.items.map((s) => s.number));
    })();
    await expect(walk).rejects.toThrow(/The Link header is malformed at character 1/);
    expect(read).toEqual([[1, 2]]);
  });

  it("iterates the items of every page and collects them all", async () => {
    serveList(spaces);
    const names: string[] = [];
    for await (const space of client.paginate.items(client.copilotSpaces.listForUser, { username: "octocat", per_page: 3 })) names.push(space.name);
    expect(names).toEqual(spaces.map((s) => s.name));
    const all = await client.paginate.all(client.copilotSpaces.listForUser, { username: "octocat", per_page: 3 });
    expect(all.map((s) => s.id)).toEqual(spaces.map((s) => s.id));
  });

  it('follows rel="prev" backwards from a before cursor', async () => {
    serveList(spaces);
    const pages = [];
    for await (const page of client.paginate.pages(client.copilotSpaces.listForOrg, { org: "octo-org", per_page: 2, before: "7" }, { direction: "prev" })) {
      pages.push(page.items.map((s) => s.number));
    }
    expect(pages).toEqual([
      [5, 6],
      [3, 4],
      [1, 2],
    ]);
  });

  it("ends on an empty page without a Link header", async () => {
    serveList([]);
    expect(await client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" })).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("follows a Link to another path on the same origin, as GitHub's id-based URLs", async () => {
    server.handle((req, res) =>
      req.url.startsWith("/organizations/1/")
        ? json(res, 200, { spaces: [spaces[1]] })
        : json(res, 200, { spaces: [spaces[0]] }, { link: `<${server.url}/organizations/1/copilot-spaces?after=1>; rel="next"` }),
    );
    expect((await client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" })).map((s) => s.number)).toEqual([1, 2]);
  });

  it("refuses a Link to another host, and the token is not sent there", async () => {
    const elsewhere = await startTestServer((_req, res) => json(res, 200, { spaces: [] }));
    try {
      server.handle((_req, res) => json(res, 200, { spaces: [spaces[0]] }, { link: `<${elsewhere.url}/orgs/octo-org/copilot-spaces?after=1>; rel="next"` }));
      const walk = client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" });
      await expect(walk).rejects.toBeInstanceOf(PaginationError);
      await expect(walk).rejects.toThrow(/outside the client's base URL .*; it is not followed, so the token is not sent there/);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it("stops with an error on a malformed Link header instead of looping", async () => {
    server.handle((_req, res) => json(res, 200, { spaces: [spaces[0]] }, { link: `${server.url}/orgs/o/copilot-spaces?after=1; rel=next` }));
    await expect(client.paginate.all(client.copilotSpaces.listForOrg, { org: "o" })).rejects.toThrow(/The Link header is malformed at character 1/);
  });

  it("stops with an error when rel=next leads back to a page already read", async () => {
    server.handle((req, res) => json(res, 200, { spaces: [spaces[0]] }, { link: `<${server.url}${req.url}>; rel="next"` }));
    await expect(client.paginate.all(client.copilotSpaces.listForOrg, { org: "o" })).rejects.toThrow(/leads back to .* a page already read/);
    expect(server.requests).toHaveLength(1);
  });

  it("stops with an error after maxPages", async () => {
    serveList(spaces);
    await expect(client.paginate.all(client.copilotSpaces.listForOrg, { org: "o", per_page: 1 }, { maxPages: 3 })).rejects.toThrow(
      'copilotSpaces.listForOrg: stopped after 3 pages (maxPages) with rel="next" still in the Link header.',
    );
    expect(server.requests).toHaveLength(3);
  });

  it("refuses a method that is not a paginated list", () => {
    expect(() => client.paginate.pages(client.copilotSpaces.getForOrg as never, { org: "o", space_number: 1 } as never)).toThrow(
      "method: copilotSpaces.getForOrg is not a paginated list operation",
    );
  });
});

describe("parseLinkHeader", () => {
  it("reads every relation of GitHub's Link header, resolving relative URLs", () => {
    const links = parseLinkHeader('<https://api.github.com/x?after=b>; rel="next", </x?before=a>; rel="prev first"', "https://api.github.com/x");
    expect(Object.fromEntries(links)).toEqual({
      next: "https://api.github.com/x?after=b",
      prev: "https://api.github.com/x?before=a",
      first: "https://api.github.com/x?before=a",
    });
  });

  it.each([['<https://a/x>; rel="next" <https://a/y>'], ["https://a/x; rel=next"], ['<https://a/x>; rel="next", junk']])("refuses %s", (value) => {
    expect(() => parseLinkHeader(value, "https://a/")).toThrow(PaginationError);
  });
});
