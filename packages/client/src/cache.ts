// Conditional requests (option `cache`). A GET goes out with the `ETag` (If-None-Match) and the
// `Last-Modified` (If-Modified-Since) of the 200 cached for it; a 304, which GitHub does not charge to
// the rate limit, is answered from the cache as that 200, with the 304's fresh rate-limit headers.
// Keys start with a hash of the token, so that answers are never shared between tokens and a store
// never holds a token; the API version and `Accept` are in the key too, as they change the answer.
import type { Answer, Outgoing } from "./exchange.js";
import { toResponse } from "./exchange.js";
import type { CacheEntry, CacheOptions } from "./options.js";

export const DEFAULT_MAX_ENTRIES = 500;
const IF_NONE_MATCH = "if-none-match";
const IF_MODIFIED_SINCE = "if-modified-since";
// Headers of the 304 that are about this request, not about the representation.
const FRESH = /^x-ratelimit-|^x-github-request-id$/;

/** What a store gives back, or undefined when it throws or rejects. */
const quietly = <T>(use: () => T | Promise<T>) =>
  Promise.resolve()
    .then(use)
    .catch(() => undefined);

/** The default store: a Map kept in least-recently-used order, bounded to `maxEntries`. */
export function memoryStore(maxEntries: number): { get(key: string): CacheEntry | undefined; set(key: string, entry: CacheEntry): void } {
  const entries = new Map<string, CacheEntry>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    set(key, entry) {
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}

/** The first 128 bits of the token's SHA-256, in base64: a key part that tells tokens apart and reveals none. */
export async function tokenId(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return btoa(String.fromCharCode(...new Uint8Array(digest, 0, 16)));
}

/** The key of a GET: the token's id, the API version, the media type asked for and the URL. */
export const cacheKey = (id: string, outgoing: Outgoing) =>
  `${id} ${outgoing.headers.get("x-github-api-version")} ${outgoing.headers.get("accept")} ${outgoing.url}`;

export function createCache({ store, maxEntries = DEFAULT_MAX_ENTRIES }: CacheOptions) {
  const entries = store ?? memoryStore(maxEntries);
  // The headers this cache put validators on (a retry sends the same Headers again); a caller's own
  // If-None-Match or If-Modified-Since is left alone, and the call goes uncached.
  const ours = new WeakSet<Headers>();

  return async (outgoing: Outgoing, token: string) => {
    const { headers } = outgoing;
    if (outgoing.method !== "GET" || (!ours.has(headers) && (headers.has(IF_NONE_MATCH) || headers.has(IF_MODIFIED_SINCE)))) return undefined;
    ours.add(headers);
    headers.delete(IF_NONE_MATCH);
    headers.delete(IF_MODIFIED_SINCE);
    const key = cacheKey(await tokenId(token), outgoing);
    // A store that fails is a cache that misses: the request goes out as without the cache.
    const entry = await quietly(() => entries.get(key));
    if (entry?.etag) headers.set(IF_NONE_MATCH, entry.etag);
    if (entry?.lastModified) headers.set(IF_MODIFIED_SINCE, entry.lastModified);

    return async (answer: Answer): Promise<Answer> => {
      if (answer.status === 304 && entry) {
        const cached = new Headers(entry.headers);
        answer.headers.forEach((value, name) => FRESH.test(name) && cached.set(name, value));
        const hit: Answer = {
          ...answer,
          status: 200,
          statusText: "OK",
          headers: cached,
          body: new TextEncoder().encode(entry.body).buffer as ArrayBuffer,
          fromCache: true,
        };
        hit.response = toResponse(hit);
        return hit;
      }
      const etag = answer.headers.get("etag");
      const lastModified = answer.headers.get("last-modified");
      if (answer.status === 200 && (etag || lastModified)) {
        const body = answer.body ? new TextDecoder().decode(answer.body) : "";
        const pairs: [string, string][] = [];
        answer.headers.forEach((value, name) => pairs.push([name, value]));
        await quietly(() => entries.set(key, { etag, lastModified, headers: pairs, body }));
      }
      return answer;
    };
  };
}
