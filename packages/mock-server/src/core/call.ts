// What the core reads of a request and what it answers, free of any transport: each door (node:http,
// fetch) turns its own request into a Call and writes the Reply back in its own way.
import type { Transport } from "./injections/injection.js";
import type { BodyText } from "./rules/limits.js";

export interface Call {
  /** Upper case, as sent. */
  method: string;
  /** Where the request was sent: `Link` URLs are built on its origin. */
  url: URL;
  /** A request header (names are case-insensitive), or null. */
  header(name: string): string | null;
  /** Every request header, names in lower case (a repeated one joined by ", "): a new object each call. */
  headers(): Record<string, string>;
  /** The body as text, or "too-large" once it passes `limit` bytes (what is left is not read). */
  readBody(limit: number): Promise<BodyText>;
  /** Lets go of a body the operation does not take. */
  discardBody(): void;
}

export interface Reply {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** JSON text; null for no body (204, HEAD). */
  body: string | null;
  /** A network fault the door plays instead of writing the answer whole (`Prefer: fault=reset`, a rule, chaos). */
  transport?: Transport;
}
