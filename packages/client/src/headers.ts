// The one rule for the headers of every request the client sends (its methods, openapi-fetch's raw
// calls, every page and every redirect): the caller's headers go in first, then the client's own
// (token, API version, user agent) replace any caller's of the same name, and `accept` gets GitHub's
// media type only when the caller gave none.
import { InvalidArgumentError } from "./errors.js";
import type { ClientSettings } from "./options.js";
import { REDACTED, type Secrets } from "./secrets.js";

export const DEFAULT_ACCEPT = "application/vnd.github+json";

export function applyHeaders(headers: Headers, own: Pick<ClientSettings, "apiVersion" | "userAgent">, token: string): void {
  headers.set("authorization", `Bearer ${token}`);
  headers.set("x-github-api-version", own.apiVersion);
  headers.set("user-agent", own.userAgent);
  if (!headers.has("accept")) headers.set("accept", DEFAULT_ACCEPT);
}

// RFC 9110 §5.1 field names (tokens) and §5.5 field values: no NUL, CR or LF, and (for fetch's
// ByteString) nothing above U+00FF.
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[^\0\r\n\u0100-\uffff]*$/;

/** A caller's extra headers, checked before anything is sent; a value is never quoted in the error. */
export function checkHeaders(headers: unknown, field = "headers"): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  if (headers === null || typeof headers !== "object" || Array.isArray(headers) || headers instanceof Headers) {
    throw new InvalidArgumentError(field, "must be a plain object of header names to string values");
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!FIELD_NAME.test(name)) throw new InvalidArgumentError(`${field}`, `${JSON.stringify(name.slice(0, 64))} is not a valid header name`);
    if (typeof value !== "string") throw new InvalidArgumentError(`${field}.${name}`, "must be a string");
    if (!FIELD_VALUE.test(value)) {
      throw new InvalidArgumentError(`${field}.${name}`, "must not hold line breaks, NUL or characters above U+00FF");
    }
  }
  return headers as Record<string, string>;
}

const CREDENTIAL_HEADERS = new Set(["authorization", "cookie", "proxy-authorization"]);

/** Headers as a plain object for a log line: credentials replaced by [REDACTED], and any token in another header too. */
export function redactHeaders(headers: Headers, secrets: Secrets): Record<string, string> {
  const plain: Record<string, string> = {};
  headers.forEach((value, name) => {
    plain[name] = CREDENTIAL_HEADERS.has(name) ? REDACTED : secrets.redact(value);
  });
  return plain;
}
