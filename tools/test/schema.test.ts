// The one schema reader that the conformance checks, spec:diff and the model share, on a small document.
import { describe, expect, it } from "vitest";
import { resolvePointer, schemaRef, shape, walkPair, walkProperties, type PairWalk } from "../src/model/bundle-model.ts";

const doc = {
  components: {
    schemas: {
      base: { type: "object", properties: { id: { type: "integer" } }, required: ["id"] },
      thing: {
        allOf: [{ $ref: "#/components/schemas/base" }],
        properties: { tags: { type: "array", items: { type: "object", properties: { name: { type: "string" } } } } },
        required: ["tags"],
      },
      either: { anyOf: [{ type: "object", properties: { a: { type: "string" } } }, { type: "null" }] },
      legacy: { type: "string", nullable: true, enum: ["x", null] },
    },
  },
};
const at = (name: string) => schemaRef(`/components/schemas/${name}`);

describe("schemaRef", () => {
  it("refers to the node at a pointer of the same document", () => {
    expect(at("base")).toEqual({ $ref: "#/components/schemas/base" });
    expect(resolvePointer(doc, at("base").$ref)).toBe(doc.components.schemas.base);
  });
});

describe("shape", () => {
  it("follows references and merges allOf parts: properties, required, and the type they say", () => {
    const s = shape(doc, at("thing"));
    expect(Object.keys(s.properties)).toEqual(["tags", "id"]);
    expect(s.required).toEqual(["tags", "id"]);
    expect(s.types).toEqual(["object"]);
  });

  it("reads OpenAPI 3.0's nullable as a null type and keeps the enum as written", () => {
    const s = shape(doc, at("legacy"));
    expect(s.types).toEqual(["string", "null"]);
    expect(s.enum).toEqual(["x", null]);
  });

  it("keeps alternatives apart unless asked to merge them (spec:diff's view)", () => {
    expect(shape(doc, at("either"))).toMatchObject({ types: [], properties: {}, alternatives: doc.components.schemas.either.anyOf });
    expect(shape(doc, at("either"), { mergeAlternatives: true })).toMatchObject({ types: ["object", "null"], properties: { a: { type: "string" } } });
  });
});

describe("walks", () => {
  it("walkProperties visits properties and array items depth first, with their paths", () => {
    const paths: string[] = [];
    walkProperties(doc, at("thing"), (_property, path) => paths.push(path.join(".")));
    expect(paths).toEqual(["tags", "tags.name", "id"]);
  });

  it("walkPair visits the places both schemas have, and says what only one has", () => {
    const seen: string[] = [];
    const walk: PairWalk = {
      before: doc,
      after: doc,
      maxDepth: 8,
      compare: (_x, _y, place) => seen.push(`compare ${place}`),
      onlyInB: (_name, place) => seen.push(`only b ${place}`),
      onlyInA: (_name, place) => seen.push(`only a ${place}`),
      property: (place, name) => `${place}.${name}`,
    };
    walkPair(walk, at("base"), at("thing"), "root");
    expect(seen).toEqual(["compare root", "only b root.tags", "compare root.id"]);
    seen.length = 0;
    walkPair(walk, at("thing"), at("base"), "root");
    expect(seen).toEqual(["compare root", "compare root.id", "only a root.tags"]);
  });
});
