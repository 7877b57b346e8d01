// Generates packages/mock-server/src/generated/ from the bundle (spec/dist/openapi.json):
//   fixtures.ts  what the mock's typed fixtures build, and the types of the builders and of mock.seed()
// The description's types themselves are the client's (packages/client/src/generated/openapi.ts, by
// openapi-typescript), imported for types only: tsup inlines them in the mock's .d.ts, so they are made once.
// Nothing here names a schema or a field: the fixtures are the items of the description's collections
// (a Space, and inside it its resources and collaborators), each named by the last word of its schema's
// name (`copilot-space-resource` → `resource`); an item whose schema tells kinds apart by a `type` or
// `*_type` field with an enum (`actor_type`, `resource_type`) gets one builder per kind (`user`,
// `githubFile`). Each starts from the first of the description's examples that its schema accepts.
// Whether the committed files are what this makes now is checked by ../check/drift.ts.
//
//   tsx tools/src/generate/generate-mock-types.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { deref, operationsOf, propertiesOf, resolveSchema, type Json, type ModelOperation } from "../model/bundle-model.ts";
import { BundleValidator, examplesOf } from "../model/bundle-validator.ts";
import { bundleJsonPath, repoRoot, type OpenApiDocument } from "../model/paths.ts";

export const mockGeneratedDir = resolve(repoRoot, "packages/mock-server/src/generated");

const BANNER = `// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate/generate-mock-types.ts. Do not edit it: change the description or the generator, then
// run \`pnpm build\` (or \`pnpm --filter @copilot-spaces/mock-server generate\`).
`;

export interface FixtureKind {
  /** The builder's name: the kind field's value in camelCase (`github_file` → `githubFile`). */
  name: string;
  value: string;
  /** The schema a fixture of this kind satisfies (a variant of the item's, or the item's own). */
  schema: string;
  example: Json;
}

export interface FixtureSpec {
  name: string;
  schema: string;
  /** The field that tells kinds apart, and one entry per kind; absent for an item of one kind. */
  kindField?: string;
  kinds?: FixtureKind[];
  example?: Json;
  /** For an item of a collection kept at an owner: the identity field (x-item-field) and the list's items key. */
  identityField?: string;
  itemsKey?: string;
  /** For a collection inside an item: the collection's name (its path's last segment). */
  collection?: string;
}

const camel = (text: string) => text.toLowerCase().replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const schemaName = (bundle: unknown, at: string | undefined) =>
  at ? /^\/components\/schemas\/([^/]+)$/.exec(deref(bundle, { $ref: `#${at}` }, at).at)?.[1] : undefined;

/** The fixtures, one per item schema of the description's collections: owners' items first, then the collections inside them. */
export function fixtureSpecs(bundle: OpenApiDocument): { fixtures: FixtureSpec[]; owners: { kind: string; parameter: string }[] } {
  const model = operationsOf(bundle);
  const items = model.filter((op) => op.resource && op.resource.identity.length > 0 && (op.resource.action === "get" || op.resource.action === "set"));
  const isInner = (op: ModelOperation) =>
    model.some((m) => m.resource?.item && m.resource.identity.length > 0 && op.resource!.collection.startsWith(`${m.resource.item}/`));
  const fixtures = new Map<string, FixtureSpec>();
  const owners = new Map<string, string>();
  // An item's schema: what its get answers, else what the collection's create answers (collaborators have no get).
  const collections = [...new Set(model.filter((op) => op.resource).map((op) => op.resource!.collection))];
  for (const collection of collections) {
    const ops = model.filter((op) => op.resource?.collection === collection);
    const itemOp = ops.find((op) => op.resource!.action === "get") ?? ops.find((op) => op.resource!.action === "create");
    const schema = schemaName(bundle, itemOp?.success.schemaPointer);
    if (!itemOp || !schema) continue;
    const inner = isInner(itemOp);
    if (!inner) {
      const segments = collection.split("/");
      const ownerAt = segments.map((s) => /^\{.+\}$/.test(s)).lastIndexOf(true);
      if (ownerAt >= 1) owners.set(segments[ownerAt - 1]!, segments[ownerAt]!.slice(1, -1));
    }
    if (fixtures.has(schema)) continue;
    const identity = itemOp.parameters.find((p) => p.in === "path" && p.name === itemOp.resource!.identity[0]);
    const list = ops.find((op) => op.resource!.action === "list");
    fixtures.set(schema, {
      name: camel(schema.split("-").at(-1)!),
      schema,
      ...(inner ? { collection: collection.split("/").at(-1)! } : { identityField: identity?.itemField, itemsKey: list?.paging?.itemsKey }),
    });
  }
  const validator = new BundleValidator(bundle);
  const candidates = examplesOf(bundle).flatMap((e) => objectsIn(e.value));
  for (const fixture of fixtures.values()) addKinds(bundle, validator, candidates, fixture);
  return {
    fixtures: [...fixtures.values()].sort((a, b) => Number(Boolean(a.collection)) - Number(Boolean(b.collection))),
    owners: [...owners].map(([kind, parameter]) => ({ kind, parameter })),
  };
}

function objectsIn(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (value === null || typeof value !== "object") return [];
  return [value as Json, ...Object.values(value).flatMap(objectsIn)];
}

function addKinds(bundle: OpenApiDocument, validator: BundleValidator, candidates: Json[], fixture: FixtureSpec): void {
  const at = (name: string) => `/components/schemas/${name}`;
  const accepts = (schema: string, value: Json) => validator.validate(at(schema), value).valid;
  const node = resolveSchema(bundle, { $ref: `#${at(fixture.schema)}` });
  const variants = ((node.anyOf ?? node.oneOf) as Json[] | undefined)?.map((v) => schemaName(bundle, String(v.$ref).replace(/^#/, "")) ?? fixture.schema) ?? [
    fixture.schema,
  ];
  const enumsOf = (schema: string) =>
    Object.entries(propertiesOf(bundle, { $ref: `#${at(schema)}` })).filter(
      ([name, p]) => (name === "type" || name.endsWith("_type")) && Array.isArray(p.enum),
    );
  // The kind field: a type-like enum field that every variant has (`actor_type`, not the team's `type`).
  const field = enumsOf(variants[0]!)
    .map(([name]) => name)
    .filter((name) => variants.every((v) => enumsOf(v).some(([n]) => n === name)))
    .sort((a, b) => Number(b.endsWith("_type")) - Number(a.endsWith("_type")))[0];
  if (!field) {
    const example = candidates.find((c) => accepts(fixture.schema, c));
    if (!example)
      throw new Error(`components.schemas.${fixture.schema}: no example of the description is a valid ${fixture.schema}, so no fixture can start from one`);
    fixture.example = structuredClone(example);
    return;
  }
  const kinds: FixtureKind[] = variants.flatMap((variant) =>
    (enumsOf(variant).find(([n]) => n === field)![1].enum as string[]).map((value) => ({ name: camel(value), value, schema: variant, example: {} })),
  );
  const found = (kind: FixtureKind) => candidates.find((c) => c[field] === kind.value && accepts(kind.schema, c));
  for (const kind of kinds) kind.example = structuredClone(found(kind) ?? {});
  // A kind with no example of its own: another kind's, with the kind changed and the fields of each
  // object that requires none emptied (they are what the kinds differ in: a file's path, a note's text).
  const donor = kinds.find((k) => Object.keys(k.example).length > 0);
  if (!donor) throw new Error(`components.schemas.${fixture.schema}: no example of the description is of any ${field}`);
  const properties = propertiesOf(bundle, { $ref: `#${at(donor.schema)}` });
  for (const kind of kinds.filter((k) => Object.keys(k.example).length === 0)) {
    const emptied = Object.entries(donor.example).map(([k, v]) =>
      v !== null && typeof v === "object" && !Array.isArray(v) && !(properties[k]?.required as string[] | undefined)?.length ? [k, {}] : [k, v],
    );
    kind.example = { ...Object.fromEntries(emptied), [field]: kind.value };
    if (!accepts(kind.schema, kind.example))
      throw new Error(`components.schemas.${kind.schema}: a ${kind.value} made from the ${donor.value} example is not valid`);
  }
  Object.assign(fixture, { kindField: field, kinds });
}

function renderFixtures(bundle: OpenApiDocument): string {
  const { fixtures, owners } = fixtureSpecs(bundle);
  const type = (schema: string) => `Schemas[${JSON.stringify(schema)}]`;
  const kindType = (fixture: FixtureSpec, kind: FixtureKind) =>
    kind.schema === fixture.schema ? `${type(kind.schema)} & { ${fixture.kindField}: ${JSON.stringify(kind.value)} }` : type(kind.schema);
  const builder = (t: string) => `(overrides?: Partial<${t}>) => ${t}`;
  const builders = fixtures.map((f) =>
    f.kinds
      ? `  ${f.name}: {\n${f.kinds.map((k) => `    ${k.name}: ${builder(kindType(f, k))};`).join("\n")}\n  };`
      : `  ${f.name}: ${builder(type(f.schema))};`,
  );
  const root = fixtures.find((f) => f.itemsKey);
  const nested = fixtures.filter((f) => f.collection);
  const all = (f: FixtureSpec) => (f.kinds ? f.kinds.map((k) => kindType(f, k)).join(" | ") : type(f.schema));
  const seedFields = [
    ...(root ? [`  ${root.itemsKey}?: ${type(root.schema)}[];`] : []),
    ...nested.map(
      (f) => `  /** By the ${root?.identityField ?? "identity"} of one of the seeded items. */\n  ${f.collection}?: Record<number, (${all(f)})[]>;`,
    ),
  ];
  return `${BANNER}
import type { components } from "../../../client/src/generated/openapi.js";

type Schemas = components["schemas"];

/** The fixtures: one per item schema of the description's collections, one per kind where its schema tells kinds apart. */
export const fixtureTable = ${JSON.stringify(fixtures, null, 2)} as const;

/** The kinds of owner the store keeps (the segment before the owner in a collection's path) and the owner's path parameter. */
export const ownerKinds = ${JSON.stringify(owners)} as const;

/** The typed builders: each takes a partial of its schema's type and gives a whole, valid one. */
export interface FixtureBuilders {
${builders.join("\n")}
}

/** An owner as mock.seed() takes it: \`orgs/NAME\`, or an object keyed by the owner's path parameter. */
export type SeedOwner = ${owners.map((o) => `\`${o.kind}/\${string}\` | { ${o.parameter}: string }`).join(" | ")};

/** What mock.seed() puts at an owner. */
export interface SeedData {
${seedFields.join("\n")}
}
`;
}

/** The generated files, by name, from the bundle at \`bundlePath\`. */
export async function renderMockFiles(bundlePath = bundleJsonPath): Promise<Record<string, string>> {
  const bundle = JSON.parse(readFileSync(bundlePath, "utf8")) as OpenApiDocument;
  return { "fixtures.ts": renderFixtures(bundle) };
}

async function main(): Promise<void> {
  mkdirSync(mockGeneratedDir, { recursive: true });
  for (const [name, content] of Object.entries(await renderMockFiles())) writeFileSync(resolve(mockGeneratedDir, name), content);
  console.log(`Wrote ${mockGeneratedDir}/fixtures.ts from ${bundleJsonPath}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
