// How a drip spreads a body over its time, the same for every door: a chunk every DRIP_STEP_MS or so
// (at least two, so that a drip is seen as one), the last one as the time is up.

/** Near how often a drip sends a chunk: often enough to look like a slow network, not like a stall. */
const DRIP_STEP_MS = 100;

export interface DripPlan {
  chunks: Uint8Array[];
  /** The wait before each chunk. */
  everyMs: number;
}

export function dripPlan(body: Uint8Array, ms: number): DripPlan {
  const count = Math.max(1, Math.min(body.byteLength, Math.max(2, Math.ceil(ms / DRIP_STEP_MS))));
  const size = Math.ceil(body.byteLength / count);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < body.byteLength; start += size) chunks.push(body.subarray(start, start + size));
  return { chunks, everyMs: ms / Math.max(1, chunks.length) };
}
