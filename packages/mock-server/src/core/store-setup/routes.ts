// Which operations the store answers: the collections of the description (tools' bundle model reads
// them: a collection path lists and creates, its item path reads, sets and deletes) whose item path
// has one integer parameter that the description ties to an item field (x-item-field). The segments
// of the collection path say whose collection it is: `/orgs/{org}/…` → owner `orgs/<org>`.
import { propertiesOf, schemaRef, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { SPACE_COLLECTIONS } from "../../store/space-rules.js";
import type { StoreRoute } from "../../store/store.js";

/** The store's routes, by the operations of the bundle model that the store answers. */
export function storeRoutes(model: ModelOperation[], bundle: unknown): Map<ModelOperation, StoreRoute> {
  const routes = new Map<ModelOperation, StoreRoute>();
  // Collections inside an item of a kept collection come second: they need their parent's route.
  const inner: ModelOperation[] = [];
  for (const op of model) {
    const operation = op;
    const resource = op.resource;
    if (!resource?.item) continue;
    const item = model.find((m) => m.path === resource.item && m.resource?.identity.length === 1);
    const identity = item?.parameters.find((p) => p.in === "path" && p.name === item.resource!.identity[0]);
    const insideAnItem = model.some((m) => m.resource?.item !== undefined && resource.collection.startsWith(`${m.resource.item}/`));
    if (insideAnItem || !identity?.itemField || identity.schema.type !== "integer") {
      inner.push(operation);
      continue;
    }
    const collectionSegments = resource.collection.split("/");
    const ownerSegment = collectionSegments.map((s) => /^\{.+\}$/.test(s)).lastIndexOf(true);
    if (ownerSegment < 1) continue;
    routes.set(operation, {
      action: resource.action,
      collection: resource.collection,
      ownerSegment,
      ownerKind: collectionSegments[ownerSegment - 1]!,
      ...(resource.identity.length === 1 ? { idSegment: op.path.split("/").length - 1 } : {}),
      identityField: identity.itemField,
      fields: Object.keys(requestProperties(op, bundle)),
      model: op,
    });
  }
  for (const op of inner) {
    const operation = op;
    const resource = op.resource!;
    const name = resource.collection.split("/").at(-1)!;
    const kind = SPACE_COLLECTIONS[name];
    // The parent: a kept item path, of which this collection is one segment further.
    const parent = [...routes.values()].find((r) => r.idSegment !== undefined && resource.collection === `${r.model.path}/${name}` && !r.inner);
    if (!kind || !parent) continue;
    const segments = op.path.split("/");
    // The array property of the collection's list answer (its items' key).
    const list = model.find((m) => m.path === resource.collection && m.resource?.action === "list");
    const pointer = list?.success.schemaPointer;
    const itemsKey = pointer ? Object.entries(propertiesOf(bundle, schemaRef(pointer))).find(([, p]) => p.type === "array")?.[0] : undefined;
    if (!itemsKey) continue;
    routes.set(operation, {
      ...parent,
      action: resource.action,
      collection: resource.collection,
      fields: Object.keys(requestProperties(op, bundle)),
      model: op,
      inner: { kind, idSegments: resource.identity.map((name) => segments.indexOf(`{${name}}`)), itemsKey },
    });
  }
  return routes;
}

/** The properties of an operation's JSON request body schema, by name (`allOf` parts included). */
export function requestProperties(op: ModelOperation | undefined, bundle: unknown): Record<string, Record<string, unknown>> {
  if (!op?.requestBody) return {};
  return propertiesOf(bundle, schemaRef(op.requestBody.schemaPointer));
}
