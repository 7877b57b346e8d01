// Reads GitHub's `Link` header (RFC 8288): `<https://…?after=X>; rel="next", <…>; rel="last"`.
// Strict on purpose: a header it cannot read is an error, never a guess that could loop.
import { PaginationError } from "./errors.js";

const LINK = /\s*<([^<>]*)>((?:\s*;\s*[A-Za-z0-9!#$&+.^_`|~-]+\s*=\s*(?:"[^"]*"|[^\s",;]+))*)\s*(?:,|$)/y;
const PARAM = /;\s*([A-Za-z0-9!#$&+.^_`|~-]+)\s*=\s*(?:"([^"]*)"|([^\s",;]+))/g;

/** The absolute URL of each relation (`next`, `prev`, `first`, `last`…), resolved against `base`. */
export function parseLinkHeader(value: string, base: string): Map<string, string> {
  const links = new Map<string, string>();
  if (value.trim() === "") return links;
  LINK.lastIndex = 0;
  while (LINK.lastIndex < value.length) {
    const start = LINK.lastIndex;
    const match = LINK.exec(value);
    if (!match || match.index !== start || LINK.lastIndex === start) {
      throw new PaginationError(`The Link header is malformed at character ${start + 1}: ${preview(value)}`);
    }
    const [, target = "", params = ""] = match;
    let url: string;
    try {
      url = new URL(target, base).toString();
    } catch {
      throw new PaginationError(`The Link header holds a URL that cannot be read: <${preview(target)}>`);
    }
    for (const [, name, quoted, bare] of params.matchAll(PARAM)) {
      if (name?.toLowerCase() !== "rel") continue;
      for (const rel of (quoted ?? bare ?? "").toLowerCase().split(/\s+/).filter(Boolean)) {
        if (!links.has(rel)) links.set(rel, url);
      }
    }
  }
  return links;
}

function preview(text: string): string {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
}
