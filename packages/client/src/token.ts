// The token as it may be sent. A bearer token goes into an `Authorization` header: RFC 6750's token68
// is visible ASCII, and GitHub's tokens are letters, digits and `_`; a line break or NUL would not make
// a valid header, so such a token is refused before anything is sent, and the error says where the
// bad character is, never what the token is.
import { InvalidArgumentError, TokenSourceError, type RequestTarget } from "./errors.js";
import type { Secrets } from "./secrets.js";
import { untilAborted } from "./timers.js";

const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

export function checkToken(token: unknown, source = "the token"): string {
  if (typeof token !== "string") throw new InvalidArgumentError("token", `${source} must be a string, got ${token === null ? "null" : typeof token}`);
  if (token === "") throw new InvalidArgumentError("token", `${source} is empty; it must be a non-empty string`);
  if (!VISIBLE_ASCII.test(token)) {
    const at = [...token].findIndex((c) => !VISIBLE_ASCII.test(c));
    const char = token.codePointAt(at) ?? 0;
    const what =
      char === 0x0a ? "a line feed" : char === 0x0d ? "a carriage return" : char === 0x20 ? "a space" : `U+${char.toString(16).toUpperCase().padStart(4, "0")}`;
    const hint = char === 0x0a && at === token.length - 1 ? " (a trailing newline, as read from a file?)" : "";
    throw new InvalidArgumentError(
      "token",
      `${source} holds ${what} at position ${at + 1} of ${token.length}${hint}; a token must be visible ASCII characters only, with no spaces or line breaks`,
    );
  }
  return token;
}

/**
 * A token function's answer, asked under the attempt's signal like the rest of the attempt (a source
 * that never answers times out), checked, and remembered so that it is redacted wherever it turns up.
 */
export async function askToken(
  source: () => string | Promise<string>,
  secrets: Secrets,
  target: () => RequestTarget,
  signal: AbortSignal | undefined,
): Promise<string> {
  let value: unknown;
  try {
    value = await untilAborted(Promise.resolve().then(source), signal);
  } catch (error) {
    if (signal?.aborted) throw error; // the timeout's or the caller's: classified by the attempt
    throw new TokenSourceError(target(), { cause: secrets.scrubError(error) });
  }
  const token = checkToken(value, "the token function's result");
  secrets.remember(token);
  return token;
}
