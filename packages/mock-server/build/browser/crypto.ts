// Stands in for node:crypto in the browser build: the three calls the mock makes, on the Web Crypto
// API, and sha256 (ETags, the journal's token hashes) from @noble/hashes, since Web Crypto's digest is
// asynchronous and the core's steps that hash are not.
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

export function createHash(algorithm: string) {
  if (algorithm !== "sha256") throw new Error(`The mock's browser build hashes with sha256 only, not ${algorithm}`);
  const parts: string[] = [];
  const hash = {
    update(text: string) {
      parts.push(text);
      return hash;
    },
    digest(encoding: string) {
      if (encoding !== "hex") throw new Error(`The mock's browser build gives digests in hex only, not ${encoding}`);
      return bytesToHex(sha256(utf8ToBytes(parts.join(""))));
    },
  };
  return hash;
}

export const randomUUID = (): string => globalThis.crypto.randomUUID();

/** A whole number from 0 up to `max` (excluded), as node:crypto's randomInt(max). */
export function randomInt(max: number): number {
  const [value] = globalThis.crypto.getRandomValues(new Uint32Array(1));
  return Math.floor((value! / 2 ** 32) * max);
}
