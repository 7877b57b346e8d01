// Keeps tokens out of everything the client shows: error messages, causes, error bodies and log
// lines. Every token the client sends is remembered (a token function's results too) and replaced by
// [REDACTED] wherever it turns up, and so is anything shaped like a GitHub token; text a server sent
// is also stripped of control characters and capped before it enters a message.

export const REDACTED = "[REDACTED]";

// GitHub's token formats: ghp_ (classic), gho_ (OAuth), ghu_/ghs_ (app user/installation), ghr_
// (refresh), github_pat_ (fine-grained). https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
const TOKEN_SHAPED = /\b(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]+/g;

// C0 and C1 controls, DEL, and the bidirectional overrides that can make text read differently.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** The longest server text copied into a message. */
export const MAX_SERVER_TEXT = 300;

// A token shorter than this is not redacted by value (it would blank out ordinary words of a
// message); real GitHub tokens are 40 characters or more, and token-shaped text is redacted anyway.
const MIN_SECRET_LENGTH = 8;
// A rotating token's earlier values can still be echoed by a slow server: keep the last few.
const REMEMBERED = 4;
const MAX_DEPTH = 5;

export class Secrets {
  readonly #known: string[] = [];

  remember(token: string): void {
    if (token.length < MIN_SECRET_LENGTH || this.#known[0] === token) return;
    const at = this.#known.indexOf(token);
    if (at >= 0) this.#known.splice(at, 1);
    this.#known.unshift(token);
    if (this.#known.length > REMEMBERED) this.#known.length = REMEMBERED;
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.#known) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    TOKEN_SHAPED.lastIndex = 0;
    return TOKEN_SHAPED.test(out) ? out.replace(TOKEN_SHAPED, REDACTED) : out;
  }

  mentioned(text: string): boolean {
    return this.redact(text) !== text;
  }

  /** A JSON value (an error body) with every string redacted; the value itself when nothing needed it. */
  scrubValue<T>(value: T, depth = 0): T {
    if (typeof value === "string") return this.redact(value) as T;
    if (value === null || typeof value !== "object" || depth > MAX_DEPTH || !this.#mentionedIn(value, depth)) return value;
    if (Array.isArray(value)) return value.map((item) => this.scrubValue(item, depth + 1)) as T;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [this.redact(key), this.scrubValue(item, depth + 1)])) as T;
  }

  /** Headers with every value redacted; the same object when nothing needed it. */
  scrubHeaders(headers: Headers): Headers {
    let dirty = false;
    headers.forEach((value) => (dirty ||= this.mentioned(value)));
    if (!dirty) return headers;
    const copy = new Headers();
    headers.forEach((value, name) => copy.append(name, this.redact(value)));
    return copy;
  }

  /**
   * A thrown value as it may be kept as a `cause`: the same object when no view of it (message,
   * stack, own properties, causes) holds a secret, else a copy with the secrets redacted.
   */
  scrubError(error: unknown, depth = 0): unknown {
    if (typeof error === "string") return this.redact(error);
    if (!(error instanceof Error) || depth > MAX_DEPTH || !this.#mentionedIn(error, depth)) return error;
    const copy = new Error(this.redact(error.message));
    copy.name = error.name;
    copy.stack = this.redact(error.stack ?? `${error.name}: ${error.message}`);
    for (const [key, value] of Object.entries(error)) {
      (copy as unknown as Record<string, unknown>)[key] = key === "cause" ? undefined : this.scrubValue(value, depth + 1);
    }
    if (error.cause !== undefined) copy.cause = this.scrubError(error.cause, depth + 1);
    return copy;
  }

  #mentionedIn(value: unknown, depth: number): boolean {
    if (typeof value === "string") return this.mentioned(value);
    if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return false;
    if (value instanceof Error) {
      if (this.mentioned(`${value.name} ${value.message} ${value.stack ?? ""}`)) return true;
      if (value.cause !== undefined && this.#mentionedIn(value.cause, depth + 1)) return true;
    }
    for (const [key, item] of Object.entries(value)) {
      if (this.mentioned(key) || this.#mentionedIn(item, depth + 1)) return true;
    }
    return false;
  }
}

/** Text from a server or a thrown error, fit for a message: one line, no control characters, capped. */
export function cleanText(text: string, max = MAX_SERVER_TEXT): string {
  const flat = text.replace(CONTROL, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
