// The browser build's Prism reading of the shipped description: the one the package's build made
// (dist/operations-cache.json, its examples checked), inside the bundle, so that the page needs
// neither Prism's reader nor its dependencies on Node.
import reading from "../../dist/operations-cache.json" with { type: "json" };

export interface CachedReading<T> {
  key: string;
  operations: T[];
  examplesChecked: boolean;
}

/** The only bundle this build serves is the shipped one (src/browser.ts refuses specPath): its key. */
export const cacheKey = (): string => reading.key;

export const cachedReading = <T>(): CachedReading<T> => reading as unknown as CachedReading<T>;
