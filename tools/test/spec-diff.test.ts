// Each rule of the spec diff with its before/after pair, on a small description made here.
import { describe, expect, it } from "vitest";
import { apiDiff } from "../src/check/api-diff.ts";
import type { Level } from "../src/check/change.ts";
import { specDiff } from "../src/check/spec-diff.ts";

type Node = Record<string, any>;
/** One GET with a query parameter, one POST with a body; both answer a Thing. */
function base(): Node {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1", description: "d" },
    paths: {
      "/things": {
        get: {
          operationId: "things/list",
          summary: "List things",
          parameters: [{ name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100 } }],
          responses: { "200": { description: "OK", content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } } } },
        },
        post: {
          operationId: "things/create",
          summary: "Create a thing",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { type: "object", properties: { name: { type: "string" }, kind: { type: "string", enum: ["a", "b"] } }, required: ["name"] },
              },
            },
          },
          responses: { "201": { description: "Created", content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } } } },
        },
      },
    },
    components: {
      schemas: {
        thing: {
          type: "object",
          properties: { id: { type: "integer" }, name: { type: "string" }, state: { type: "string", enum: ["on", "off"] } },
          required: ["id", "name", "state"],
        },
      },
    },
  };
}

const changed = (edit: (doc: Node) => void) => {
  const doc = base();
  edit(doc);
  return specDiff(base(), doc).map((c) => `${c.level} ${c.operation} ${c.at}: ${c.what}`);
};
const thing = (doc: Node) => doc.components.schemas.thing;
const body = (doc: Node) => doc.paths["/things"].post.requestBody.content["application/json"].schema;
const limit = (doc: Node) => doc.paths["/things"].get.parameters[0];

const cases: [string, Level, (doc: Node) => void, string][] = [
  // Breaking for HTTP callers
  ["an operation removed", "breaking", (d) => delete d.paths["/things"].post, "things/create operation: removed (post /things)"],
  [
    "a path renamed",
    "breaking",
    (d) => ((d.paths["/items"] = d.paths["/things"]), delete d.paths["/things"]),
    "things/list path: moved from get /things to get /items",
  ],
  ["a parameter removed", "breaking", (d) => (d.paths["/things"].get.parameters = []), "things/list query parameter limit: removed"],
  ["a parameter made required", "breaking", (d) => (limit(d).required = true), "things/list query parameter limit: made required"],
  [
    "a required parameter added",
    "breaking",
    (d) => d.paths["/things"].get.parameters.push({ name: "q", in: "query", required: true, schema: { type: "string" } }),
    "things/list query parameter q: added as required",
  ],
  [
    "a status removed",
    "breaking",
    (d) => {
      d.paths["/things"].post.responses["200"] = d.paths["/things"].post.responses["201"];
      delete d.paths["/things"].post.responses["201"];
    },
    "things/create status 201: removed",
  ],
  ["a response property removed", "breaking", (d) => delete thing(d).properties.name, "things/list 200 body .name: removed"],
  ["a request field made required", "breaking", (d) => body(d).required.push("kind"), "things/create request field kind: made required"],
  ["a request enum value removed", "breaking", (d) => (body(d).properties.kind.enum = ["a"]), "things/create request field kind: enum value b removed"],
  ["a bound tightened", "breaking", (d) => (limit(d).schema.maximum = 50), "things/list query parameter limit: maximum tightened to 50"],
  [
    "a request type changed",
    "breaking",
    (d) => (body(d).properties.name.type = "integer"),
    "things/create request field name: type narrowed or changed from string to integer",
  ],
  ["a response type changed", "breaking", (d) => (thing(d).properties.id.type = "string"), "things/list 200 body .id: type changed from integer to string"],
  // Breaking for TypeScript users of the generated client (why, and the wire's verdict: spec-diff-verdicts.test.ts)
  [
    "a response property made optional",
    "breaking",
    (d) => (thing(d).required = ["id", "state"]),
    "things/list 200 body .name: made optional (TypeScript users must handle its absence)",
  ],
  [
    "a response property made nullable",
    "breaking",
    (d) => (thing(d).properties.name.type = ["string", "null"]),
    "things/list 200 body .name: made nullable (TypeScript users must handle null)",
  ],
  ["a response enum value added", "breaking", (d) => thing(d).properties.state.enum.push("broken"), "things/list 200 body .state: enum value broken added"],
  ["an operationId renamed", "breaking", (d) => (d.paths["/things"].get.operationId = "things/all"), "things/list operationId: renamed to things/all"],
  // Non-breaking
  [
    "an optional request field added",
    "non-breaking",
    (d) => (body(d).properties.note = { type: "string" }),
    "things/create request field note: added (optional)",
  ],
  ["a response property added", "non-breaking", (d) => (thing(d).properties.color = { type: "string" }), "things/list 200 body .color: added"],
  [
    "an operation added",
    "non-breaking",
    (d) => (d.paths["/others"] = { get: { operationId: "others/list", responses: { "204": { description: "x" } } } }),
    "others/list operation: added (get /others)",
  ],
  ["a status added", "non-breaking", (d) => (d.paths["/things"].get.responses["404"] = { description: "Not Found" }), "things/list status 404: added"],
  ["a request enum value added", "non-breaking", (d) => body(d).properties.kind.enum.push("c"), "things/create request field kind: enum value c added"],
  // Annotations
  [
    "a request body no longer JSON",
    "breaking",
    (d) => {
      const content = d.paths["/things"].post.requestBody.content;
      content["application/x-www-form-urlencoded"] = content["application/json"];
      delete content["application/json"];
    },
    "things/create request body: media type changed (no longer application/json)",
  ],
  ["a summary reworded", "annotation", (d) => (d.paths["/things"].get.summary = "All the things"), "things/list summary: reworded"],
  [
    "a status description reworded",
    "annotation",
    (d) => (d.paths["/things"].get.responses["200"].description = "Fine"),
    "things/list status 200: description reworded",
  ],
  ["the guide reworded", "annotation", (d) => (d.info.description = "e"), "(document) info.description: reworded"],
];

describe("spec diff: each rule, before and after", () => {
  it("finds nothing between a description and itself", () => {
    expect(specDiff(base(), base())).toEqual([]);
  });

  it.each(cases)("%s is %s", (_name, level, edit, expected) => {
    expect(changed(edit)).toContain(`${level} ${expected}`);
  });

  it("lists a change once per operation that reaches it (a shared schema changed for both)", () => {
    expect(changed((d) => delete thing(d).properties.name)).toEqual([
      "breaking things/list 200 body .name: removed",
      "breaking things/create 201 body .name: removed",
    ]);
  });
});

describe("the client's public types against their snapshot", () => {
  const snapshot = "/** A thing. */\ninterface Thing {\n  id: number;\n  name: string;\n}\ndeclare function get(): Thing;\n";

  it("nothing when they are the same", () => {
    expect(apiDiff(snapshot, snapshot)).toEqual([]);
  });

  it("a declaration changed is breaking; one added is not; a comment is an annotation", () => {
    const built = "/** A thing, renamed. */\ninterface Thing {\n  id: number;\n  name?: string;\n  color: string;\n}\ndeclare function get(): Thing;\n";
    expect(apiDiff(snapshot, built).map((c) => `${c.level} ${c.at}`)).toEqual([
      "annotation /** A thing. */",
      "breaking name: string;",
      "non-breaking name?: string;",
      "non-breaking color: string;",
    ]);
  });
});
