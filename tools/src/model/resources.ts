// Where an operation stands among the description's collections, from its path and method alone.
import type { ModelOperation, ModelResource, ResourceAction } from "./model-types.ts";

const ACTIONS: Record<"collection" | "item", Record<string, ResourceAction>> = {
  collection: { get: "list", post: "create" },
  item: { get: "get", put: "set", patch: "set", delete: "delete" },
};

/**
 * An item path is a collection path followed by path parameters only (`/orgs/{org}/copilot-spaces` →
 * `/orgs/{org}/copilot-spaces/{space_number}`); a collection path ends with a name and has a list or
 * a create. The collection's own parameters name its owner.
 */
export function resourceOf(op: ModelOperation, all: ModelOperation[]): ModelResource | undefined {
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
