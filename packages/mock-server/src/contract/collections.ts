// The description's collections as the live contract run walks them, read from the bundle model alone:
// which operation lists, creates, gets, sets and deletes each collection (`resource.action`), whose they are
// (`resource.owner`), which collections sit inside an item of another, and how an item's fields fill the
// path parameters that name it (`x-item-field`).
import type { ModelOperation, ModelParameter, ResourceAction } from "@copilot-spaces/tools/bundle-model";

export interface Collection {
  /** The collection's path template. */
  path: string;
  /** Its item path template, when the description has item operations. */
  item: string | undefined;
  /** The path parameters of its owner: the top owner's, then those naming the parent item. */
  owner: string[];
  /** The path segment before the top owner's parameter (`orgs`, `users`): which flag's owner it is. */
  ownerKind: string;
  ops: Partial<Record<ResourceAction, ModelOperation>>;
  /** The path parameters that name one item, after the owner's. */
  identity: ModelParameter[];
}

export function collectionsOf(model: ModelOperation[]): Collection[] {
  const byPath = new Map<string, Collection>();
  for (const op of model) {
    const r = op.resource;
    if (!r) continue;
    let c = byPath.get(r.collection);
    if (!c) {
      const segments = r.collection.split("/");
      const at = segments.indexOf(`{${r.owner[0]}}`);
      byPath.set(r.collection, (c = { path: r.collection, item: r.item, owner: r.owner, ownerKind: segments[at - 1] ?? "", ops: {}, identity: [] }));
    }
    c.ops[r.action] = op;
    for (const name of r.identity)
      if (!c.identity.some((p) => p.name === name)) c.identity.push(op.parameters.find((p) => p.in === "path" && p.name === name)!);
  }
  return [...byPath.values()];
}

/** The collections directly owned by an owner (`/orgs/{org}/copilot-spaces`). */
export const topLevel = (all: Collection[]) => all.filter((c) => c.owner.length === 1);

/** The collections inside one item of `parent` (a Space's collaborators and resources). */
export const nestedIn = (all: Collection[], parent: Collection) =>
  parent.item === undefined ? [] : all.filter((c) => c.path.startsWith(`${parent.item}/`) && c.owner.length === parent.owner.length + parent.identity.length);

/**
 * The path parameters naming `item`: each from the item's field the description names (`x-item-field`), else
 * its field of the parameter's own name, else `fallback`'s (the body that created it: a collaborator is named
 * by the `actor_identifier` it was added with). Undefined when a value is missing.
 */
export function identityOf(collection: Collection, item: unknown, fallback?: unknown): Map<string, string> | undefined {
  const values = new Map<string, string>();
  for (const p of collection.identity) {
    const value = field(item, p.itemField ?? p.name) ?? field(item, p.name) ?? field(fallback, p.name);
    if (value === undefined) return undefined;
    values.set(p.name, value);
  }
  return values;
}

/** The items of a list answer: the array itself, or the one array property of the page object. */
export function itemsOf(collection: Collection, body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  const key = collection.ops.list?.paging?.itemsKey;
  if (key !== undefined) return Array.isArray((body as Record<string, unknown> | undefined)?.[key]) ? ((body as Record<string, unknown[]>)[key] ?? []) : [];
  const arrays = typeof body === "object" && body !== null ? Object.values(body).filter(Array.isArray) : [];
  return arrays.length === 1 ? arrays[0]! : [];
}

function field(item: unknown, name: string): string | undefined {
  const value = typeof item === "object" && item !== null ? (item as Record<string, unknown>)[name] : undefined;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}
