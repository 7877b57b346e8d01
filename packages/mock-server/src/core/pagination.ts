// The lists the mock serves: a fixed set of Spaces per list operation, starting with the
// description's own example items and filled up to FIXED_SET_SIZE, paged by `per_page`, `after` and
// `before` cursors, with a `Link` header whose URLs lead back to the mock.

export const FIXED_SET_SIZE = 7;

type Json = Record<string, unknown>;

export interface ListOperation {
  /** The path template, e.g. /orgs/{org}/copilot-spaces. */
  path: string;
  /** The array property of the page, e.g. "spaces". */
  itemsKey: string;
  items: Json[];
}

/** The GET operations that take an `after` cursor, with their fixed sets, read from the bundle. */
export function listOperations(bundle: Json): ListOperation[] {
  const paths = bundle.paths as Record<string, Json>;
  const lists: ListOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    const get = item.get as Json | undefined;
    if (!get) continue;
    const parameters = [...((item.parameters as unknown[]) ?? []), ...((get.parameters as unknown[]) ?? [])].map((p) => resolve(bundle, p));
    if (!parameters.some((p) => p.in === "query" && p.name === "after")) continue;
    const ok = resolve(bundle, (get.responses as Json)["200"]);
    const media = (ok.content as Record<string, Json>)["application/json"] ?? {};
    const example = Object.values((media.examples ?? {}) as Json).map((e) => resolve(bundle, e).value as Json)[0];
    if (!example) throw new Error(`GET ${path} has no example to start its list from.`);
    const itemsKey = Object.keys(example).find((key) => Array.isArray(example[key]));
    if (!itemsKey) throw new Error(`GET ${path}: its example has no array of items.`);
    lists.push({ path, itemsKey, items: fill(example[itemsKey] as Json[]) });
  }
  return lists;
}

function resolve(bundle: Json, node: unknown): Json {
  let current = node as Json;
  for (let hops = 0; typeof current?.$ref === "string" && hops < 16; hops++) {
    current = String(current.$ref)
      .replace(/^#\//, "")
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json>((at, part) => at[part] as Json, bundle);
  }
  return current;
}

/** The example items, then copies of the last one with the following numbers and ids. */
function fill(examples: Json[]): Json[] {
  const items = examples.map((item) => structuredClone(item));
  const last = examples.at(-1);
  if (!last) return items;
  while (items.length < FIXED_SET_SIZE) {
    const previous = items.at(-1)!;
    const number = Number(previous.number) + 1;
    const copy = structuredClone(last);
    copy.id = Number(previous.id) + 1;
    copy.number = number;
    copy.name = `Space ${number}`;
    for (const key of ["html_url", "api_url"]) {
      if (typeof copy[key] === "string") copy[key] = String(copy[key]).replace(/\/\d+$/, `/${number}`);
    }
    items.push(copy);
  }
  return items;
}

/** Cursors are opaque to clients; here, base64 of "cursor:<number>", as in the description's examples. */
export function cursorOf(item: Json): string {
  return Buffer.from(`cursor:${String(item.number)}`).toString("base64");
}

/** The number a cursor stands for, or undefined for a string the mock never gave. */
function cursorNumber(cursor: string): number | undefined {
  const decoded = /^cursor:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"))?.[1];
  return decoded === undefined ? undefined : Number(decoded);
}

/** Items are in ascending number: the first index whose number passes, or the length. */
function firstIndex(items: Json[], test: (number: number) => boolean): number {
  const at = items.findIndex((item) => test(Number(item.number)));
  return at < 0 ? items.length : at;
}

export type PageResult =
  | { ok: true; body: Json; link: string | undefined }
  | { ok: false; field: "per_page" | "after" | "before"; value: string };

/** One page of `list` (items in ascending number), for the request at `url`; the `Link` URLs are on `url`'s origin and path, with `per_page` and a cursor. */
export function page(list: Pick<ListOperation, "itemsKey" | "items">, url: URL): PageResult {
  const query = url.searchParams;
  const perPage = query.has("per_page") ? Number(query.get("per_page")) : 30;
  // Prism lets an empty value through (`?per_page=`); any value that is no page size is refused here too.
  if (!Number.isInteger(perPage) || perPage < 1) return { ok: false, field: "per_page", value: query.get("per_page") ?? "" };
  const after = query.get("after");
  const before = query.get("before");
  const { items } = list;
  let start = 0;
  let end = Math.min(items.length, perPage);
  // Cursors hold a number, not a position: one stays good after its item is deleted (stateful mode).
  if (after !== null) {
    const number = cursorNumber(after);
    if (number === undefined) return { ok: false, field: "after", value: after };
    start = firstIndex(items, (n) => n > number);
    end = Math.min(items.length, start + perPage);
  } else if (before !== null) {
    const number = cursorNumber(before);
    if (number === undefined) return { ok: false, field: "before", value: before };
    end = firstIndex(items, (n) => n >= number);
    start = Math.max(0, end - perPage);
  }
  const slice = items.slice(start, end);
  // Built with URL, which escapes what it holds: nothing a caller sent can close the <…> of a link.
  const link = (cursor?: [string, string]) => {
    const target = new URL(url.pathname, url.origin);
    target.searchParams.set("per_page", String(perPage));
    if (cursor) target.searchParams.set(cursor[0], cursor[1]);
    return `<${target.href}>`;
  };
  const links: string[] = [];
  const first = slice[0];
  const last = slice.at(-1);
  if (last && end < items.length) links.push(`${link(["after", cursorOf(last)])}; rel="next"`);
  if (first && start > 0) links.push(`${link(["before", cursorOf(first)])}; rel="prev"`);
  if (start > 0) links.push(`${link()}; rel="first"`);
  if (end < items.length) {
    // The last page of the walk from the first one: pages start at multiples of per_page.
    const lastStart = Math.floor((items.length - 1) / perPage) * perPage;
    links.push(`${lastStart === 0 ? link() : link(["after", cursorOf(items[lastStart - 1]!)])}; rel="last"`);
  }
  return { ok: true, body: { [list.itemsKey]: slice }, link: links.length ? links.join(", ") : undefined };
}
