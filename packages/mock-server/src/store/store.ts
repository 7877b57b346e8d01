// The stateful mock's memory: one collection per owner (`orgs/acme`, `users/octocat`), keyed by the
// identity parameter. It answers only requests Prism has already validated; the core checks its
// answers against the description's response schemas. Synchronous, so that concurrent requests in
// this process cannot interleave inside a write.
import { page, type PageResult, type Paging } from "../core/pagination.js";
import { itemCheck, type ItemCheck } from "./item-check.js";
import type { StoreRoute } from "./routes.js";
import {
  applyResourceChanges,
  CREATED_AT,
  CREATOR_FIELD,
  NESTED_FIELD,
  NUMBERED_URLS,
  OWNER_FIELD,
  ownerKey,
  reown,
  accountName,
  accountOf,
  fullResource,
  isCollaborator,
  KINDS_WITH_TEAMS,
  newCollaborator,
  NO_ACCESS,
  sameGithubFile,
  timestamp,
  UPDATED_AT,
  withNumberInUrls,
  type ResourceChange,
} from "./space-rules.js";

type Json = Record<string, unknown>;

/** What the store knows of one kind of owner's collection, read from the description by the core. */
export interface CollectionSeed {
  /** The segment before the owner's name in the path: orgs, users. */
  kind: string;
  /** How its list pages (the array property of a page, the page size and cursors). */
  paging: Paging;
  /** The item field that holds the item path's identity parameter (x-item-field in the description). */
  identityField: string;
  /** The fields a list's items carry (the description's list examples). */
  listFields: string[];
  /** Full items an untouched owner starts with, in ascending number, owned by `exampleOwner`. */
  items: Json[];
  exampleOwner: string;
  /** Who creates items unless the `user` option says otherwise: the single-item example's creator. */
  creator: Json;
  /** The create request's defaults (base_role). */
  defaults: Json;
  /** The fields every nested resource must hold (from the description's resource schema). */
  nestedRequired: string[];
  /** The description's schema of a read item: what a snapshot's items must be. */
  itemSchema: object;
  /** The description's example collaborator of each actor_type, which new collaborators are made from. */
  collaboratorTemplates: Record<string, Json>;
  /** The description's schema of a collaborator: what a snapshot's collaborators must be. */
  collaboratorSchema: object;
}

export interface StoreLimits {
  maxItemsPerOwner: number;
  maxOwners: number;
}

export interface StoreOptions extends StoreLimits {
  now: () => Date;
  /** The login of the authenticated user, who creates Spaces; default: the description's example creator. */
  user?: string;
}

interface Owner {
  kind: string;
  /** As first written; looked up case-insensitively. */
  name: string;
  nextNumber: number;
  items: Map<number, Json>;
  /** The collaborators of each item (by its identity), kept beside it: they are no field of it. */
  collaborators: Map<number, Json[]>;
}

export interface StoreAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A refusal in GitHub's words: 404, 422 naming a field (with GitHub's code, `invalid` unless said), 403 past a cap. */
  error?: { message: string; field?: string; value?: string | number; code?: string };
  /** Makes a write's change; called once its answer has been checked. */
  commit?: () => void;
}

export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  version: number;
  owners: Record<string, { kind: string; name: string; nextNumber: number; items: Json[]; collaborators?: Record<string, Json[]> }>;
  counters: { nextId: number; nextResourceId: number };
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
    this.nextId = maxOf(all.map((i) => Number(i.id))) + 1;
    this.nextResourceId = maxOf(all.flatMap((i) => nestedIds(i))) + 1;
  }

  /**
   * The answer to a valid request. A write changes nothing yet: its `commit` does, which the core calls
   * once the answer has passed the description's response schemas. Numbers and ids are taken at once
   * (so that concurrent writes never share one; one not committed is simply never used).
   */
  handle(route: StoreRoute, segments: string[], body: Json | undefined, url: URL): StoreAnswer {
    const seed = this.seeds.get(route.ownerKind)!;
    const name = decodeURIComponent(segments[route.ownerSegment]!);
    const key = ownerKey(route.ownerKind, name);
    const stored = this.owners.get(key);
    const owner = stored ?? this.seedOwner(seed, name);
    const number = route.idSegment === undefined ? undefined : Number(segments[route.idSegment]);
    const existing = number === undefined ? undefined : owner.items.get(number);
    if (route.inner) {
      if (!existing) return NOT_FOUND;
      const writable = () => this.store(key, owner, stored);
      return route.inner.kind === "resources"
        ? this.resources(route, segments, body, existing, number!, writable)
        : this.collaborators(route, segments, body, seed, owner, number!, writable);
    }
    // Only what the request schema names is taken from a body: never an id, a number or a timestamp.
    const given = Object.fromEntries(Object.entries(body ?? {}).filter(([field]) => route.fields.includes(field) && field !== NESTED_FIELD));
    const changes = (body?.[NESTED_FIELD] as ResourceChange[] | undefined) ?? [];
    switch (route.action) {
      case "list": {
        const id = seed.identityField;
        const items = [...owner.items.values()].sort((a, b) => Number(a[id]) - Number(b[id])).map((item) => pick(item, seed.listFields));
        return fromPage(page({ ...seed.paging, items }, url));
      }
      case "get":
        return existing ? { status: 200, body: existing } : NOT_FOUND;
      case "delete": {
        if (!existing) return NOT_FOUND;
        return writing(this.store(key, owner, stored), { status: 204 }, (target) => {
          target.items.delete(number!);
          target.collaborators.delete(number!);
        });
      }
      case "set": {
        if (!existing) return NOT_FOUND;
        const resources = applyResourceChanges((existing[NESTED_FIELD] as Json[] | undefined) ?? [], changes, seed.nestedRequired, () => this.nextResourceId++);
        if (!resources.ok) return invalid(resources);
        const updated = { ...existing, ...given, [NESTED_FIELD]: resources.resources, [UPDATED_AT]: timestamp(this.options.now()) };
        return writing(this.store(key, owner, stored), { status: 200, body: updated }, (target) => void target.items.set(number!, updated));
      }
      case "create": {
        if (owner.items.size >= this.options.maxItemsPerOwner)
          return limit(`${owner.kind}/${owner.name} holds ${this.options.maxItemsPerOwner} items, the most the mock keeps per owner`);
        const resources = applyResourceChanges([], changes, seed.nestedRequired, () => this.nextResourceId++);
        if (!resources.ok) return invalid(resources);
        const writable = this.store(key, owner, stored);
        if ("status" in writable) return writable;
        const created = this.newItem(seed, writable, given, resources.resources);
        return { status: 201, body: created, commit: () => void writable.items.set(Number(created[seed.identityField]), created) };
      }
    }
  }

  /** A Space's resources, one set with its `resources_attributes` (space-rules.ts). */
  private resources(
    route: StoreRoute,
    segments: string[],
    body: Json | undefined,
    space: Json,
    number: number,
    writable: () => Owner | StoreAnswer,
  ): StoreAnswer {
    const attached = ((space[NESTED_FIELD] as Json[] | undefined) ?? []).map((r) => ({ ...r }));
    const idSegment = route.inner!.idSegments[0];
    const id = idSegment === undefined ? undefined : Number(segments[idSegment]);
    const at = id === undefined ? -1 : attached.findIndex((r) => r.id === id);
    const now = timestamp(this.options.now());
    const save = (resources: Json[], answer: StoreAnswer): StoreAnswer =>
      writing(writable(), answer, (target) => void target.items.set(number, { ...space, [NESTED_FIELD]: resources }));
    switch (route.action) {
      case "list":
        return { status: 200, body: { [route.inner!.itemsKey]: attached.map((r) => fullResource(r, space)) } };
      case "create": {
        const given = { resource_type: body?.resource_type, metadata: body?.metadata ?? {} };
        const same = attached.find((r) => sameGithubFile(r, given));
        if (same) return { status: 200, body: fullResource(same, space) };
        if (attached.length >= this.options.maxItemsPerOwner)
          return limit(`this Space holds ${this.options.maxItemsPerOwner} resources, the most the mock keeps per Space`);
        const created = { id: this.nextResourceId++, ...given, copilot_chat_attachment_id: null, created_at: now, updated_at: now };
        return save([...attached, created], { status: 201, body: fullResource(created, space) });
      }
      case "get":
        return at < 0 ? NOT_FOUND : { status: 200, body: fullResource(attached[at]!, space) };
      case "set": {
        if (at < 0) return NOT_FOUND;
        const updated = { ...fullResource(attached[at]!, space), ...(body && "metadata" in body ? { metadata: body.metadata } : {}), updated_at: now };
        attached[at] = updated;
        return save(attached, { status: 200, body: updated });
      }
      case "delete":
        return at < 0
          ? NOT_FOUND
          : save(
              attached.filter((_, i) => i !== at),
              { status: 204 },
            );
    }
  }

  /** A Space's collaborators, kept beside it; made up from the description's examples (space-rules.ts). */
  private collaborators(
    route: StoreRoute,
    segments: string[],
    body: Json | undefined,
    seed: CollectionSeed,
    owner: Owner,
    number: number,
    writable: () => Owner | StoreAnswer,
  ): StoreAnswer {
    const current = owner.collaborators.get(number) ?? [];
    const [typeSegment, nameSegment] = route.inner!.idSegments;
    const actorType = typeSegment === undefined ? String(body?.actor_type) : decodeURIComponent(segments[typeSegment]!);
    const identifier = nameSegment === undefined ? String(body?.actor_identifier) : decodeURIComponent(segments[nameSegment]!);
    const at = current.findIndex((c) => isCollaborator(c, actorType, identifier));
    const save = (collaborators: Json[], answer: StoreAnswer): StoreAnswer =>
      writing(writable(), answer, (target) => void target.collaborators.set(number, collaborators));
    const remove = (): StoreAnswer =>
      save(
        current.filter((_, i) => i !== at),
        { status: 204 },
      );
    switch (route.action) {
      case "list":
        return { status: 200, body: { [route.inner!.itemsKey]: current } };
      case "create": {
        if (actorType === "Team" && !KINDS_WITH_TEAMS.has(owner.kind)) {
          return { status: 422, error: { message: "Validation Failed", field: "actor_type", value: actorType } };
        }
        const account = accountOf(actorType, identifier);
        if (!account) return { status: 422, error: { message: "Validation Failed", field: "actor_identifier", value: identifier } };
        if (at >= 0) return { status: 422, error: { message: "Validation Failed", field: "actor_identifier", value: identifier, code: "already_exists" } };
        const template = seed.collaboratorTemplates[actorType];
        if (!template) return { status: 422, error: { message: "Validation Failed", field: "actor_type", value: actorType } };
        if (current.length >= this.options.maxItemsPerOwner)
          return limit(`this Space has ${this.options.maxItemsPerOwner} collaborators, the most the mock keeps per Space`);
        const added = newCollaborator(template, actorType, account, String(body?.role), { exampleName: seed.exampleOwner, name: owner.name });
        return save([...current, added], { status: 201, body: added });
      }
      case "set": {
        if (at < 0) return NOT_FOUND;
        if (body?.role === NO_ACCESS) return remove();
        const updated = { ...current[at]!, role: body?.role };
        return save(
          current.map((c, i) => (i === at ? updated : c)),
          { status: 200, body: updated },
        );
      }
      case "delete":
        return at < 0 ? NOT_FOUND : remove();
      case "get":
        return at < 0 ? NOT_FOUND : { status: 200, body: current[at] };
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

  /** The owner, stored from now on (its first write), or a 403 past the cap on owners. */
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
    const creator = this.options.user ? reown(seed.creator, String(seed.creator.login), this.options.user) : seed.creator;
    const blank = Object.fromEntries(Object.keys(template).map((k) => [k, Array.isArray(template[k]) ? [] : null]));
    const kept = Object.fromEntries([OWNER_FIELD, ...NUMBERED_URLS].map((field) => [field, template[field]]));
    return withNumberInUrls(
      {
        ...blank,
        ...seed.defaults,
        ...fields,
        ...kept,
        id: this.nextId++,
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

const NOT_FOUND: StoreAnswer = { status: 404, error: { message: "Not Found" } };

const invalid = (refusal: { field: string; value?: number }): StoreAnswer => ({
  status: 422,
  error: { message: "Validation Failed", field: refusal.field, ...(refusal.value === undefined ? {} : { value: refusal.value }) },
});
const limit = (why: string): StoreAnswer => ({ status: 403, error: { message: `Mock limit reached: ${why}` } });

/** `answer`, whose commit makes `write` to the owner's stored copy; or why the owner cannot be stored (its cap). */
function writing(target: Owner | StoreAnswer, answer: StoreAnswer, write: (owner: Owner) => void): StoreAnswer {
  return "status" in target ? target : { ...answer, commit: () => write(target) };
}

function pick(item: Json, fields: string[]): Json {
  return Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, item[f]]));
}

function fromPage(result: PageResult): StoreAnswer {
  if (!result.ok) return { status: 422, error: { message: "Validation Failed", field: result.field, value: result.value } };
  return { status: 200, body: result.body, ...(result.link ? { headers: { link: result.link } } : {}) };
}

/** A snapshot as GET /__mock/state gives it; the first problem is named by its path and rule. */
function checkSnapshot(
  value: unknown,
  checks: Map<string, ItemCheck>,
  seeds: Map<string, CollectionSeed>,
  collaboratorChecks: Map<string, ItemCheck>,
): Snapshot {
  const kinds = new Set(checks.keys());
  const fail = (path: string, rule: string): never => {
    throw new SnapshotError(`${path}: ${rule}`);
  };
  const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
  const wholeNumber = (v: unknown, path: string, min: number) =>
    Number.isInteger(v) && (v as number) >= min ? (v as number) : fail(path, `must be a whole number, ${min} or more`);
  if (!isObject(value)) return fail("(root)", "must be an object { version, owners, counters }");
  if (value.version !== SNAPSHOT_VERSION) fail("version", `must be ${SNAPSHOT_VERSION}`);
  if (!isObject(value.owners)) fail("owners", "must be an object keyed by owner (orgs/NAME, users/NAME)");
  if (!isObject(value.counters)) fail("counters", "must be an object { nextId, nextResourceId }");
  const counters = value.counters as Json;
  wholeNumber(counters.nextId, "counters.nextId", 1);
  wholeNumber(counters.nextResourceId, "counters.nextResourceId", 1);
  for (const [key, owner] of Object.entries(value.owners as Json)) {
    const at = `owners.${key}`;
    if (!isObject(owner)) fail(at, "must be an object { kind, name, nextNumber, items }");
    const o = owner as Json;
    if (typeof o.kind !== "string" || !kinds.has(o.kind)) fail(`${at}.kind`, `must be one of ${[...kinds].join(", ")}`);
    if (typeof o.name !== "string" || o.name === "") fail(`${at}.name`, "must be a non-empty string");
    if (ownerKey(o.kind as string, o.name as string) !== key) fail(at, `the key must be ${ownerKey(o.kind as string, o.name as string)}`);
    if (!Array.isArray(o.items)) fail(`${at}.items`, "must be an array");
    const seen = new Set<number>();
    const identity = seeds.get(o.kind as string)!.identityField;
    for (const [i, item] of (o.items as unknown[]).entries()) {
      if (!isObject(item)) fail(`${at}.items.${i}`, "must be an object");
      const number = wholeNumber((item as Json)[identity], `${at}.items.${i}.${identity}`, 1);
      if (seen.has(number)) fail(`${at}.items.${i}.${identity}`, `${number} is used twice`);
      seen.add(number);
      wholeNumber((item as Json).id, `${at}.items.${i}.id`, 1);
      const problem = checks.get(o.kind as string)!(item);
      if (problem) fail(`${at}.items.${i}${problem.where ? `.${problem.where}` : ""}`, `${problem.message} (the description's schema of an item)`);
    }
    if (o.collaborators !== undefined) {
      if (!isObject(o.collaborators)) fail(`${at}.collaborators`, "must be an object of item identities to arrays of collaborators");
      for (const [n, list] of Object.entries(o.collaborators as Json)) {
        if (!seen.has(Number(n))) fail(`${at}.collaborators.${n}`, "must belong to one of the owner's items");
        if (!Array.isArray(list)) fail(`${at}.collaborators.${n}`, "must be an array of collaborators");
        const names = new Set<string>();
        for (const [i, collaborator] of (list as unknown[]).entries()) {
          const where = `${at}.collaborators.${n}.${i}`;
          if (!isObject(collaborator)) fail(where, "must be an object");
          const problem = collaboratorChecks.get(o.kind as string)!(collaborator);
          if (problem) fail(`${where}${problem.where ? `.${problem.where}` : ""}`, `${problem.message} (the description's schema of a collaborator)`);
          const name = `${String((collaborator as Json).actor_type)}/${accountName(collaborator as Json).toLowerCase()}`;
          if (names.has(name)) fail(where, `${name} is a collaborator twice`);
          names.add(name);
        }
      }
    }
    const next = wholeNumber(o.nextNumber, `${at}.nextNumber`, 1);
    if (next <= maxOf([...seen])) fail(`${at}.nextNumber`, `must be above every item's ${identity} (${maxOf([...seen])})`);
  }
  // Counters below an id in use would hand it out again.
  const items = Object.values(value.owners as Record<string, { items: Json[] }>).flatMap((o) => o.items);
  if ((counters.nextId as number) <= maxOf(items.map((i) => Number(i.id))))
    fail("counters.nextId", `must be above every item's id (${maxOf(items.map((i) => Number(i.id)))})`);
  const resourceIds = items.flatMap((i) => nestedIds(i));
  if ((counters.nextResourceId as number) <= maxOf(resourceIds))
    fail("counters.nextResourceId", `must be above every nested item's id (${maxOf(resourceIds)})`);
  return value as unknown as Snapshot;
}

/** The largest of the numbers, 0 for none (without spreading: a snapshot may hold a great many). */
function maxOf(values: number[]): number {
  return values.reduce((max, v) => (v > max ? v : max), 0);
}

function nestedIds(item: Json): number[] {
  return ((item[NESTED_FIELD] as Json[] | undefined) ?? []).map((r) => Number(r.id));
}

export class SnapshotError extends Error {
  override name = "SnapshotError";
}
