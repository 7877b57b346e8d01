// The read-only part of the live contract run: every list of the owners given, page by page along
// `Link: rel="next"`; a GET of each item listed; then, inside each item, its own collections the same way.
// Only GETs; bounded by `maxItems` per list. Every answer is checked and recorded by wire.ts.
import { parseLinkHeader } from "../../../client/src/link-header.js";
import { type Collection, identityOf, itemsOf, nestedIn, topLevel } from "./collections.js";
import { send, urlOf, type Wire } from "./wire.js";

export interface WalkLimits {
  /** Items read from one list (pages are followed until then). */
  maxItems: number;
  /** The page size asked for: small, so that paging is exercised. */
  perPage: number;
}

/** What a list walk found: its items (at most `maxItems`) and whether the list ended before the bound. */
export interface Listing {
  items: unknown[];
  complete: boolean;
}

/** Walks every collection of the owners given (`orgs` → NAME, `users` → LOGIN). */
export async function readEverything(wire: Wire, all: Collection[], owners: ReadonlyMap<string, string>, limits: WalkLimits): Promise<void> {
  for (const collection of topLevel(all)) {
    const owner = owners.get(collection.ownerKind);
    if (owner === undefined || !collection.ops.list) continue;
    await walk(wire, all, collection, new Map([[collection.owner[0]!, owner]]), limits);
  }
}

async function walk(wire: Wire, all: Collection[], collection: Collection, params: ReadonlyMap<string, string>, limits: WalkLimits): Promise<void> {
  const { items } = await listAll(wire, collection, params, limits);
  for (const item of items) {
    const identity = identityOf(collection, item);
    // An item without the fields that name it breaks its schema, which the list's check has reported.
    if (identity === undefined) continue;
    const itemParams = new Map([...params, ...identity]);
    if (collection.ops.get && collection.item) await send(wire, collection.ops.get, urlOf(wire, collection.item, itemParams));
    for (const nested of nestedIn(all, collection)) if (nested.ops.list) await walk(wire, all, nested, itemParams, limits);
  }
}

/**
 * A list read page by page along rel="next" (on the base URL's origin only: the credential goes nowhere else,
 * and a page seen already ends the walk), until `until` holds for an item, `maxItems` are read, or it ends.
 */
export async function listAll(
  wire: Wire,
  collection: Collection,
  params: ReadonlyMap<string, string>,
  limits: WalkLimits,
  until?: (item: unknown) => boolean,
): Promise<Listing> {
  const list = collection.ops.list!;
  const pageSize = list.paging?.pageSize;
  let url: URL | undefined = urlOf(wire, collection.path, params, pageSize ? { [pageSize.name]: String(Math.min(limits.perPage, limits.maxItems)) } : {});
  const seen = new Set<string>();
  const items: unknown[] = [];
  while (url !== undefined && !seen.has(url.href)) {
    seen.add(url.href);
    const answer = await send(wire, list, url);
    if (answer === undefined || answer.status !== list.success.status) return { items, complete: false };
    for (const item of itemsOf(collection, answer.json)) {
      items.push(item);
      if (until?.(item) || items.length >= limits.maxItems) return { items, complete: false };
    }
    url = nextPage(wire, answer.headers.link, answer.url);
  }
  return { items, complete: url === undefined };
}

/** The rel="next" page, or undefined: none, a header that cannot be read, or another origin (each reported by the check). */
function nextPage(wire: Wire, link: string | undefined, at: URL): URL | undefined {
  if (link === undefined) return undefined;
  try {
    const next = parseLinkHeader(link, at.href).get("next");
    const url = next === undefined ? undefined : new URL(next);
    return url?.origin === wire.base.origin ? url : undefined;
  } catch {
    return undefined;
  }
}
