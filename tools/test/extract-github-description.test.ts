import { describe, expect, it } from "vitest";
import { PIN, SCOPE, trim } from "../src/generate/extract-github-description.ts";

// A small description in GitHub's layout: one operation in the scope, one outside, shared components.
const description = {
  openapi: "3.0.3",
  info: { title: "GitHub v3 REST API", version: "1.1.4" },
  paths: {
    "/orgs/{org}/things": {
      get: {
        operationId: `${SCOPE}list-things`,
        parameters: [{ $ref: "#/components/parameters/org" }],
        responses: { 200: { $ref: "#/components/responses/things" } },
      },
      post: { operationId: "other/create-thing", responses: { 201: { $ref: "#/components/responses/unrelated" } } },
    },
    "/repos": { get: { operationId: "repos/list", responses: {} } },
  },
  components: {
    parameters: { org: { name: "org", in: "path", schema: { type: "string" } } },
    responses: {
      things: { content: { "application/json": { schema: { $ref: "#/components/schemas/thing-list" } } } },
      unrelated: { description: "x" },
    },
    schemas: {
      "thing-list": { type: "array", items: { $ref: "#/components/schemas/thing" } },
      thing: { type: "object", properties: { owner: { $ref: "#/components/schemas/simple-user" } } },
      "simple-user": { type: "object" },
      repository: { type: "object" },
    },
  },
};

describe("the extract of GitHub's description", () => {
  it("keeps the operations of the scope and every component they reach, transitively, and nothing else", () => {
    const extract = trim(description) as { paths: Record<string, Record<string, unknown>>; components: Record<string, Record<string, unknown>> };
    expect(Object.keys(extract.paths)).toEqual(["/orgs/{org}/things"]);
    expect(Object.keys(extract.paths["/orgs/{org}/things"]!)).toEqual(["get"]);
    expect(Object.fromEntries(Object.entries(extract.components).map(([kind, items]) => [kind, Object.keys(items)]))).toEqual({
      parameters: ["org"],
      responses: ["things"],
      schemas: ["simple-user", "thing", "thing-list"],
    });
  });

  it("says where it comes from", () => {
    expect((trim(description) as Record<string, string>)["x-extracted-from"]).toContain(`${PIN.name}@${PIN.version}`);
  });
});
