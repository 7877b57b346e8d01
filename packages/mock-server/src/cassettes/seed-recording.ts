// A stateful mock started from what a real server had: the items of recorded successful answers (a get, a list's
// pages, a create or a set; a delete removes), per owner, through the store's own seed (the `mock.seed` check and
// caps). Later recordings of an item win over earlier ones, and a whole item (get, create, set) over a list page's
// summary. Collections inside an item (collaborators) are not seeded from their own lists: an item's seed keeps
// what its recorded body holds.
import { pathUnder } from "../conformance/check-answer.js";
import type { Stateful } from "../core/exchange.js";
import { SeedError } from "../store/store.js";
import type { Recorded } from "./load.js";

interface Seen {
  item: Record<string, unknown>;
  whole: boolean;
  from: Recorded;
}

/** Seeds each owner the recordings name; or throws a SeedError naming the cassette, the entry and the field. */
export function seedFromRecordings(recordings: Recorded[], stateful: Stateful, option: string): number {
  const owners = new Map<string, { kind: string; name: string; itemsKey: string; items: Map<unknown, Seen> }>();
  for (const recorded of recordings) {
    const route = stateful.routes.get(recorded.operation);
    if (!route || route.inner || recorded.status < 200 || recorded.status > 299) continue;
    const segments = (pathUnder(recorded.base, recorded.url) ?? "").split("/");
    const name = decodeURIComponent(segments[route.ownerSegment] ?? "");
    const key = `${route.ownerKind}/${name}`;
    const list = [...stateful.routes.values()].find((r) => r.collection === route.collection && r.action === "list" && !r.inner);
    const itemsKey = list?.model.paging?.itemsKey ?? "items";
    const owner = owners.get(key) ?? { kind: route.ownerKind, name, itemsKey, items: new Map() };
    owners.set(key, owner);
    const body = recorded.text === "" ? undefined : (JSON.parse(recorded.text) as unknown);
    const id = route.identityField;
    if (route.action === "delete" && route.idSegment !== undefined) owner.items.delete(Number(segments[route.idSegment]));
    else if (route.action === "list") {
      const page = (body as Record<string, unknown> | undefined)?.[itemsKey];
      for (const item of Array.isArray(page) ? (page as Record<string, unknown>[]) : []) {
        if (owner.items.get(item[id])?.whole) continue;
        owner.items.set(item[id], { item, whole: false, from: recorded });
      }
    } else if (body !== null && typeof body === "object" && !Array.isArray(body)) {
      const item = body as Record<string, unknown>;
      owner.items.set(item[id], { item, whole: true, from: recorded });
    }
  }
  for (const owner of owners.values()) {
    const seen = [...owner.items.values()];
    try {
      stateful.store.seed({ kind: owner.kind, name: owner.name, itemsKey: owner.itemsKey, items: seen.map((s) => s.item), nested: {} });
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      // The store names the item by its place in the seed (`spaces[2].base_role`): said as the recording it came from.
      const place = new RegExp(`^${owner.itemsKey}\\[(\\d+)\\]`).exec(error.message);
      const from = place ? seen[Number(place[1])] : undefined;
      const where = from
        ? `${from.from.file} entry ${from.from.entry}${from.whole ? "" : " (a list page: it holds a summary; record a get of the item too)"}, `
        : "";
      throw new SeedError(`${option}: ${where}${owner.kind}/${owner.name}: ${error.message}`);
    }
  }
  stateful.persist();
  return owners.size;
}
