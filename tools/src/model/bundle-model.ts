// One reading of the bundled description (spec/dist/openapi.json) for everything that needs facts of
// the API: the generators, the checks, the tests, and (built into its package) the mock, which reads a
// bundle given at run time. Nothing here names an operation, a path or a field: each fact comes from
// the description, and where a fact is not plain OpenAPI the description declares it with an extension:
//
//   x-paging: page-size | next-cursor | prev-cursor   on a query parameter: its role in cursor paging
//   x-item-field: <field>                             on a path parameter: the item field holding its value
//   x-seed-addition: "<why>"                          on what GitHub's reference page does not show
//
// This module is the model's entry (`@copilot-spaces/tools/bundle-model`); its parts are
// ./pointers.ts (the only `$ref` resolver, and `schemaRef`), ./schema.ts (schema shapes and walks),
// ./operations.ts and ./resources.ts. Pure TypeScript with no Node.js import, so that the mock's
// bundler can take it in.
import type { ModelOperation } from "./model-types.ts";
import { operationsOf } from "./operations.ts";
import type { Json } from "./pointers.ts";

export type {
  ModelAccess,
  ModelHeader,
  ModelOperation,
  ModelParameter,
  ModelResource,
  ModelResponse,
  PagingRole,
  PermissionLevel,
  ResourceAction,
  TokenKind,
} from "./model-types.ts";
export { SCOPED_KINDS, TOKEN_KINDS, TOKEN_PREFIXES } from "./model-types.ts";
export { permissionTitles, SERVED_WITHOUT_HEADER } from "./access.ts";
export { HTTP_METHODS, operationsOf } from "./operations.ts";
export { deref, exampleNames, exampleValues, extension, pointer, resolvePointer, resolveSchema, schemaRef, type Json } from "./pointers.ts";
export { propertiesOf, schemaKind, shape, walkPair, walkProperties, type BodyKind, type PairWalk, type SchemaShape, type ShapeOptions } from "./schema.ts";

/** The operations of a bundle, with the bundle's API versions and tags. */
export interface BundleModel {
  operations: ModelOperation[];
  /** The tags, in the description's order, with the name the docs show. */
  tags: { name: string; displayName: string }[];
  servers: string[];
}

export function bundleModel(bundle: { paths?: unknown; tags?: unknown; servers?: unknown }): BundleModel {
  const operations = operationsOf(bundle);
  const declared = ((bundle.tags as Json[] | undefined) ?? []).map((t) => ({ name: String(t.name), displayName: String(t["x-displayName"] ?? t.name) }));
  const used = [...new Set(operations.flatMap((o) => o.tags))]
    .filter((name) => !declared.some((t) => t.name === name))
    .map((name) => ({ name, displayName: name }));
  return {
    operations,
    tags: [...declared.filter((t) => operations.some((o) => o.tags.includes(t.name))), ...used],
    servers: ((bundle.servers as Json[] | undefined) ?? []).map((s) => String(s.url).replace(/\/$/, "")),
  };
}
