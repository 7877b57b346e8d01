// The MCP tools' generator on small descriptions made here (never the repository's spec/): names, the
// schemas it inlines and cleans, the flat input, paging, wrapped outputs, annotations, and each refusal
// naming what is wrong.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ITEMS, plainSchema, renderMcpFiles, TABLE_END, TABLE_START, toolEntries, toolName } from "../src/generate/generate-mcp-tools.ts";
import type { OpenApiDocument } from "../src/model/paths.ts";

type Json = Record<string, unknown>;

const thing = {
  type: "object",
  properties: { id: { type: "integer" }, name: { type: "string" } },
  required: ["id", "name"],
};

/** A description with the operations given (path → method → operation), and a `thing` schema. */
function description(paths: Record<string, Json>, schemas: Json = {}): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    tags: [{ name: "things", "x-displayName": "Things" }],
    paths: paths as OpenApiDocument["paths"],
    components: { schemas: { thing, ...schemas } },
  };
}

const ok = (schema: unknown, status = "200") => ({ [status]: { description: "OK", content: { "application/json": { schema } } } });
const param = (name: string, where: string, extra: Json = {}) => ({ name, in: where, schema: { type: "string" }, ...extra });
const body = (schema: unknown, required = true) => ({ required, content: { "application/json": { schema } } });
const only = (doc: OpenApiDocument) => {
  const entries = toolEntries(doc);
  expect(entries).toHaveLength(1);
  return entries[0]!;
};

describe("toolName", () => {
  it("replaces every character outside [A-Za-z0-9_] with _", () => {
    expect(toolName("copilot-spaces/create-for-org")).toBe("copilot_spaces_create_for_org");
    expect(toolName("a.b c/d_E9")).toBe("a_b_c_d_E9");
    expect(toolName("already_fine")).toBe("already_fine");
  });
});

describe("plainSchema", () => {
  const doc = {
    components: {
      schemas: {
        named: { type: "string", description: "from the target", "x-extra": 1 },
        loop: { type: "object", properties: { next: { $ref: "#/components/schemas/loop" } } },
      },
    },
  };

  it("inlines a $ref, with the keywords beside it winning", () => {
    expect(plainSchema(doc, { $ref: "#/components/schemas/named", description: "beside" }, "#/x")).toEqual({ type: "string", description: "beside" });
  });

  it("drops extensions and OpenAPI's own keywords, but keeps a property named `example`", () => {
    const schema = {
      type: "object",
      "x-internal": true,
      example: { a: 1 },
      discriminator: { propertyName: "kind" },
      xml: { name: "t" },
      externalDocs: { url: "https://example.com" },
      properties: { example: { type: "string", example: "e", "x-y": 2 }, kind: { type: "string" } },
    };
    expect(plainSchema(doc, schema, "#/x")).toEqual({
      type: "object",
      properties: { example: { type: "string" }, kind: { type: "string" } },
    });
  });

  it("keeps instances as written: a default, const, enum or examples value may hold keys named like extensions", () => {
    const schema = {
      type: "object",
      default: { "x-kind": "a", example: 1 },
      const: { "x-kind": "a", example: 1 },
      enum: [{ "x-kind": "a" }],
      examples: [{ example: 2, xml: "<a/>" }],
    };
    expect(plainSchema(doc, schema, "#/x")).toEqual(schema);
  });

  it("refuses a $ref cycle, naming where", () => {
    expect(() => plainSchema(doc, { $ref: "#/components/schemas/loop" }, "#/x")).toThrow(/#\/components\/schemas\/loop.*\$ref cycle/);
  });
});

describe("toolEntries", () => {
  it("makes path and query parameters and the body's fields one flat input; required from path, required query and a required body's", () => {
    const entry = only(
      description({
        "/owners/{owner}/things": {
          // The path parameter does not say it is required: a path parameter always is.
          parameters: [param("owner", "path"), param("X-Version", "header")],
          post: {
            operationId: "things/create",
            tags: ["things"],
            summary: "Create a thing",
            parameters: [param("dry_run", "query", { required: true }), param("note", "query")],
            requestBody: body({ type: "object", properties: { name: { type: "string" }, size: { type: "integer" } }, required: ["name"] }),
            responses: ok({ $ref: "#/components/schemas/thing" }, "201"),
          },
        },
      }),
    );
    expect(entry.inputSchema).toEqual({
      type: "object",
      properties: {
        owner: { type: "string" },
        dry_run: { type: "string" },
        note: { type: "string" },
        name: { type: "string" },
        size: { type: "integer" },
      },
      required: ["owner", "dry_run", "name"],
      additionalProperties: false,
    });
    expect(entry).toMatchObject({ name: "things_create", client: { namespace: "things", method: "create" }, toolset: "things", title: "Create a thing" });
    expect(entry.outputSchema).toEqual(thing);
  });

  it("does not require a body's fields when the body itself is optional", () => {
    const entry = only(
      description({
        "/things": {
          post: {
            operationId: "things/create",
            requestBody: body({ type: "object", properties: { name: { type: "string" } }, required: ["name"] }, false),
            responses: ok(thing, "201"),
          },
        },
      }),
    );
    expect(entry.inputSchema.required).toBeUndefined();
  });

  it("refuses a body field named as a parameter, naming the operation and the field", () => {
    const doc = description({
      "/things/{id}": {
        put: {
          operationId: "things/set",
          parameters: [param("id", "path", { required: true })],
          requestBody: body({ type: "object", properties: { id: { type: "integer" } } }),
          responses: ok(thing),
        },
      },
    });
    expect(() => toolEntries(doc)).toThrow(/things\/set: the argument "id" is both a body field/);
  });

  const list = (page: Json) =>
    description({
      "/things": {
        get: {
          operationId: "things/list",
          parameters: [
            param("per_page", "query", { schema: { type: "integer", maximum: 50 }, "x-paging": "page-size" }),
            param("after", "query", { "x-paging": "next-cursor" }),
          ],
          responses: ok(page),
        },
      },
    });

  it("gives a paged list a bounded max_items and its paging names", () => {
    const entry = only(list({ type: "object", properties: { things: { type: "array", items: thing } }, required: ["things"] }));
    expect((entry.inputSchema.properties as Json)[MAX_ITEMS.name]).toMatchObject({
      type: "integer",
      minimum: 1,
      maximum: MAX_ITEMS.maximum,
      default: MAX_ITEMS.default,
    });
    expect(entry.paging).toEqual({ itemsKey: "things", next: "after", pageSize: "per_page", maxPageSize: 50 });
  });

  it("refuses a list whose page requires another field besides its items", () => {
    const page = { type: "object", properties: { things: { type: "array", items: thing }, total: { type: "integer" } }, required: ["things", "total"] };
    expect(() => toolEntries(list(page))).toThrow(/things\/list: its page requires total besides things/);
  });

  it("wraps an array success as {result}, marked outputWrapped", () => {
    const entry = only(
      description({ "/things": { get: { operationId: "things/all", responses: ok({ type: "array", items: { $ref: "#/components/schemas/thing" } }) } } }),
    );
    expect(entry.outputWrapped).toBe(true);
    expect(entry.outputSchema).toEqual({ type: "object", properties: { result: { type: "array", items: thing } }, required: ["result"] });
  });

  it("annotates by verb: GET read-only, DELETE destructive, PUT idempotent, POST none of these", () => {
    const doc = description({
      "/things": { post: { operationId: "things/create", responses: ok(thing, "201") } },
      "/things/{id}": {
        parameters: [param("id", "path", { required: true })],
        get: { operationId: "things/get", responses: ok(thing) },
        put: { operationId: "things/set", responses: ok(thing) },
        delete: { operationId: "things/delete", responses: { "204": { description: "gone" } } },
      },
    });
    const hints = Object.fromEntries(
      toolEntries(doc).map((t) => [t.name, [t.annotations.readOnlyHint, t.annotations.destructiveHint, t.annotations.idempotentHint]]),
    );
    expect(hints).toEqual({
      things_create: [false, false, false],
      things_get: [true, false, true],
      things_set: [false, false, true],
      things_delete: [false, true, true],
    });
    expect(toolEntries(doc).find((t) => t.method === "DELETE")!.outputSchema).toBeUndefined();
  });

  it("refuses two operationIds that make one tool name, naming both", () => {
    const doc = description({
      "/a": { get: { operationId: "things/get-one", responses: ok(thing) } },
      "/b": { get: { operationId: "things/get_one", responses: ok(thing) } },
    });
    expect(() => toolEntries(doc)).toThrow(/things\/get_one and things\/get-one both make the tool name things_get_one/);
  });
});

describe("renderMcpFiles", () => {
  it("refuses a README without the table's markers", () => {
    const dir = mkdtempSync(resolve(tmpdir(), "mcp-tools-"));
    try {
      const bundle = resolve(dir, "openapi.json");
      const readme = resolve(dir, "README.md");
      writeFileSync(bundle, JSON.stringify(description({ "/things": { get: { operationId: "things/all", responses: ok(thing) } } })));
      writeFileSync(readme, `# tools\n\n${TABLE_START}\n${TABLE_END}\n`);
      expect(renderMcpFiles(bundle, readme)[readme]).toContain("| `things_all` |");
      writeFileSync(readme, "# tools\n\nno table here\n");
      expect(() => renderMcpFiles(bundle, readme)).toThrow(/has no .*tools:start.* markers/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
