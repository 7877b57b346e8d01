// fast-check arbitraries made from the bundle's JSON Schemas: valid values of a schema, and invalid
// ones that break it in one known place (so the test knows which field the 422 must name).
import { resolveSchema } from "@copilot-spaces/tools/bundle-model";
import type { OpenApiDocument } from "@copilot-spaces/tools/paths";
import fc from "fast-check";

export { resolveSchema };

/** Values that satisfy `schema` (the subset of JSON Schema the description uses). */
export function validValue(bundle: OpenApiDocument, schema: unknown): fc.Arbitrary<unknown> {
  const s = resolveSchema(bundle, schema);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  switch (s.type) {
    case "string":
      return fc.string({ maxLength: 40 });
    case "integer":
      return fc.integer({ min: typeof s.minimum === "number" ? s.minimum : 0, max: typeof s.maximum === "number" ? s.maximum : 1_000_000_000 });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(validValue(bundle, s.items), { maxLength: 3 });
    case "object": {
      const properties = Object.fromEntries(Object.entries((s.properties ?? {}) as Record<string, unknown>).map(([key, p]) => [key, validValue(bundle, p)]));
      return fc.record(properties, { requiredKeys: (s.required as string[] | undefined) ?? [] });
    }
    default:
      throw new Error(`No arbitrary for schema type ${JSON.stringify(s.type)}`);
  }
}

/** One place a body can be broken, and how GitHub's 422 must name it. */
export interface Breakage {
  /** Where, as the mock names fields: "resources_attributes.0.metadata.repository_id". */
  field: string;
  code: "missing_field" | "invalid";
  apply: (body: Record<string, unknown>) => Record<string, unknown>;
}

const WRONG: Record<string, unknown[]> = {
  string: [42, true, ["x"], { x: 1 }],
  integer: ["12", 1.5, true, null],
  number: ["1.5", true, null],
  boolean: ["true", 1, null],
  array: ["x", { x: 1 }, 3],
  object: ["x", 7, ["x"]],
};

/** Every single breakage of an object schema: a missing required field, a wrong type, a value outside an enum. */
export function breakages(bundle: OpenApiDocument, schema: unknown, path: string[] = []): Breakage[] {
  const s = resolveSchema(bundle, schema);
  const found: Breakage[] = [];
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  for (const name of (s.required as string[] | undefined) ?? []) {
    found.push({ field: [...path, name].join("."), code: "missing_field", apply: (body) => setAt(body, [...path, name], undefined) });
  }
  for (const [name, property] of Object.entries(properties)) {
    const p = resolveSchema(bundle, property);
    const at = [...path, name];
    for (const wrong of WRONG[String(p.type)] ?? []) found.push({ field: at.join("."), code: "invalid", apply: (body) => setAt(body, at, wrong) });
    if (Array.isArray(p.enum)) found.push({ field: at.join("."), code: "invalid", apply: (body) => setAt(body, at, "not-a-listed-value") });
    if (p.type === "object") found.push(...breakages(bundle, p, at));
    if (p.type === "array" && resolveSchema(bundle, p.items).type === "object") found.push(...breakages(bundle, p.items, [...at, "0"]));
  }
  return found;
}

/** Sets (or with `undefined`, removes) the value at a path, creating the objects and arrays on the way. */
function setAt(body: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let node: Record<string, unknown> = copy;
  path.slice(0, -1).forEach((key, i) => {
    const nextIsIndex = /^\d+$/.test(path[i + 1]!);
    const existing = node[key];
    if (existing === null || typeof existing !== "object") node[key] = nextIsIndex ? [] : {};
    if (nextIsIndex && Array.isArray(node[key]) && (node[key] as unknown[]).length === 0) (node[key] as unknown[]).push({});
    node = node[key] as Record<string, unknown>;
  });
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}
