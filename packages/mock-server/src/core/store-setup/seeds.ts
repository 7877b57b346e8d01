// What an untouched owner's collection holds, read from the description: the list example's items
// (filled up to the stateless mock's fixed set, so that lists page at per_page=2), each completed to a
// full item from the single-item example (which stands at its own number), with the create request's
// defaults; the fields a list page carries; the create request's defaults.
import { propertiesOf, resolveSchema, schemaRef, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { actorTypeOf, CREATOR_FIELD, ID_FIELD, loginOf, NESTED_FIELD, OWNER_FIELD } from "../../store/space-rules.js";
import type { CollectionSeed, StoreRoute } from "../../store/store.js";
import type { ListOperation } from "../paging/pagination.js";
import { requestProperties } from "./routes.js";

/** The dereferenced schema of an operation's success body (the engine's reading), which item checks compile. */
type SuccessSchema = (operation: ModelOperation) => object | undefined;

type Json = Record<string, unknown>;

export function collectionSeeds(
  routes: Map<ModelOperation, StoreRoute>,
  lists: ListOperation[],
  bundle: unknown,
  successSchema: SuccessSchema,
): CollectionSeed[] {
  const seeds: CollectionSeed[] = [];
  for (const [operation, route] of routes) {
    if (route.action !== "get" || route.inner) continue;
    const list = lists.find((l) => l.path === route.collection);
    const create = [...routes.values()].find((r) => r.collection === route.collection && r.action === "create")?.model;
    const full = route.model.success.examples[0] as Json | undefined;
    if (!list || !full) continue;
    const identity = route.identityField;
    const defaults = Object.fromEntries(
      Object.entries(requestProperties(create, bundle)).flatMap(([name, schema]) => (schema.default === undefined ? [] : [[name, schema.default]])),
    );
    // A field of the full example that a list item lacks: the create default, else empty (none, or no items).
    const blank = Object.fromEntries(Object.entries(full).map(([key, value]) => [key, key in defaults ? defaults[key] : Array.isArray(value) ? [] : null]));
    const items = list.items.map((item) => (item[identity] === full[identity] ? structuredClone(full) : { ...blank, ...structuredClone(item) }));
    if (!items.some((item) => item[identity] === full[identity])) items.push(structuredClone(full));
    items.sort((a, b) => Number(a[identity]) - Number(b[identity]));
    // The page's examples give two different Spaces one id (42): each seeded item gets its own.
    const ids = new Set<number>();
    let nextId = Math.max(0, ...items.map((item) => Number(item[ID_FIELD]))) + 1;
    for (const item of items) {
      if (ids.has(Number(item[ID_FIELD]))) item[ID_FIELD] = nextId++;
      ids.add(Number(item[ID_FIELD]));
    }
    seeds.push({
      kind: route.ownerKind,
      identityField: route.identityField,
      listFields: Object.keys(list.items[0] ?? {}),
      items,
      exampleOwner: loginOf(full[OWNER_FIELD] as Json | undefined),
      creator: structuredClone(full[CREATOR_FIELD]) as Json,
      defaults,
      nestedRequired: nestedRequired(route, bundle),
      collaboratorTemplates: collaboratorTemplates(routes, route),
      collaboratorSchema: collaboratorSchema(routes, route, successSchema),
      itemSchema: successSchema(operation) ?? {},
    });
  }
  return seeds;
}

/** The description's example collaborators of the collection's items, by actor_type: what new ones are made from. */
function collaboratorTemplates(routes: Map<ModelOperation, StoreRoute>, parent: StoreRoute): Record<string, Json> {
  const list = [...routes.values()].find((r) => r.inner?.kind === "collaborators" && r.action === "list" && r.ownerKind === parent.ownerKind);
  const example = list?.model.success.examples[0] as Json | undefined;
  const items = Object.values(example ?? {}).find(Array.isArray) as Json[] | undefined;
  return Object.fromEntries((items ?? []).map((item) => [actorTypeOf(item), item]));
}

/** The schema of one collaborator (the success of the collaborators' create), as Prism reads it. */
function collaboratorSchema(routes: Map<ModelOperation, StoreRoute>, parent: StoreRoute, successSchema: SuccessSchema): object {
  const create = [...routes].find(([, r]) => r.inner?.kind === "collaborators" && r.action === "create" && r.ownerKind === parent.ownerKind)?.[0];
  return (create ? successSchema(create) : undefined) ?? {};
}

/** The fields every nested item of a read item has: `required` of its items' schema in the description. */
function nestedRequired(route: StoreRoute, bundle: unknown): string[] {
  const pointer = route.model.success.schemaPointer;
  const nested = pointer === undefined ? undefined : propertiesOf(bundle, schemaRef(pointer))[NESTED_FIELD];
  return (resolveSchema(bundle, nested?.items).required as string[] | undefined) ?? [];
}
