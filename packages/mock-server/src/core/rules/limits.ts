// What the core reads of a request body before Prism sees it: at most MAX_BODY_BYTES, JSON no deeper
// than MAX_JSON_DEPTH, and an object at the top, as GitHub requires.

/** GitHub refuses larger bodies with 413; so does the mock. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** GitHub's API runs on Rails, whose JSON parser refuses nesting deeper than 100 by default (a parse error, so 400). */
export const MAX_JSON_DEPTH = 100;

/** A request body as a door reads it: whole, refused once it passes the limit, or cut off by the caller. */
export type BodyText = { ok: true; text: string } | { ok: false; reason: "too-large" | "incomplete" };

export type ParsedBody = { ok: true; value: Record<string, unknown> } | { ok: false; problem: "not-json" | "not-an-object" };

/** The body as GitHub reads it: JSON (whatever the Content-Type says), an object at the top. */
export function parseJsonObject(text: string): ParsedBody {
  if (nestingExceeds(text, MAX_JSON_DEPTH)) return { ok: false, problem: "not-json" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: "not-json" };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, problem: "not-an-object" };
  return { ok: true, value: value as Record<string, unknown> };
}

/**
 * Whether JSON text opens more than `max` arrays or objects at once. One pass, no recursion, so a
 * body nested a million deep costs a scan, not a stack; brackets inside strings do not count.
 */
export function nestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
