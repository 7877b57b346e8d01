// What may be written to a cassette: an exchange with every credential and every token-shaped string replaced,
// by the journal's rules (core/journal/entry.ts), whose token pattern is the client's (tools' token-shapes.ts).
// A credential header keeps its scheme and becomes the token's kind and a hash (`Bearer classic-pat:1f2e3d4c`):
// the same token gives the same hash, so a replay can still tell two callers apart, but never the token.
import { CREDENTIAL_HEADERS, CREDENTIAL_PARAMS, tokenOf } from "../core/rules/http-rules.js";
import { redacted, redactedSearch, scrubbed, withoutTokens } from "../core/journal/entry.js";
import type { HarEntry, HarHeader } from "./har.js";

/** Answer headers that carry a credential too: cookies set, and GitHub's SSO header. */
const CREDENTIAL_ANSWER_HEADERS: ReadonlySet<string> = new Set(["set-cookie", "x-github-sso"]);

/** A credential shorter than this is not replaced by value elsewhere (it would blank out ordinary words), as the client's secrets.ts. */
const MIN_SECRET_LENGTH = 8;

/** JSON text with each secret (as it reads inside a JSON string) replaced by its hash. */
function withoutSecrets(json: string, secrets: string[], hashes: Map<string, string>): string {
  let out = json;
  for (const secret of secrets.sort((a, b) => b.length - a.length)) {
    const form = JSON.stringify(secret).slice(1, -1);
    if (out.includes(form)) out = out.split(form).join(JSON.stringify(redacted(secret, hashes)).slice(1, -1));
  }
  return out;
}

export class Sanitizer {
  /** A token's hash, by token: the same token gives the same text in every cassette of this process. */
  readonly #hashes = new Map<string, string>();

  /** The entry with nothing secret left in it: a new object; the one given is not changed. */
  entry(entry: HarEntry): HarEntry {
    // The request's own credentials first, wherever else they turn up (an upstream that echoes a token of no
    // known shape): each replaced by its hash, as in its header. The credential headers are then hashed once.
    const credentials = entry.request.headers.filter(({ name }) => CREDENTIAL_HEADERS.has(name.toLowerCase()));
    const secrets = credentials.flatMap(({ value }) => [value, tokenOf(value)].filter((s): s is string => s !== undefined && s.length >= MIN_SECRET_LENGTH));
    // Credential query parameters are hashed as sent, before anything else touches them (hashed twice, the same
    // token would read differently in the URL than in its header).
    const url = new URL(entry.request.url);
    url.search = redactedSearch(url, this.#hashes);
    url.username = "";
    url.password = "";
    const request = {
      ...entry.request,
      url: url.href,
      headers: entry.request.headers.filter((h) => !credentials.includes(h)),
      queryString: entry.request.queryString.map(({ name, value }) => ({ name, value: CREDENTIAL_PARAMS.has(name) ? redacted(value, this.#hashes) : value })),
    };
    const others = { ...entry, request };
    const clean = this.value(secrets.length === 0 ? others : (JSON.parse(withoutSecrets(JSON.stringify(others), secrets, this.#hashes)) as HarEntry));
    clean.request.headers = [...credentials.map(({ name, value }) => ({ name, value: redacted(value, this.#hashes) })), ...clean.request.headers];
    clean.response.headers = this.#headers(clean.response.headers, CREDENTIAL_ANSWER_HEADERS);
    return clean;
  }

  /** Any JSON value with every token-shaped string (and key) replaced: a copy. */
  value<T>(value: T): T {
    return scrubbed(structuredClone(value), this.#hashes);
  }

  /** Text with every token-shaped substring replaced. */
  text(text: string): string {
    return withoutTokens(text, this.#hashes);
  }

  /** Answer headers: a credential one hashed whole (the rest were cleaned with the entry). */
  #headers(headers: HarHeader[], credentials: ReadonlySet<string>): HarHeader[] {
    return headers.map(({ name, value }) => ({ name, value: credentials.has(name.toLowerCase()) ? redacted(value, this.#hashes) : value }));
  }
}
