// Walks a cursor-paginated list by its `Link` header. It follows the URL GitHub gives (GitHub may
// link by id, /organizations/1/…, rather than by the path first asked), but only on the client's
// own origin and under its base path, so the token never goes anywhere else; a URL seen before, or
// more pages than `maxPages`, stops the walk with an error instead of a loop.
import { PaginationError, withoutCredentials } from "./errors.js";
import { parseLinkHeader } from "./link-header.js";
import type { RequestOptions, ResponseInfo } from "./types.js";

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
    yield { items: itemsOf<T>(answer.data, source), url, status: answer.status, headers: answer.headers };

    const link = answer.headers.get("link");
    const next = link === null ? undefined : parseLinkHeader(link, url).get(direction);
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
