// Clients no one here wrote, as their users call GitHub: Octokit pinned to the older API version, and a
// plain request without the version header (curl's), both answered 200 in the version GitHub serves.
import { operationsOf, SERVED_WITHOUT_HEADER } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { Octokit } from "@octokit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

const bundle = readBundle() as unknown as { components: { parameters: Record<string, Record<string, unknown>> } };
const header = Object.values(bundle.components.parameters).find((p) => SERVED_WITHOUT_HEADER in p)!;
const versions = (header.schema as { enum: string[] }).enum;
const gets = operationsOf(bundle as never).filter((o) => o.method === "get");
const examples = Object.fromEntries(gets.flatMap((o) => o.parameters.filter((p) => p.in === "path").map((p) => [p.name, p.node.example])));

let server: MockServer;
beforeAll(async () => (server = await startMockServer({ port: 0 })));
afterAll(() => server.close());

describe("GitHub's own clients against the mock", () => {
  it.each(versions)("Octokit with X-GitHub-Api-Version: %s gets 200 on every read, served in that version", async (version) => {
    const octokit = new Octokit({ auth: "ghp_octokit", baseUrl: server.url });
    for (const o of gets) {
      const response = await octokit.request(`GET ${o.path}`, { ...examples, headers: { "x-github-api-version": version } });
      expect(response.status, o.operationId).toBe(200);
      expect(response.headers["x-github-api-version-selected"]).toBe(version);
    }
  });

  it("a request without the header (curl as GitHub's pages write it) is served the version GitHub serves it", async () => {
    for (const o of gets) {
      const path = o.path.replace(/\{([^}]+)\}/g, (_, name: string) => String(examples[name]));
      const response = await fetch(`${server.url}${path}`, { headers: { accept: "application/vnd.github+json", authorization: "Bearer ghp_curl" } });
      expect(response.status, o.operationId).toBe(200);
      expect(response.headers.get("x-github-api-version-selected")).toBe(header[SERVED_WITHOUT_HEADER]);
      await response.arrayBuffer();
    }
  });
});
