// mock.seed(): an owner's collection replaced by the items given (fixtures, typically), with their
// resources and collaborators. The items are put at the owner (its account and URLs), then loaded as a
// snapshot is: the snapshot's check (the description's schemas of an item and of a collaborator) is the
// one that refuses, and its words are given back in the caller's terms (`spaces[0].name: must be string`).
import { maxOf, nestedIds, type Snapshot } from "./snapshot.js";
import {
  actorTypeOf,
  ID_FIELD,
  NESTED_FIELD,
  OWNER_FIELD,
  NUMBERED_URLS,
  ownerKey,
  reown,
  SPACE_COLLECTIONS,
  takesActor,
  withNumberInUrls,
} from "./space-rules.js";
import type { CollectionSeed, Json, StoreLimits } from "./types.js";

/** An owner's items to seed, as the caller named them: `itemsKey` (spaces) and nested collections by name. */
export interface SeedInput {
  kind: string;
  name: string;
  itemsKey: string;
  items: unknown;
  /** By collection name (resources, collaborators): item identity → that collection's entries. */
  nested: Record<string, unknown>;
}

export class SeedError extends Error {
  override name = "SeedError";
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/** The snapshot with the owner seeded, and how to name a place of it in the caller's terms. */
export function seededSnapshot(
  current: Snapshot,
  seed: CollectionSeed,
  input: SeedInput,
  limits: StoreLimits,
): { snapshot: Snapshot; relabel: (message: string) => string } {
  const fail = (path: string, rule: string): never => {
    throw new SeedError(`${path}: ${rule}`);
  };
  const { itemsKey, name } = input;
  if (!Array.isArray(input.items)) fail(itemsKey, "must be an array");
  const id = seed.identityField;
  // The owner's account and URLs, as any of its items has them (the description's example, re-owned).
  const template = reown(structuredClone(seed.items[0]!), seed.exampleOwner, name);
  const ownResources: number[] = [];
  const items = (input.items as unknown[]).map((item, i) => {
    if (!isObject(item)) fail(`${itemsKey}[${i}]`, "must be an object");
    const given = item as Json;
    ownResources.push(Array.isArray(given[NESTED_FIELD]) ? (given[NESTED_FIELD] as unknown[]).length : 0);
    const placed: Json = { ...structuredClone(given), [OWNER_FIELD]: template[OWNER_FIELD] };
    for (const url of NUMBERED_URLS) if (url in template) placed[url] = template[url];
    return Number.isSafeInteger(given[id]) ? withNumberInUrls(placed, given[id] as number) : placed;
  });
  const byNumber = new Map(items.map((item, i) => [item[id], i]));
  const ids = new Set<unknown>();
  items.forEach((item, i) => {
    if (ids.has(item[ID_FIELD])) fail(`${itemsKey}[${i}].${ID_FIELD}`, `${String(item[ID_FIELD])} is used twice`);
    ids.add(item[ID_FIELD]);
  });
  const collaborators: Record<string, Json[]> = {};
  for (const [collection, value] of Object.entries(input.nested)) {
    if (value === undefined) continue;
    if (!isObject(value)) fail(collection, `must be an object of ${itemsKey}' ${id}s to arrays`);
    for (const [number, list] of Object.entries(value as Json)) {
      const at = `${collection}.${number}`;
      const index = byNumber.get(Number(number));
      if (index === undefined) fail(at, `must be the ${id} of one of the ${itemsKey} seeded with it`);
      if (!Array.isArray(list)) fail(at, "must be an array");
      const entries = structuredClone(list as Json[]);
      if (SPACE_COLLECTIONS[collection] === "resources") {
        const item = items[index!]!;
        item[NESTED_FIELD] = [...((item[NESTED_FIELD] as Json[] | undefined) ?? []), ...entries];
      } else {
        entries.forEach((entry, i) => {
          if (isObject(entry) && !takesActor(input.kind, actorTypeOf(entry))) {
            fail(`${at}[${i}].actor_type`, `a ${actorTypeOf(entry)} cannot collaborate on a Space of ${input.kind}/${name} (only organizations have teams)`);
          }
        });
        collaborators[number] = entries;
      }
    }
  }
  items.forEach((item, i) => {
    const seen = new Set<unknown>();
    for (const [j, resource] of ((item[NESTED_FIELD] as unknown[] | undefined) ?? []).entries()) {
      const rid = isObject(resource) ? resource[ID_FIELD] : undefined;
      if (rid !== undefined && seen.has(rid)) fail(`${itemsKey}[${i}].${NESTED_FIELD}.${j}.${ID_FIELD}`, `${String(rid)} is used twice`);
      seen.add(rid);
    }
  });
  const key = ownerKey(input.kind, name);
  checkCaps({ current, key, id, input, items, ownResources, collaborators, limits });
  const snapshot = structuredClone(current);
  snapshot.owners[key] = {
    kind: input.kind,
    name,
    nextNumber: maxOf(items.map((item) => Number(item[id]))) + 1,
    items,
    ...(Object.keys(collaborators).length > 0 ? { collaborators } : {}),
  };
  // Counters past every id seeded, so that a Space or resource created next gets a new one.
  const all = Object.values(snapshot.owners).flatMap((o) => o.items);
  snapshot.counters.nextId = Math.max(snapshot.counters.nextId, maxOf(all.map((item) => Number(item[ID_FIELD]))) + 1);
  snapshot.counters.nextResourceId = Math.max(snapshot.counters.nextResourceId, maxOf(all.flatMap((item) => nestedIds(item))) + 1);
  const resourcesKey = Object.keys(input.nested).find((c) => SPACE_COLLECTIONS[c] === "resources");
  const relabel = (message: string): string => {
    const prefix = `owners.${key}`;
    if (!message.startsWith(prefix)) return message;
    const rest = message.slice(prefix.length);
    const item = new RegExp(`^\\.items\\.(\\d+)(?:\\.${NESTED_FIELD}\\.(\\d+))?`).exec(rest);
    if (item) {
      const i = Number(item[1]);
      const j = item[2] === undefined ? undefined : Number(item[2]);
      const own = ownResources[i] ?? 0;
      const tail = rest.slice(item[0].length);
      if (j !== undefined && j >= own && resourcesKey) return `${resourcesKey}.${String(items[i]![id])}[${j - own}]${tail}`;
      return `${itemsKey}[${i}]${j === undefined ? "" : `.${NESTED_FIELD}.${j}`}${tail}`;
    }
    const nested = /^\.collaborators\.(\d+)\.(\d+)/.exec(rest);
    if (nested)
      return `${Object.keys(input.nested).find((c) => SPACE_COLLECTIONS[c] === "collaborators") ?? "collaborators"}.${nested[1]}[${nested[2]}]${rest.slice(nested[0].length)}`;
    return `${input.kind}/${name}${rest}`;
  };
  return { snapshot, relabel };
}

/**
 * The store's caps hold for a seed as for requests (store.ts, nested.ts): a seed past one is refused in the
 * words the API's 403 uses, rather than accepted and then refusing the next create.
 */
function checkCaps(seeded: {
  current: Snapshot;
  key: string;
  /** The items' identity field (their number). */
  id: string;
  input: SeedInput;
  items: Json[];
  ownResources: number[];
  collaborators: Record<string, Json[]>;
  limits: StoreLimits;
}): void {
  const { current, key, id, input, items, ownResources, collaborators, limits } = seeded;
  const over = (field: string, what: string, cap: number, option: string): never => {
    throw new SeedError(`${field}: Mock limit reached: ${what}, the most the mock keeps is ${cap} (${option})`);
  };
  const { maxItemsPerOwner: most, maxOwners } = limits;
  if (!(key in current.owners) && Object.keys(current.owners).length >= maxOwners)
    over("owner", `${input.kind}/${input.name} would be owner ${Object.keys(current.owners).length + 1}`, maxOwners, "maxOwners");
  if (items.length > most) over(input.itemsKey, `${items.length} ${input.itemsKey} for ${input.kind}/${input.name}`, most, "maxItemsPerOwner, per owner");
  const resourcesKey = Object.keys(input.nested).find((c) => SPACE_COLLECTIONS[c] === "resources") ?? "resources";
  items.forEach((item, i) => {
    const count = ((item[NESTED_FIELD] as unknown[] | undefined) ?? []).length;
    if (count <= most) return;
    const own = `${input.itemsKey}[${i}].${NESTED_FIELD}`;
    const given = `${resourcesKey}.${String(item[id])}`;
    const field = ownResources[i] === count ? own : ownResources[i] === 0 ? given : `${own} and ${given}`;
    over(field, `${count} resources in one Space`, most, "maxItemsPerOwner, per Space");
  });
  const collaboratorsKey = Object.keys(input.nested).find((c) => SPACE_COLLECTIONS[c] === "collaborators") ?? "collaborators";
  for (const [number, list] of Object.entries(collaborators))
    if (list.length > most) over(`${collaboratorsKey}.${number}`, `${list.length} collaborators on one Space`, most, "maxItemsPerOwner, per Space");
}
