// A seeded source of numbers, for what a test must be able to replay: chaos's draws and the fixtures' ids.

/**
 * mulberry32, Tommy Ettinger's 32-bit generator (public domain,
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c): small, fast, and the same
 * sequence on every platform, which is all replaying a run needs (it is no source of secrets).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
