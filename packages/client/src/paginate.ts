// Walks a cursor-paginated list by its `Link` header. It follows the URL GitHub gives (GitHub may
// link by id, /organizations/1/…, rather than by the path first asked), but only on the client's
// own origin and under its base path, so the token never goes anywhere else; a URL seen before, or
// more pages than `maxPages`, stops the walk with an error instead of a loop.
import { InvalidArgumentError, PaginationError } from "./errors.js";
import { parseLinkHeader } from "./link-header.js";
import type { BoundOperation } from "./methods.js";
import type { RequestOptions } from "./options.js";
import type { Requests } from "./requests.js";
import { withoutCredentials } from "./secrets.js";
import { positiveInteger } from "./settings.js";
import type { ItemOf, PaginatedMethod, ResponseInfo } from "./types.js";

export interface PaginateOptions extends RequestOptions {
  /** Follow `rel="next"` (default) or `rel="prev"` (from a `before` cursor). */
  direction?: "next" | "prev";
  /** At most this many pages (default 1000); a longer walk throws a PaginationError. */
  maxPages?: number;
}

export interface Page<T> {
  items: T[];
  /** The URL this page came from. */
  url: string;
  status: number;
  headers: Headers;
  /** The URL the walk reads next (the Link header's rel="next", or rel="prev" walking back), if any. */
  nextUrl?: string;
}

export const DEFAULT_MAX_PAGES = 1000;

export interface PageSource {
  /** The first page, through the operation's method. */
  first: () => Promise<ResponseInfo<unknown>>;
  /** A following page, by the URL of the Link header. */
  follow: (url: string) => Promise<ResponseInfo<unknown>>;
  itemsKey: string;
  baseUrl: string;
  label: string;
}

export async function* pages<T>(source: PageSource, options: PaginateOptions = {}): AsyncGenerator<Page<T>, void, undefined> {
  const direction = options.direction ?? "next";
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const base = new URL(source.baseUrl);
  const basePath = base.pathname.replace(/\/?$/, "/");
  const seen = new Set<string>();
  let answer = await source.first();
  for (let count = 1; ; count++) {
    const url = answer.response.url;
    seen.add(url);
    const items = itemsOf<T>(answer.data, source);
    // Read once, for the page and for the walk; a Link that cannot be read stops the walk after its page.
    let next: string | undefined;
    let unreadable: unknown;
    try {
      const link = answer.headers.get("link");
      next = link === null ? undefined : parseLinkHeader(link, url).get(direction);
    } catch (error) {
      unreadable = error;
    }
    yield { items, url, status: answer.status, headers: answer.headers, ...(next !== undefined ? { nextUrl: next } : {}) };

    if (unreadable !== undefined) throw unreadable;
    if (next === undefined) return;
    const target = new URL(next);
    if (target.origin !== base.origin || !`${target.pathname}/`.startsWith(basePath)) {
      throw new PaginationError(
        `${source.label}: the Link header's rel="${direction}" points to ${withoutCredentials(next)}, outside the client's base URL ` +
          `${withoutCredentials(source.baseUrl)}; it is not followed, so the token is not sent there.`,
      );
    }
    if (seen.has(next)) {
      throw new PaginationError(`${source.label}: the Link header's rel="${direction}" leads back to ${withoutCredentials(next)}, a page already read.`);
    }
    if (count >= maxPages) {
      throw new PaginationError(`${source.label}: stopped after ${maxPages} pages (maxPages) with rel="${direction}" still in the Link header.`);
    }
    answer = await source.follow(next);
  }
}

function itemsOf<T>(data: unknown, source: PageSource): T[] {
  const items = (data as Record<string, unknown> | undefined)?.[source.itemsKey];
  if (!Array.isArray(items)) {
    throw new PaginationError(`${source.label}: the page has no "${source.itemsKey}" array.`);
  }
  return items as T[];
}

/** `client.paginate`: walks a list method's pages. */
export interface Paginate {
  /** Every page, one after the other. */
  pages<M extends PaginatedMethod>(method: M, params: Parameters<M>[0], options?: PaginateOptions): AsyncGenerator<Page<ItemOf<M>>, void, undefined>;
  /** Every item of every page. */
  items<M extends PaginatedMethod>(method: M, params: Parameters<M>[0], options?: PaginateOptions): AsyncGenerator<ItemOf<M>, void, undefined>;
  /** All items, collected. */
  all<M extends PaginatedMethod>(method: M, params: Parameters<M>[0], options?: PaginateOptions): Promise<ItemOf<M>[]>;
}

/** `client.paginate` over the client's methods (`operationOf` finds a method's row) and its requests. */
export function paginator(
  baseUrl: string,
  operationOf: (method: unknown) => BoundOperation | undefined,
  requests: Pick<Requests, "execute" | "follow">,
): Paginate {
  function pagesOf<T>(method: unknown, params: unknown, options: PaginateOptions = {}) {
    const operation = operationOf(method);
    if (!operation) throw new InvalidArgumentError("method", "must be a method of this client, such as client.copilotSpaces.listForOrg");
    const { spec, label } = operation;
    if (!spec.itemsKey) throw new InvalidArgumentError("method", `${label} is not a paginated list operation`);
    if (options.maxPages !== undefined) positiveInteger("maxPages", options.maxPages);
    if (options.direction !== undefined && options.direction !== "next" && options.direction !== "prev") {
      throw new InvalidArgumentError("direction", 'must be "next" or "prev"');
    }
    const source: PageSource = {
      first: () => requests.execute(operation, params, options),
      follow: (url) => requests.follow(operation, url, options),
      itemsKey: spec.itemsKey,
      baseUrl,
      label,
    };
    return pages<T>(source, options);
  }
  return {
    pages: (method, params, options) => pagesOf(method, params, options),
    async *items(method, params, options) {
      for await (const page of pagesOf<ItemOf<typeof method>>(method, params, options)) yield* page.items;
    },
    async all(method, params, options) {
      const all: ItemOf<typeof method>[] = [];
      for await (const page of pagesOf<ItemOf<typeof method>>(method, params, options)) all.push(...page.items);
      return all;
    },
  };
}
