// The lists the mock serves: a fixed set of items per list operation, starting with the
// description's own example items and filled up to FIXED_SET_SIZE, paged by the page size and the
// cursors the description marks (x-paging), with a `Link` header whose URLs lead back to the mock.
// Items are ordered by their identity field (x-item-field of the collection's item path), which the
// cursors hold; a list without one is ordered as its example is, and its cursors hold positions.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";

export const FIXED_SET_SIZE = 7;

type Json = Record<string, unknown>;

/** How a list is paged, from the description. */
export interface Paging {
  /** The array property of the page. */
  itemsKey: string;
  /** The item field a cursor holds, when the description says which (x-item-field). */
  identityField: string | undefined;
  /** The page-size query parameter, and the size without it. */
  pageSize: string | undefined;
  defaultSize: number;
  next: string;
  prev: string | undefined;
}

export interface ListOperation extends Paging {
  /** The path template. */
  path: string;
  items: Json[];
}

/** How a paged list operation pages, or undefined for any other operation. */
export function pagingOf(op: ModelOperation, all: ModelOperation[]): Paging | undefined {
  if (!op.paging) return undefined;
  const item = all.find((o) => o.resource && o.resource.identity.length === 1 && o.resource.collection === op.path && o.path !== op.path);
  const identity = item?.parameters.find((p) => p.name === item.resource!.identity[0]);
  const size = op.paging.pageSize;
  const fallback = size?.schema.default;
  return {
    itemsKey: op.paging.itemsKey,
    identityField: identity?.itemField,
    pageSize: size?.name,
    defaultSize: typeof fallback === "number" ? fallback : 30,
    next: op.paging.next.name,
    prev: op.paging.prev?.name,
  };
}

/** The paged GET operations, with their fixed sets, read from the description. */
export function listOperations(operations: ModelOperation[]): ListOperation[] {
  const lists: ListOperation[] = [];
  for (const op of operations) {
    const paging = op.method === "get" ? pagingOf(op, operations) : undefined;
    if (!paging) continue;
    const example = op.success.examples[0] as Json | undefined;
    const items = example?.[paging.itemsKey];
    if (!Array.isArray(items) || items.length === 0) throw new Error(`GET ${op.path} has no example items to start its list from.`);
    lists.push({ ...paging, path: op.path, items: fill(items as Json[], paging.identityField) });
  }
  return lists;
}

/** The example items, then copies of the last one with the following identities and ids. */
function fill(examples: Json[], identityField: string | undefined): Json[] {
  const items = examples.map((item) => structuredClone(item));
  const last = examples.at(-1);
  if (!last) return items;
  while (items.length < FIXED_SET_SIZE) {
    const previous = items.at(-1)!;
    const copy = structuredClone(last);
    if (typeof previous.id === "number") copy.id = previous.id + 1;
    if (identityField !== undefined) {
      const number = Number(previous[identityField]) + 1;
      const old = String(last[identityField]);
      copy[identityField] = number;
      if (typeof copy.name === "string") copy.name = `${copy.name} ${number}`;
      // URLs that end with the identity (html_url, api_url) get the copy's own.
      for (const [key, value] of Object.entries(copy)) {
        if (typeof value === "string" && /^https?:\/\//.test(value) && value.endsWith(`/${old}`)) copy[key] = `${value.slice(0, -old.length)}${number}`;
      }
    }
    items.push(copy);
  }
  return items;
}

/** Cursors are opaque to clients; here, base64 of "cursor:<identity>", as in the description's examples. */
function cursorOf(key: number): string {
  return Buffer.from(`cursor:${key}`).toString("base64");
}

/** The number a cursor stands for, or undefined for a string the mock never gave. */
function cursorNumber(cursor: string): number | undefined {
  const decoded = /^cursor:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"))?.[1];
  return decoded === undefined ? undefined : Number(decoded);
}

/** Items are in ascending key: the first index whose key passes, or the length. */
function firstIndex(keys: number[], test: (key: number) => boolean): number {
  const at = keys.findIndex(test);
  return at < 0 ? keys.length : at;
}

export type PageResult = { ok: true; body: Json; link: string | undefined } | { ok: false; field: string; value: string };

/** One page of `list` (items in ascending key), for the request at `url`; the `Link` URLs are on `url`'s origin and path, with the page size and a cursor. */
export function page(list: Paging & { items: Json[] }, url: URL): PageResult {
  const query = url.searchParams;
  const sizeName = list.pageSize;
  const perPage = sizeName !== undefined && query.has(sizeName) ? Number(query.get(sizeName)) : list.defaultSize;
  // Prism lets an empty value through (`?per_page=`); any value that is no page size is refused here too.
  if (!Number.isInteger(perPage) || perPage < 1) return { ok: false, field: sizeName ?? "", value: query.get(sizeName ?? "") ?? "" };
  const after = query.get(list.next);
  const before = list.prev === undefined ? null : query.get(list.prev);
  const { items } = list;
  const keys = items.map((item, i) => (list.identityField === undefined ? i + 1 : Number(item[list.identityField])));
  let start = 0;
  let end = Math.min(items.length, perPage);
  // Cursors hold a number, not a position: one stays good after its item is deleted (stateful mode).
  if (after !== null) {
    const number = cursorNumber(after);
    if (number === undefined) return { ok: false, field: list.next, value: after };
    start = firstIndex(keys, (n) => n > number);
    end = Math.min(items.length, start + perPage);
  } else if (before !== null) {
    const number = cursorNumber(before);
    if (number === undefined) return { ok: false, field: list.prev!, value: before };
    end = firstIndex(keys, (n) => n >= number);
    start = Math.max(0, end - perPage);
  }
  const slice = items.slice(start, end);
  // Built with URL, which escapes what it holds: nothing a caller sent can close the <…> of a link.
  const link = (cursor?: [string, string]) => {
    const target = new URL(url.pathname, url.origin);
    if (sizeName !== undefined) target.searchParams.set(sizeName, String(perPage));
    if (cursor) target.searchParams.set(cursor[0], cursor[1]);
    return `<${target.href}>`;
  };
  const links: string[] = [];
  const first = slice[0];
  const last = slice.at(-1);
  if (last && end < items.length) links.push(`${link([list.next, cursorOf(keys[end - 1]!)])}; rel="next"`);
  if (first && start > 0 && list.prev !== undefined) links.push(`${link([list.prev, cursorOf(keys[start]!)])}; rel="prev"`);
  if (start > 0) links.push(`${link()}; rel="first"`);
  if (end < items.length) {
    // The last page of the walk from the first one: pages start at multiples of per_page.
    const lastStart = Math.floor((items.length - 1) / perPage) * perPage;
    links.push(`${lastStart === 0 ? link() : link([list.next, cursorOf(keys[lastStart - 1]!)])}; rel="last"`);
  }
  return { ok: true, body: { [list.itemsKey]: slice }, link: links.length ? links.join(", ") : undefined };
}
