// The stateful mock's memory: one collection per owner (`orgs/acme`, `users/octocat`), keyed by the
// identity parameter. It answers only requests the core has already validated; the core checks its
// answers against the description's response schemas. Synchronous, so that concurrent requests in
// this process cannot interleave inside a write. It reads no description (the core gives it what it
// needs as CollectionSeeds) and knows neither the core nor Prism.
import { itemCheck, type ItemCheck } from "./item-check.js";
import { collaborators, resources, type NestedContext } from "./nested.js";
import { seededSnapshot, SeedError, type SeedInput } from "./seed.js";
import { checkSnapshot, maxOf, nestedIds, SnapshotError, SNAPSHOT_VERSION, type Snapshot } from "./snapshot.js";
import {
  applyResourceChanges,
  CREATED_AT,
  CREATOR_FIELD,
  ID_FIELD,
  NESTED_FIELD,
  NUMBERED_URLS,
  OWNER_FIELD,
  ownerKey,
  renamedAccount,
  reown,
  timestamp,
  UPDATED_AT,
  withNumberInUrls,
  type ResourceChange,
} from "./space-rules.js";
import { invalid, limit, NOT_FOUND, type CollectionSeed, type Json, type StoreAnswer, type StoreOptions, type StoreRoute } from "./types.js";

export { SeedError, type SeedInput } from "./seed.js";
export { SnapshotError, type Snapshot } from "./snapshot.js";
export type { CollectionSeed, StoreAnswer, StoreRefusal, StoreRoute } from "./types.js";

interface Owner {
  kind: string;
  /** As first written; looked up case-insensitively. */
  name: string;
  nextNumber: number;
  items: Map<number, Json>;
  /** The collaborators of each item (by its identity), kept beside it: they are no field of it. */
  collaborators: Map<number, Json[]>;
}

export class SpaceStore {
  private owners = new Map<string, Owner>();
  private nextId = 0;
  private nextResourceId = 0;
  private readonly seeds: Map<string, CollectionSeed>;
  private readonly checks: Map<string, ItemCheck>;
  private readonly collaboratorChecks: Map<string, ItemCheck>;

  constructor(
    seeds: CollectionSeed[],
    private readonly options: StoreOptions,
  ) {
    this.seeds = new Map(seeds.map((s) => [s.kind, s]));
    this.checks = new Map(seeds.map((s) => [s.kind, itemCheck(s.itemSchema)]));
    this.collaboratorChecks = new Map(seeds.map((s) => [s.kind, itemCheck(s.collaboratorSchema)]));
    this.reset();
  }

  /** Back to the seed: no owner stored, counters past every seeded id. */
  reset(): void {
    this.owners.clear();
    const all = [...this.seeds.values()].flatMap((s) => s.items);
    this.nextId = maxOf(all.map((i) => Number(i[ID_FIELD]))) + 1;
    this.nextResourceId = maxOf(all.flatMap((i) => nestedIds(i))) + 1;
  }

  /**
   * The answer to a valid request. A write changes nothing yet: its `commit` does, which the core calls
   * once the answer has passed the description's response schemas. Numbers and ids are taken at once
   * (so that concurrent writes never share one; one not committed is simply never used).
   */
  handle(route: StoreRoute, segments: string[], body: Json | undefined): StoreAnswer {
    const seed = this.seeds.get(route.ownerKind)!;
    const name = decodeURIComponent(segments[route.ownerSegment]!);
    const key = ownerKey(route.ownerKind, name);
    const stored = this.owners.get(key);
    const owner = stored ?? this.seedOwner(seed, name);
    const number = route.idSegment === undefined ? undefined : Number(segments[route.idSegment]);
    const existing = number === undefined ? undefined : owner.items.get(number);
    const writing = (answer: StoreAnswer, write: (target: Owner) => void): StoreAnswer => {
      const target = this.store(key, owner, stored);
      return !isOwner(target) ? target : answer.kind === "answer" ? { ...answer, commit: () => write(target) } : answer;
    };
    if (route.inner) {
      if (!existing) return NOT_FOUND;
      const context: NestedContext = {
        route,
        segments,
        body,
        item: existing,
        ownerKind: owner.kind,
        ownerName: owner.name,
        seed,
        maxItems: this.options.maxItemsPerOwner,
        now: () => timestamp(this.options.now()),
        nextResourceId: () => this.nextResourceId++,
        writing: (answer, write) => writing(answer, (target) => write(target.collaborators, target.items)),
        collaborators: owner.collaborators.get(number!) ?? [],
        itemNumber: number!,
      };
      return route.inner.kind === "resources" ? resources(context) : collaborators(context);
    }
    // Only what the request schema names is taken from a body: never an id, a number or a timestamp.
    const given = Object.fromEntries(Object.entries(body ?? {}).filter(([field]) => route.fields.includes(field) && field !== NESTED_FIELD));
    const changes = (body?.[NESTED_FIELD] as ResourceChange[] | undefined) ?? [];
    switch (route.action) {
      case "list": {
        const id = seed.identityField;
        const items = [...owner.items.values()].sort((a, b) => Number(a[id]) - Number(b[id])).map((item) => pick(item, seed.listFields));
        return { kind: "list", items };
      }
      case "get":
        return existing ? { kind: "answer", status: 200, body: existing } : NOT_FOUND;
      case "delete": {
        if (!existing) return NOT_FOUND;
        return writing({ kind: "answer", status: 204 }, (target) => {
          target.items.delete(number!);
          target.collaborators.delete(number!);
        });
      }
      case "set": {
        if (!existing) return NOT_FOUND;
        const resources = applyResourceChanges((existing[NESTED_FIELD] as Json[] | undefined) ?? [], changes, seed.nestedRequired, () => this.nextResourceId++);
        if (!resources.ok) return invalid(resources.field, resources.value);
        const updated = { ...existing, ...given, [NESTED_FIELD]: resources.resources, [UPDATED_AT]: timestamp(this.options.now()) };
        return writing({ kind: "answer", status: 200, body: updated }, (target) => void target.items.set(number!, updated));
      }
      case "create": {
        if (owner.items.size >= this.options.maxItemsPerOwner)
          return limit(`${owner.kind}/${owner.name} holds ${this.options.maxItemsPerOwner} items, the most the mock keeps per owner`);
        const resources = applyResourceChanges([], changes, seed.nestedRequired, () => this.nextResourceId++);
        if (!resources.ok) return invalid(resources.field, resources.value);
        const writable = this.store(key, owner, stored);
        if (!isOwner(writable)) return writable;
        const created = this.newItem(seed, writable, given, resources.resources);
        return { kind: "answer", status: 201, body: created, commit: () => void writable.items.set(Number(created[seed.identityField]), created) };
      }
    }
  }

  snapshot(): Snapshot {
    const owners: Snapshot["owners"] = {};
    for (const [key, owner] of this.owners) {
      owners[key] = { kind: owner.kind, name: owner.name, nextNumber: owner.nextNumber, items: [...owner.items.values()] };
      if (owner.collaborators.size > 0) owners[key].collaborators = Object.fromEntries([...owner.collaborators].map(([n, c]) => [String(n), c]));
    }
    return structuredClone({ version: SNAPSHOT_VERSION, owners, counters: { nextId: this.nextId, nextResourceId: this.nextResourceId } });
  }

  /** Loads a snapshot, or throws naming the first thing wrong with it and leaves the state as it was. */
  restore(snapshot: unknown): void {
    const checked = structuredClone(checkSnapshot(snapshot, this.checks, this.seeds, this.collaboratorChecks));
    const keyed = (kind: string, items: Json[]) => new Map(items.map((item) => [Number(item[this.seeds.get(kind)!.identityField]), item]));
    this.owners = new Map(
      Object.entries(checked.owners).map(([key, o]) => [
        key,
        {
          kind: o.kind,
          name: o.name,
          nextNumber: o.nextNumber,
          items: keyed(o.kind, o.items),
          collaborators: new Map(Object.entries(o.collaborators ?? {}).map(([n, c]) => [Number(n), c])),
        },
      ]),
    );
    this.nextId = checked.counters.nextId;
    this.nextResourceId = checked.counters.nextResourceId;
  }

  /** mock.seed(): the owner's collection replaced by the items given, or a SeedError naming the field and the rule (the state then unchanged). */
  seed(input: SeedInput): void {
    const seed = this.seeds.get(input.kind);
    if (!seed) throw new SeedError(`owner: must be one of ${[...this.seeds.keys()].map((k) => `${k}/NAME`).join(", ")}`);
    const { snapshot, relabel } = seededSnapshot(this.snapshot(), seed, input, this.options);
    try {
      this.restore(snapshot);
    } catch (error) {
      throw error instanceof SnapshotError ? new SeedError(relabel(error.message)) : error;
    }
  }

  /** An untouched owner: the seed's items, re-owned to its name. Not stored: reads do not fill the store. */
  private seedOwner(seed: CollectionSeed, name: string): Owner {
    const items = reown(structuredClone(seed.items), seed.exampleOwner, name);
    const id = seed.identityField;
    return {
      kind: seed.kind,
      name,
      nextNumber: Math.max(0, ...items.map((i) => Number(i[id]))) + 1,
      items: new Map(items.map((i) => [Number(i[id]), i])),
      collaborators: new Map(),
    };
  }

  /** The owner, stored from now on (its first write), or a refusal past the cap on owners. */
  private store(key: string, owner: Owner, stored: Owner | undefined): Owner | StoreAnswer {
    if (stored) return stored;
    if (this.owners.size >= this.options.maxOwners) return limit(`the mock keeps at most ${this.options.maxOwners} owners (reset it, or raise maxOwners)`);
    this.owners.set(key, owner);
    return owner;
  }

  private newItem(seed: CollectionSeed, owner: Owner, fields: Json, resources: Json[]): Json {
    // The owner's URLs and account come from its seed, which any of its items would also give.
    const template = reown(structuredClone(seed.items[0]!), seed.exampleOwner, owner.name);
    const number = owner.nextNumber++;
    const at = timestamp(this.options.now());
    const creator = this.options.user ? renamedAccount(seed.creator, this.options.user) : seed.creator;
    const blank = Object.fromEntries(Object.keys(template).map((k) => [k, Array.isArray(template[k]) ? [] : null]));
    const kept = Object.fromEntries([OWNER_FIELD, ...NUMBERED_URLS].map((field) => [field, template[field]]));
    return withNumberInUrls(
      {
        ...blank,
        ...seed.defaults,
        ...fields,
        ...kept,
        [ID_FIELD]: this.nextId++,
        [seed.identityField]: number,
        [CREATOR_FIELD]: creator,
        [CREATED_AT]: at,
        [UPDATED_AT]: at,
        [NESTED_FIELD]: resources,
      },
      number,
    );
  }
}

const isOwner = (value: Owner | StoreAnswer): value is Owner => "nextNumber" in value;

function pick(item: Json, fields: string[]): Json {
  return Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, item[f]]));
}
