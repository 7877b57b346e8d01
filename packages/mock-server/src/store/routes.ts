// Which operations the store answers: the collections of the description (tools' bundle model reads
// them: a collection path lists and creates, its item path reads, sets and deletes) whose item path
// has one integer parameter that the description ties to an item field (x-item-field). The segments
// of the collection path say whose collection it is: `/orgs/{org}/…` → owner `orgs/<org>`.
import { propertiesOf, type ModelOperation, type ResourceAction } from "@copilot-spaces/tools/bundle-model";
import type { Operation } from "../engine/prism-engine.js";

export type StoreAction = ResourceAction;

export interface StoreRoute {
  action: StoreAction;
  /** The collection's path template: one collection per owner kind. */
  collection: string;
  /** Index of the owner's name among the path's segments, and the segment before it (orgs, users). */
  ownerSegment: number;
  ownerKind: string;
  /** Index of the identity among the path's segments (item routes only). */
  idSegment?: number;
  /** The item field that holds the identity parameter. */
  identityField: string;
  /** The fields its request body may set: the request schema's properties (nothing else is stored). */
  fields: string[];
  /** The operation as the bundle model reads it. */
  model: ModelOperation;
}

export function storeRoutes(operations: Operation[], model: ModelOperation[], bundle: unknown): Map<Operation, StoreRoute> {
  const routes = new Map<Operation, StoreRoute>();
  for (const operation of operations) {
    const op = model.find((m) => m.method === operation.method.toLowerCase() && m.path === operation.path);
    const resource = op?.resource;
    if (!op || !resource?.item) continue;
    const item = model.find((m) => m.path === resource.item && m.resource?.identity.length === 1);
    const identity = item?.parameters.find((p) => p.in === "path" && p.name === item.resource!.identity[0]);
    if (!identity?.itemField || identity.schema.type !== "integer") continue;
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
  return routes;
}

/** The properties of an operation's JSON request body schema, by name (`allOf` parts included). */
export function requestProperties(op: ModelOperation | undefined, bundle: unknown): Record<string, Record<string, unknown>> {
  if (!op?.requestBody) return {};
  return propertiesOf(bundle, { $ref: `#${op.requestBody.schemaPointer}` });
}
