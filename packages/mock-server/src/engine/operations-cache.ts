// Prism's reading of a bundle (getHttpOperationsFromSpec: dereference, then OpenAPI → operations) is
// about 0.1 s of every start. The build runs it once for the description this package ships and
// stores the result beside the bundled code; at start, a bundle with the same content takes it from
// there. Any other bundle (--spec) is read by Prism as usual.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export const CACHE_FILE = "operations-cache.json";

export function cacheKey(bundle: object): string {
  return createHash("sha256").update(JSON.stringify(bundle)).digest("hex");
}

/** The operations stored for this bundle's content, or undefined (no cache here, or another bundle). */
export function cachedOperations<T>(bundle: object, dir: URL): T[] | undefined {
  let cache: { key: string; operations: T[] };
  try {
    cache = JSON.parse(readFileSync(new URL(CACHE_FILE, dir), "utf8")) as typeof cache;
  } catch {
    return undefined;
  }
  return cache.key === cacheKey(bundle) ? cache.operations : undefined;
}
