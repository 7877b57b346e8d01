// Which operations the store answers, read from the description's paths: a collection path (GET lists,
// POST creates) and its item path, the collection path plus one integer parameter, the identity
// (GET reads, PUT sets, DELETE deletes). The segments before the collection's own name say whose
// collection it is: `/orgs/{org}/copilot-spaces` → owner `orgs/<org>`.
import type { Operation } from "../engine/prism-engine.js";

export type StoreAction = "list" | "create" | "get" | "set" | "delete";

export interface StoreRoute {
  action: StoreAction;
  /** The collection's path template, e.g. /orgs/{org}/copilot-spaces: one collection per owner kind. */
  collection: string;
  /** Index of the owner's name among the path's segments, and the segment before it (orgs, users). */
  ownerSegment: number;
  ownerKind: string;
  /** Index of the identity among the path's segments (item routes only). */
  idSegment?: number;
  /** The fields its request body may set: the request schema's properties (nothing else is stored). */
  fields: string[];
}

const ACTIONS: Record<string, Record<string, StoreAction>> = {
  collection: { get: "list", post: "create" },
  item: { get: "get", put: "set", delete: "delete" },
};

export function storeRoutes(operations: Operation[]): Map<Operation, StoreRoute> {
  const paths = new Set(operations.map((o) => o.path));
  const routes = new Map<Operation, StoreRoute>();
  for (const operation of operations) {
    const segments = operation.path.split("/");
    const last = segments.at(-1)!;
    const identity = /^\{(.+)\}$/.exec(last)?.[1];
    const isIntegerId = identity !== undefined && operation.request?.path?.some((p) => p.name === identity && (p.schema as { type?: unknown } | undefined)?.type === "integer");
    const collection = isIntegerId ? segments.slice(0, -1).join("/") : operation.path;
    const hasItem = [...paths].some((p) => p.startsWith(`${collection}/{`) && p.split("/").length === collection.split("/").length + 1);
    if (!isIntegerId && !hasItem) continue;
    const action = ACTIONS[isIntegerId ? "item" : "collection"]![operation.method.toLowerCase()];
    const collectionSegments = collection.split("/");
    const ownerSegment = collectionSegments.map((s) => /^\{.+\}$/.test(s)).lastIndexOf(true);
    if (!action || ownerSegment < 1) continue;
    routes.set(operation, {
      action,
      collection,
      ownerSegment,
      ownerKind: collectionSegments[ownerSegment - 1]!,
      ...(isIntegerId ? { idSegment: segments.length - 1 } : {}),
      fields: Object.keys(requestProperties(operation)),
    });
  }
  return routes;
}

/** The properties of an operation's JSON request body schema, by name. */
export function requestProperties(operation: Operation | undefined): Record<string, Record<string, unknown>> {
  const schema = operation?.request?.body?.contents?.[0]?.schema as { properties?: Record<string, Record<string, unknown>> } | undefined;
  return schema?.properties ?? {};
}
