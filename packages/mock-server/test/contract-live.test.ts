// The live contract run, read-only, against the kit's stateless mock behind a real HTTP server under a GHES-like
// prefix (`/api/v3`): every answer meets the description, and every list and get of the description is checked.
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBundle } from "../src/core/load-bundle.js";
import { runLiveContract, summaryOf, type LiveContractResult } from "../src/index.js";
import { startUpstream, type Upstream } from "./upstreams.js";

const model = operationsOf(loadBundle(undefined));
const TOKEN = `ghp_${"c0ntract".repeat(4)}0000`;

let upstream: Upstream;
let result: LiveContractResult;
beforeAll(async () => {
  upstream = await startUpstream({ basePath: "/api/v3" });
  result = await runLiveContract({ baseUrl: upstream.url, token: TOKEN, org: "octo-org", user: "octocat", perPage: 2 });
});
afterAll(() => upstream?.close());

describe("contract run, read-only, against the mock at a GHES-style base URL", () => {
  it("passes with no violation", () => {
    expect(result.report.toJSON().operations.flatMap((o) => o.distinct)).toEqual([]);
    expect(result.passed).toBe(true);
    expect(summaryOf(result).at(-1)).not.toMatch(/FAILED|LEFT BEHIND/);
  });

  it("checks every list and every get of the description, and nothing else", () => {
    const reads = model.filter((m) => m.resource?.action === "list" || m.resource?.action === "get").map((m) => m.operationId);
    const checked = result.report.toJSON().operations.map((o) => o.operationId);
    expect(checked.sort()).toEqual(reads.sort());
    expect(upstream.mock.requests().every((e) => e.method === "GET")).toBe(true);
  });

  it("follows rel=next: each paged list is read over more than one page", () => {
    const paged = model.filter((m) => m.paging).map((m) => m.operationId);
    expect(paged.length).toBeGreaterThan(0);
    for (const operationId of paged) {
      const pages = upstream.mock.requests({ operationId });
      expect(pages.length, operationId).toBeGreaterThan(1);
      const cursor = model.find((m) => m.operationId === operationId)!.paging!.next.name;
      expect(pages.filter((e) => e.query[cursor] !== undefined).length, operationId).toBeGreaterThan(0);
    }
  });

  it("sends the token as a Bearer credential with the description's API version and GitHub's media type", () => {
    const [entry] = upstream.mock.requests();
    expect(entry!.headers["x-github-api-version"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry!.headers.accept).toBe("application/vnd.github+json");
    expect(JSON.stringify(result.report.toJSON())).not.toContain(TOKEN);
  });
});
