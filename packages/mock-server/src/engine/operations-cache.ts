// Prism's reading of a bundle (getHttpOperationsFromSpec: dereference, then OpenAPI → operations) is
// about 0.1 s of every start, and checking every example of a bundle against its schema (which the
// core does once per bundle) about a second more. The build does both once for the description this
// package ships and stores the reading beside the bundled code, noting that its examples passed; at
// start, a bundle with the same content takes both from there. Any other bundle (--spec) is read by
// Prism and checked as usual.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export const CACHE_FILE = "operations-cache.json";

export interface CachedReading<T> {
  /** The sha256 of the bundle's JSON text. */
  key: string;
  operations: T[];
  /** Whether the build checked every example of this bundle against its schema (and they passed). */
  examplesChecked: boolean;
}

export function cacheKey(bundle: object): string {
  return createHash("sha256").update(JSON.stringify(bundle)).digest("hex");
}

/** What the build stored beside the module at `moduleUrl` for this bundle's content, or undefined (no cache there, or another bundle). */
export function cachedReading<T>(key: string, moduleUrl: string): CachedReading<T> | undefined {
  let cache: CachedReading<T>;
  try {
    cache = JSON.parse(readFileSync(new URL(CACHE_FILE, moduleUrl), "utf8")) as CachedReading<T>;
  } catch {
    return undefined;
  }
  return cache.key === key ? cache : undefined;
}
