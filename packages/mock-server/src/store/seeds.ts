// What an untouched owner's collection holds, read from the description: the list example's items
// (filled up to the stateless mock's fixed set, so that lists page at per_page=2), each completed to a
// full item from the single-item example (which stands at its own number), with the create request's
// defaults; the fields a list page carries; the create request's defaults.
import type { Operation } from "../engine/prism-engine.js";
import type { ListOperation } from "../core/pagination.js";
import { requestProperties, type StoreRoute } from "./routes.js";
import { CREATOR_FIELD, IDENTITY_FIELD, NESTED_FIELD, OWNER_FIELD } from "./space-rules.js";
import type { CollectionSeed } from "./store.js";

type Json = Record<string, unknown>;

export function collectionSeeds(routes: Map<Operation, StoreRoute>, lists: ListOperation[]): CollectionSeed[] {
  const seeds: CollectionSeed[] = [];
  for (const [operation, route] of routes) {
    if (route.action !== "get") continue;
    const list = lists.find((l) => l.path === route.collection);
    const create = [...routes].find(([, r]) => r.collection === route.collection && r.action === "create")?.[0];
    const full = successExample(operation);
    if (!list || !full) continue;
    const defaults = Object.fromEntries(
      Object.entries(requestProperties(create)).flatMap(([name, schema]) => ((schema as Json).default === undefined ? [] : [[name, (schema as Json).default]])),
    );
    // A field of the full example that a list item lacks: the create default, else empty (none, or no items).
    const blank = Object.fromEntries(Object.entries(full).map(([key, value]) => [key, key in defaults ? defaults[key] : Array.isArray(value) ? [] : null]));
    const items = list.items.map((item) => (item[IDENTITY_FIELD] === full[IDENTITY_FIELD] ? structuredClone(full) : { ...blank, ...structuredClone(item) }));
    if (!items.some((item) => item[IDENTITY_FIELD] === full[IDENTITY_FIELD])) items.push(structuredClone(full));
    items.sort((a, b) => Number(a[IDENTITY_FIELD]) - Number(b[IDENTITY_FIELD]));
    // The page's examples give two different Spaces one id (42): each seeded item gets its own.
    const ids = new Set<number>();
    let nextId = Math.max(0, ...items.map((item) => Number(item.id))) + 1;
    for (const item of items) {
      if (ids.has(Number(item.id))) item.id = nextId++;
      ids.add(Number(item.id));
    }
    seeds.push({
      kind: route.ownerKind,
      itemsKey: list.itemsKey,
      listFields: Object.keys(list.items[0] ?? {}),
      items,
      exampleOwner: String((full[OWNER_FIELD] as Json | undefined)?.login ?? ""),
      creator: structuredClone(full[CREATOR_FIELD]) as Json,
      defaults,
      nestedRequired: nestedRequired(operation),
      itemSchema: successSchema(operation) ?? {},
    });
  }
  return seeds;
}

function successExample(operation: Operation): Json | undefined {
  const ok = operation.responses.find((r) => /^2\d\d$/.test(String(r.code)));
  const example = ok?.contents?.[0]?.examples?.[0] as { value?: unknown } | undefined;
  return example?.value as Json | undefined;
}

function successSchema(operation: Operation): Json | undefined {
  const ok = operation.responses.find((r) => /^2\d\d$/.test(String(r.code)));
  return ok?.contents?.[0]?.schema as Json | undefined;
}

/** The fields every nested item of a read item has: `required` of its items' schema in the description. */
function nestedRequired(operation: Operation): string[] {
  const nested = propertySchema(successSchema(operation), NESTED_FIELD) as { items?: { required?: string[] } } | undefined;
  return nested?.items?.required ?? [];
}

/** A property's schema, declared by the schema itself or by one of its `allOf` parts. */
function propertySchema(schema: Json | undefined, name: string): Json | undefined {
  const own = (schema?.properties as Record<string, Json> | undefined)?.[name];
  if (own) return own;
  for (const part of (schema?.allOf as Json[] | undefined) ?? []) {
    const found = propertySchema(part, name);
    if (found) return found;
  }
  return undefined;
}
