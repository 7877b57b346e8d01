// One reading of the bundled description (spec/dist/openapi.json) for everything that needs facts of
// the API: the generators, the checks, the tests, and (built into its package) the mock, which reads a
// bundle given at run time. It holds the repository's only `$ref` resolver. Nothing here names an
// operation, a path or a field: each fact comes from the description, and where a fact is not plain
// OpenAPI the description declares it with an extension:
//
//   x-paging: page-size | next-cursor | prev-cursor   on a query parameter: its role in cursor paging
//   x-item-field: <field>                             on a path parameter: the item field holding its value
//   x-seed-addition: "<why>"                          on what GitHub's reference page does not show
//
// Pure TypeScript with no Node.js import, so that the mock's bundler can take it in.

export type Json = Record<string, unknown>;

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A JSON pointer from its parts, escaping "~" and "/". */
export function pointer(...parts: (string | number)[]): string {
  return parts.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** The value at a JSON pointer, or at a local `$ref` ("#/components/…"). */
export function resolvePointer(document: unknown, ref: string): unknown {
  const path = ref.replace(/^#/, "");
  if (path === "") return document;
  return path
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => {
      if (node === null || typeof node !== "object" || !(part in node)) {
        throw new Error(`The bundle has nothing at ${ref}.`);
      }
      return (node as Record<string, unknown>)[part];
    }, document);
}

/** Follows `$ref`s until a node that is not a reference; returns the node and where it was found. */
export function deref<T = Json>(document: unknown, node: unknown, at: string): { node: T; at: string } {
  let current = node;
  let location = at;
  for (let hops = 0; isRef(current); hops++) {
    if (hops > 16) throw new Error(`$ref cycle at ${at}.`);
    location = current.$ref.replace(/^#/, "");
    current = resolvePointer(document, current.$ref);
  }
  return { node: current as T, at: location };
}

/** A schema with its `$ref`s followed; keywords beside a `$ref` (description, default, extensions) win. */
export function resolveSchema(document: unknown, schema: unknown): Json {
  const node = schema as Json | undefined;
  if (!node || typeof node.$ref !== "string") return node ?? {};
  const { $ref: ref, ...siblings } = node;
  return { ...resolveSchema(document, resolvePointer(document, ref as string)), ...siblings };
}

function isRef(node: unknown): node is { $ref: string } {
  return typeof node === "object" && node !== null && typeof (node as { $ref?: unknown }).$ref === "string";
}

/** An extension declared on a node or on the node it refers to (the referring one wins). */
export function extension(document: unknown, node: unknown, name: string): unknown {
  const own = (node as Json | undefined)?.[name];
  if (own !== undefined || !isRef(node)) return own;
  return extension(document, resolvePointer(document, node.$ref), name);
}

/** The example values of a request body or a response (a `$ref` is followed): `example` and named `examples`. */
export function exampleValues(bundle: unknown, holder: unknown): unknown[] {
  if (holder === undefined) return [];
  const content = (deref(bundle, holder, "").node.content ?? {}) as Record<string, Json>;
  return Object.values(content).flatMap((media) => [
    ...("example" in media ? [media.example] : []),
    ...Object.values((media.examples ?? {}) as Record<string, unknown>).map((example) => deref<{ value?: unknown }>(bundle, example, "").node.value),
  ]);
}

/** What a body is: a JSON object or array, any JSON, or nothing at all. */
export type BodyKind = "object" | "array" | "json" | "none";

export type PagingRole = "page-size" | "next-cursor" | "prev-cursor";

export interface ModelParameter {
  name: string;
  in: string;
  required: boolean;
  /** The schema, references followed. */
  schema: Json;
  /** The parameter object, references followed, and its JSON pointer. */
  node: Json;
  at: string;
  paging?: PagingRole;
  /** For a path parameter: the field of the item that holds its value (`x-item-field`). */
  itemField?: string;
  seedAddition?: string;
}

export interface ModelResponse {
  status: number;
  description: string;
  kind: BodyKind;
  /** JSON pointer of the JSON body's schema, when there is one. */
  schemaPointer?: string;
  examples: unknown[];
  seedAddition?: string;
}

export type ResourceAction = "list" | "create" | "get" | "set" | "delete";

/** Where an operation stands among the collections of the description. */
export interface ModelResource {
  action: ResourceAction;
  /** The collection's path template: the item paths are this plus one or more parameters. */
  collection: string;
  /** The item path of the collection, when the description has one. */
  item?: string;
  /** The path parameters of the collection's owner (those of the collection path). */
  owner: string[];
  /** The path parameters after the collection's path that name one item (item operations only). */
  identity: string[];
}

export interface ModelOperation {
  operationId: string;
  /** Lower case, as in the description's path items: "get". */
  method: string;
  path: string;
  /** JSON pointer of the operation object. */
  at: string;
  operation: Json;
  summary: string;
  tags: string[];
  /** Path-level and operation-level parameters, references resolved; operation-level ones win. */
  parameters: ModelParameter[];
  requestBody?: { required: boolean; schemaPointer: string; examples: unknown[] };
  responses: ModelResponse[];
  /** The answer a valid request usually gets: the first 2xx, or a POST's 201. */
  success: ModelResponse;
  /** For a list paged by cursor: the array property of a page and the paging parameters. */
  paging?: { itemsKey: string; pageSize?: ModelParameter; next: ModelParameter; prev?: ModelParameter };
  resource?: ModelResource;
  /** GitHub's name for the resource in a 422's `errors[].resource`, from the operation's 422 examples. */
  validationResource?: string;
  seedAddition?: string;
}

const ACTIONS: Record<"collection" | "item", Record<string, ResourceAction>> = {
  collection: { get: "list", post: "create" },
  item: { get: "get", put: "set", patch: "set", delete: "delete" },
};

export function operationsOf(bundle: { paths?: unknown }): ModelOperation[] {
  const paths = (bundle.paths ?? {}) as Record<string, Json>;
  const found = Object.entries(paths).flatMap(([path, item]) => {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    return HTTP_METHODS.filter((method) => method in item).map((method) => {
      const at = pointer("paths", path, method);
      const operation = item[method] as Json;
      const own = ((operation.parameters as unknown[] | undefined) ?? []).map((p, i) => parameterOf(bundle, p, `${at}/parameters/${i}`));
      const inherited = shared
        .map((p, i) => parameterOf(bundle, p, `${pointer("paths", path, "parameters")}/${i}`))
        .filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
      const responses = Object.entries((operation.responses ?? {}) as Json).map(([status, response]) =>
        responseOf(bundle, Number(status), response, `${at}${pointer("responses", status)}`),
      );
      // The answer a request usually gets: the first 2xx, but 201 for a POST that declares one (a
      // create that may also answer 200 when the thing exists already).
      const success =
        (method === "post" ? responses.find((r) => r.status === 201) : undefined) ?? responses.find((r) => r.status >= 200 && r.status <= 299) ?? responses[0]!;
      const modeled: ModelOperation = {
        operationId: String(operation.operationId ?? `${method} ${path}`),
        method,
        path,
        at,
        operation,
        summary: String(operation.summary ?? ""),
        tags: ((operation.tags as string[] | undefined) ?? []).map(String),
        parameters: [...inherited, ...own],
        responses,
        success,
      };
      if (operation.requestBody !== undefined) {
        const body = deref(bundle, operation.requestBody, `${at}/requestBody`);
        modeled.requestBody = {
          required: Boolean(body.node.required),
          schemaPointer: `${body.at}${pointer("content", "application/json", "schema")}`,
          examples: exampleValues(bundle, operation.requestBody),
        };
      }
      const seedAddition = operation["x-seed-addition"];
      if (typeof seedAddition === "string") modeled.seedAddition = seedAddition;
      const paging = pagingOf(bundle, modeled);
      if (paging) modeled.paging = paging;
      const resource = responses
        .find((r) => r.status === 422)
        ?.examples.flatMap((e) => ((e as Json | undefined)?.errors as Json[] | undefined) ?? [])[0]?.resource;
      if (typeof resource === "string") modeled.validationResource = resource;
      return modeled;
    });
  });
  for (const op of found) {
    const resource = resourceOf(op, found);
    if (resource) op.resource = resource;
  }
  return found;
}

function parameterOf(bundle: unknown, node: unknown, at: string): ModelParameter {
  const resolved = deref(bundle, node, at);
  const p = resolved.node;
  const parameter: ModelParameter = {
    name: String(p.name),
    in: String(p.in),
    required: Boolean(p.required),
    schema: resolveSchema(bundle, p.schema),
    node: p,
    at: resolved.at,
  };
  const paging = extension(bundle, node, "x-paging");
  if (paging === "page-size" || paging === "next-cursor" || paging === "prev-cursor") parameter.paging = paging;
  const itemField = extension(bundle, node, "x-item-field");
  if (typeof itemField === "string") parameter.itemField = itemField;
  const addition = extension(bundle, node, "x-seed-addition");
  if (typeof addition === "string") parameter.seedAddition = addition;
  return parameter;
}

function responseOf(bundle: unknown, status: number, node: unknown, at: string): ModelResponse {
  const resolved = deref(bundle, node, at);
  const content = resolved.node.content as Record<string, { schema?: unknown }> | undefined;
  const json = content?.["application/json"];
  const response: ModelResponse = {
    status,
    description: String(resolved.node.description ?? ""),
    kind: content === undefined ? "none" : json?.schema === undefined ? "json" : schemaKind(bundle, json.schema),
    examples: exampleValues(bundle, node),
  };
  if (json?.schema !== undefined) response.schemaPointer = `${resolved.at}${pointer("content", "application/json", "schema")}`;
  const addition = extension(bundle, node, "x-seed-addition");
  if (typeof addition === "string") response.seedAddition = addition;
  return response;
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

/** The properties of an object schema, `allOf` parts included. */
export function propertiesOf(bundle: unknown, schema: unknown): Record<string, Json> {
  const node = resolveSchema(bundle, schema);
  const parts = Array.isArray(node.allOf) ? node.allOf.map((part) => propertiesOf(bundle, part)) : [];
  const own = Object.fromEntries(Object.entries((node.properties ?? {}) as Json).map(([name, property]) => [name, resolveSchema(bundle, property)]));
  return Object.assign({}, ...parts, own) as Record<string, Json>;
}

/** A list paged by cursor: it takes a next cursor, and its success is an object with one array property. */
function pagingOf(bundle: unknown, op: ModelOperation): ModelOperation["paging"] {
  const role = (r: PagingRole) => op.parameters.find((p) => p.in === "query" && p.paging === r);
  const next = role("next-cursor");
  if (!next || op.success.kind !== "object" || !op.success.schemaPointer) return undefined;
  const arrays = Object.entries(propertiesOf(bundle, resolvePointer(bundle, `#${op.success.schemaPointer}`))).filter(([, p]) => p.type === "array");
  if (arrays.length !== 1) return undefined;
  const paging: NonNullable<ModelOperation["paging"]> = { itemsKey: arrays[0]![0], next };
  const pageSize = role("page-size");
  const prev = role("prev-cursor");
  if (pageSize) paging.pageSize = pageSize;
  if (prev) paging.prev = prev;
  return paging;
}

/**
 * An item path is a collection path followed by path parameters only (`/orgs/{org}/copilot-spaces` →
 * `/orgs/{org}/copilot-spaces/{space_number}`); a collection path ends with a name and has a list or
 * a create. The collection's own parameters name its owner.
 */
function resourceOf(op: ModelOperation, all: ModelOperation[]): ModelResource | undefined {
  const isParam = (segment: string) => /^\{.+\}$/.test(segment);
  const segments = op.path.split("/");
  const ownTrailing = segments.length - 1 - segments.map((s) => !isParam(s)).lastIndexOf(true);
  const collectionOf = (path: string) => {
    const parts = path.split("/");
    const trailing = parts.length - 1 - parts.map((s) => !isParam(s)).lastIndexOf(true);
    return parts.slice(0, parts.length - trailing).join("/");
  };
  const collection = collectionOf(op.path);
  const paramsIn = (path: string) =>
    path
      .split("/")
      .filter(isParam)
      .map((s) => s.slice(1, -1));
  const collectionOps = all.filter((o) => o.path === collection && ACTIONS.collection[o.method]);
  const itemPath = all.find((o) => o.path !== collection && collectionOf(o.path) === collection && ACTIONS.item[o.method])?.path;
  if (ownTrailing === 0) {
    const action = ACTIONS.collection[op.method];
    if (!action || !itemPath) return undefined;
    return { action, collection, item: itemPath, owner: paramsIn(collection), identity: [] };
  }
  const action = ACTIONS.item[op.method];
  if (!action || collectionOps.length === 0) return undefined;
  return { action, collection, item: op.path, owner: paramsIn(collection), identity: segments.slice(segments.length - ownTrailing).map((s) => s.slice(1, -1)) };
}

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
