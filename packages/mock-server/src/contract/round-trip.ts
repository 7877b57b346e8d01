// The writing part of the live contract run (only with allowWrites and an explicit owner): for each
// collection of an owner, create → get → the list holds it → set → get → delete, and inside the item it
// created the same for its own collections. Whatever the run created is deleted in reverse order however
// a step ends (a failed step, a thrown error); a delete that fails is reported with the URL left behind.
// The run changes and deletes only what it created: item URLs come from its own creates' answers, and
// request examples' references to existing items (array entries with an `id`) are dropped from its bodies.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { type Collection, identityOf, nestedIn, topLevel } from "./collections.js";
import { listAll, type WalkLimits } from "./read-only.js";
import { finding, send, sendExpecting, urlOf, type Wire } from "./wire.js";

/** Something the run created and could not delete (or may have created and cannot name). */
export interface LeftBehind {
  url: string;
  operationId: string;
  why: string;
}

interface Made {
  url: URL;
  remove: ModelOperation;
}

export interface TripContext {
  wire: Wire;
  all: Collection[];
  limits: WalkLimits;
  /** Marks the run's names (`… [contract RUN]`), so that what it creates on a real owner is known for its own. */
  runId: string;
  /** Request bodies that replace the description's examples, by operationId (`--body`). */
  bodies: ReadonlyMap<string, unknown>;
  notes: string[];
  /** Errors that stopped a trip (not answers): the run fails. */
  failures: string[];
  leftBehind: LeftBehind[];
}

/** Every round trip of the owners given (`orgs` → NAME, `users` → LOGIN), each cleaned up after. */
export async function roundTrips(t: TripContext, owners: ReadonlyMap<string, string>): Promise<void> {
  for (const collection of topLevel(t.all)) {
    const owner = owners.get(collection.ownerKind);
    if (owner === undefined) continue;
    const made: Made[] = [];
    try {
      await trip(t, collection, new Map([[collection.owner[0]!, owner]]), made);
    } catch (error) {
      t.failures.push(`the round trip of ${collection.path} stopped on an error: ${(error as Error).message}`);
    } finally {
      await cleanUp(t, made);
    }
  }
}

/** One collection's trip; false when a step failed (its finding is recorded) and the rest was skipped. */
async function trip(t: TripContext, collection: Collection, params: ReadonlyMap<string, string>, made: Made[]): Promise<boolean> {
  const { create, get, set, list } = collection.ops;
  const remove = collection.ops.delete;
  if (!create || !remove || !collection.item) return true;
  const body = bodyFor(create, t.runId, t.bodies);
  if (body === undefined) {
    t.notes.push(`${create.operationId}: the description has no request example to create with; nothing created`);
    return true;
  }
  const listUrl = urlOf(t.wire, collection.path, params);
  const created = await send(t.wire, create, listUrl, body);
  if (created === undefined) {
    // The request may have been carried out: say where to look rather than guess what to delete.
    t.leftBehind.push({
      url: listUrl.href,
      operationId: create.operationId,
      why: `the create got no answer: it may have created an item marked [contract ${t.runId}]`,
    });
    return false;
  }
  if (created.status !== create.success.status) return false;
  const identity = identityOf(collection, created.json, body);
  if (identity === undefined) {
    t.leftBehind.push({
      url: listUrl.href,
      operationId: create.operationId,
      why: `the create's answer does not name the item it made (marked [contract ${t.runId}])`,
    });
    return false;
  }
  const itemParams = new Map([...params, ...identity]);
  const itemUrl = urlOf(t.wire, collection.item, itemParams);
  made.push({ url: itemUrl, remove });
  const ok = async (op: ModelOperation | undefined, payload?: unknown) =>
    op === undefined || (await send(t.wire, op, itemUrl, payload))?.status === op.success.status;

  if (!(await ok(get))) return false;
  if (list) {
    const same = (item: unknown) => names(collection, item, identity);
    // Looked for further than the read-only walk reads, but not without end: an owner may hold thousands.
    const listing = await listAll(t.wire, collection, params, { ...t.limits, maxItems: t.limits.maxItems * 10 }, same);
    if (!listing.items.some(same)) {
      if (listing.complete) finding(t.wire, list, "body", "body", `${listUrl.pathname} does not list the item just created (${itemUrl.pathname})`);
      else t.notes.push(`${list.operationId}: the list could not be read to its end; the item just created was not among the ${listing.items.length} read`);
    }
  }
  if (set) {
    const change = bodyFor(set, t.runId, t.bodies);
    if (change !== undefined && !(await ok(set, change))) return false;
    if (!(await ok(get))) return false;
  }
  for (const nested of nestedIn(t.all, collection)) if (!(await trip(t, nested, itemParams, made))) return false;
  const removed = await send(t.wire, remove, itemUrl);
  if (removed?.status !== remove.success.status) return false;
  made.splice(
    made.findIndex((m) => m.url.href === itemUrl.href),
    1,
  );
  return true;
}

/** Deletes what is left, newest first; what cannot be deleted is reported with its URL. */
async function cleanUp(t: TripContext, made: Made[]): Promise<void> {
  for (const m of made.splice(0).reverse()) {
    let why: string;
    try {
      const answer = await sendExpecting(t.wire, m.remove, m.url, undefined, m.remove.success.status);
      if (answer?.status === m.remove.success.status) continue;
      why = answer === undefined ? "the cleanup's delete got no answer" : `the cleanup's delete answered ${answer.status}`;
    } catch (error) {
      why = `the cleanup's delete failed: ${(error as Error).message}`;
    }
    t.leftBehind.push({ url: m.url.href, operationId: m.remove.operationId, why });
  }
}

/**
 * The body given for the operation, or its first request example without array entries that name an existing
 * item by `id` (a set example's edits and `_destroy`s of items the run did not create); either with the run's
 * mark on its `name`.
 */
export function bodyFor(op: ModelOperation, runId: string, bodies: ReadonlyMap<string, unknown>): unknown {
  const given = bodies.get(op.operationId);
  const example = op.requestBody?.examples[0];
  if (given === undefined && example === undefined) return undefined;
  const body = given !== undefined ? structuredClone(given) : withoutReferences(structuredClone(example));
  if (typeof body === "object" && body !== null && typeof (body as { name?: unknown }).name === "string") {
    const named = body as { name: string };
    named.name = `${named.name} [contract ${runId}]`;
  }
  return body;
}

function withoutReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !(typeof v === "object" && v !== null && "id" in v)).map(withoutReferences);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutReferences(v)]));
  return value;
}

/**
 * Whether a listed item is the one named by `identity`: by the fields that name items, or, where a listed item
 * does not carry them (a collaborator is named by the identifier it was added with), by any of its own values.
 */
function names(collection: Collection, item: unknown, identity: Map<string, string>): boolean {
  const values = Object.values(typeof item === "object" && item !== null ? item : {}).map((v) => String(v).toLowerCase());
  return [...identity].every(([name, value]) => {
    const p = collection.identity.find((i) => i.name === name);
    const own = (item as Record<string, unknown> | null)?.[p?.itemField ?? name];
    return own !== undefined ? String(own).toLowerCase() === value.toLowerCase() : values.includes(value.toLowerCase());
  });
}
