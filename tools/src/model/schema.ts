// How the tools read a schema: its shape (references followed, `allOf` parts merged) and walks over
// its properties and array items, alone or beside another schema. The conformance checks, spec:diff
// and the bundle model read schemas through this module only. Pure TypeScript with no Node.js import,
// so that the mock's bundler can take it in.
import { resolveSchema, type Json } from "./pointers.ts";

/** What a body is: a JSON object or array, any JSON, or nothing at all. */
export type BodyKind = "object" | "array" | "json" | "none";

/** A schema as the checks compare it: references followed, `allOf` parts merged. */
export interface SchemaShape {
  /**
   * `type` as a list; OpenAPI 3.0's `nullable: true` adds "null". When the schema says none: its
   * `allOf` parts' types, else "object" if it has properties.
   */
  types: string[];
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  /** Its properties and its `allOf` parts' (as written: references not followed). */
  properties: Record<string, unknown>;
  required: string[];
  items?: unknown;
  /** Its own `anyOf` and `oneOf` members. */
  alternatives: unknown[];
}

export interface ShapeOptions {
  /** The alternatives' properties and types merged in, as one value that may be any of them (spec:diff's view). */
  mergeAlternatives?: boolean;
}

// Deeper `allOf` or alternatives than this are not merged: a schema that refers to itself ends here.
const MAX_MERGE_DEPTH = 8;

export function shape(document: unknown, schema: unknown, options: ShapeOptions = {}, depth = 0): SchemaShape {
  const node = resolveSchema(document, schema);
  const types = ([] as unknown[]).concat(node.type ?? []).map(String);
  if (node.nullable === true && types.length > 0 && !types.includes("null")) types.push("null");
  const merged: SchemaShape = {
    types,
    properties: { ...((node.properties ?? {}) as Json) },
    required: [...((node.required as string[] | undefined) ?? [])],
    alternatives: [...((node.anyOf as unknown[] | undefined) ?? []), ...((node.oneOf as unknown[] | undefined) ?? [])],
  };
  if (Array.isArray(node.enum)) merged.enum = node.enum;
  if (typeof node.format === "string") merged.format = node.format;
  for (const key of ["minimum", "maximum", "maxLength", "minLength"] as const) if (typeof node[key] === "number") merged[key] = node[key] as number;
  if (node.items !== undefined) merged.items = node.items;
  if (depth <= MAX_MERGE_DEPTH) {
    for (const part of (node.allOf as unknown[] | undefined) ?? []) {
      const inner = shape(document, part, options, depth + 1);
      Object.assign(merged.properties, inner.properties);
      merged.required.push(...inner.required);
      if (merged.types.length === 0) merged.types = inner.types;
    }
    // Merged alternatives: their properties are read together, and each one's types count (a `{type:
    // "null"}` member makes the value nullable).
    for (const part of options.mergeAlternatives ? merged.alternatives : []) {
      const inner = shape(document, part, options, depth + 1);
      Object.assign(merged.properties, inner.properties);
      for (const type of inner.types) if (!merged.types.includes(type)) merged.types.push(type);
    }
  }
  if (merged.types.length === 0 && Object.keys(merged.properties).length > 0) merged.types = ["object"];
  return merged;
}

/** Two schemas walked side by side (`a` in `before`, `b` in `after`), and what to do at each place. */
export interface PairWalk {
  before: unknown;
  after: unknown;
  /** Places deeper than this are not visited. */
  maxDepth: number;
  shapeOptions?: ShapeOptions;
  /** Compares the two schemas at one place, before their properties and items. */
  compare(x: SchemaShape, y: SchemaShape, at: string, depth: number): void;
  /** After the properties and items: `a` and `b` as written, for a walk of their alternatives. */
  afterParts?(x: SchemaShape, y: SchemaShape, at: string, depth: number, a: unknown, b: unknown): void;
  /** A property only `b` has (`place` is the property's, `at` its parent's), only `a` has; items only `b` declares. */
  onlyInB?(name: string, place: string, at: string, y: SchemaShape): void;
  onlyInA?(name: string, place: string): void;
  itemsOnlyInB?(at: string): void;
  /** How a property and the items are named from their parent's place. */
  property(at: string, name: string): string;
  items?(at: string): string;
}

/** Visits `a` and `b` at the same places: the root, then the properties of `b` (in its order) and the items both have. */
export function walkPair(walk: PairWalk, a: unknown, b: unknown, at: string, depth = 0): void {
  if (depth > walk.maxDepth) return;
  const x = shape(walk.before, a, walk.shapeOptions);
  const y = shape(walk.after, b, walk.shapeOptions);
  walk.compare(x, y, at, depth);
  for (const [name, property] of Object.entries(y.properties)) {
    const place = walk.property(at, name);
    if (name in x.properties) walkPair(walk, x.properties[name], property, place, depth + 1);
    else walk.onlyInB?.(name, place, at, y);
  }
  for (const name of Object.keys(x.properties)) if (!(name in y.properties)) walk.onlyInA?.(name, walk.property(at, name));
  const items = walk.items?.(at) ?? `${at}[]`;
  if (y.items !== undefined && x.items !== undefined) walkPair(walk, x.items, y.items, items, depth + 1);
  else if (y.items !== undefined) walk.itemsOnlyInB?.(at);
  walk.afterParts?.(x, y, at, depth, a, b);
}

/** Visits every property of a schema, of its properties and of its array items, depth first, with its path of names. */
export function walkProperties(document: unknown, schema: unknown, visit: (property: unknown, path: string[]) => void, maxDepth = 8): void {
  const walk = (node: unknown, path: string[], depth: number): void => {
    if (depth > maxDepth) return;
    const s = shape(document, node);
    if (s.items !== undefined) return walk(s.items, path, depth + 1);
    for (const [name, property] of Object.entries(s.properties)) {
      visit(property, [...path, name]);
      walk(property, [...path, name], depth + 1);
    }
  };
  walk(schema, [], 0);
}

/** The kind of JSON a schema allows: an object (by `type`, `properties` or an object `allOf` part), an array, or any. */
export function schemaKind(bundle: unknown, schema: unknown): BodyKind {
  const node = resolveSchema(bundle, schema);
  const types = ([] as unknown[]).concat(node.type ?? []);
  if (types.length === 1 && types[0] === "object") return "object";
  if (types.length === 1 && types[0] === "array") return "array";
  if (
    types.length === 0 &&
    (node.properties !== undefined || (Array.isArray(node.allOf) && node.allOf.some((part) => schemaKind(bundle, part) === "object")))
  ) {
    return "object";
  }
  return "json";
}

/** The properties of an object schema, `allOf` parts included (its own win), each resolved. */
export function propertiesOf(bundle: unknown, schema: unknown): Record<string, Json> {
  const node = resolveSchema(bundle, schema);
  const parts = Array.isArray(node.allOf) ? node.allOf.map((part) => propertiesOf(bundle, part)) : [];
  const own = Object.fromEntries(Object.entries((node.properties ?? {}) as Json).map(([name, property]) => [name, resolveSchema(bundle, property)]));
  return Object.assign({}, ...parts, own) as Record<string, Json>;
}
