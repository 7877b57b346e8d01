// A stateful mock's state as a versioned snapshot (GET and PUT /__mock/state, snapshot(), restore(), a
// state file), and the check of one being loaded: the first problem is named by its path and rule, so
// that a bad snapshot is refused when it is loaded rather than answered with 500s later.
import type { ItemCheck } from "./item-check.js";
import { accountName, actorTypeOf, ID_FIELD, NESTED_FIELD, ownerKey } from "./space-rules.js";
import type { CollectionSeed, Json } from "./types.js";

export const SNAPSHOT_VERSION = 1;

export interface Snapshot {
  version: number;
  owners: Record<string, { kind: string; name: string; nextNumber: number; items: Json[]; collaborators?: Record<string, Json[]> }>;
  counters: { nextId: number; nextResourceId: number };
}

/** A snapshot as GET /__mock/state gives it; the first problem is named by its path and rule. */
export function checkSnapshot(
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
      wholeNumber((item as Json)[ID_FIELD], `${at}.items.${i}.${ID_FIELD}`, 1);
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
          const name = `${actorTypeOf(collaborator as Json)}/${accountName(collaborator as Json).toLowerCase()}`;
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
  if ((counters.nextId as number) <= maxOf(items.map((i) => Number(i[ID_FIELD]))))
    fail("counters.nextId", `must be above every item's id (${maxOf(items.map((i) => Number(i[ID_FIELD])))})`);
  const resourceIds = items.flatMap((i) => nestedIds(i));
  if ((counters.nextResourceId as number) <= maxOf(resourceIds))
    fail("counters.nextResourceId", `must be above every nested item's id (${maxOf(resourceIds)})`);
  return value as unknown as Snapshot;
}

/** The largest of the numbers, 0 for none (without spreading: a snapshot may hold a great many). */
export function maxOf(values: number[]): number {
  return values.reduce((max, v) => (v > max ? v : max), 0);
}

export function nestedIds(item: Json): number[] {
  return ((item[NESTED_FIELD] as Json[] | undefined) ?? []).map((r) => Number(r[ID_FIELD]));
}

export class SnapshotError extends Error {
  override name = "SnapshotError";
}
