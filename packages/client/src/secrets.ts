// Keeps tokens out of everything the client shows: error messages, causes, error bodies and log
// lines. Every token the client sends is remembered (a token function's results too) and replaced by
// [REDACTED] wherever it turns up, and so is anything shaped like a GitHub token; text a server sent
// is also stripped of control characters and capped before it enters a message.
import { tokenShaped } from "@copilot-spaces/tools/token-shapes";

export const REDACTED = "[REDACTED]";

// GitHub's token formats (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_): the one pattern the mock's journal and
// the proxy's cassettes redact with too. Inlined by the build; tools is not a dependency at run time.
const TOKEN_SHAPED = tokenShaped();

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
  /** Each token, and each as it reads inside JSON text where that differs (a token may hold `"` or `\`). */
  readonly #known: string[] = [];

  remember(token: string): void {
    if (token.length < MIN_SECRET_LENGTH || this.#known[0] === token) return;
    const forms = [token, JSON.stringify(token).slice(1, -1)].filter((form, i, all) => all.indexOf(form) === i);
    for (const form of forms) {
      const at = this.#known.indexOf(form);
      if (at >= 0) this.#known.splice(at, 1);
    }
    this.#known.unshift(...forms);
    if (this.#known.length > REMEMBERED * 2) this.#known.length = REMEMBERED * 2;
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.#known) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    // replace() with a global pattern starts from 0 and returns the same string when nothing matches.
    return out.replace(TOKEN_SHAPED, REDACTED);
  }

  mentioned(text: string): boolean {
    return this.redact(text) !== text;
  }

  /**
   * A JSON value (an error body) with every secret redacted, however deep; the value itself when
   * it holds none. Redacting its JSON text is safe: what is replaced is a token, and [REDACTED]
   * needs no escaping.
   */
  scrubValue<T>(value: T): T {
    if (typeof value === "string") return this.redact(value) as T;
    if (value === null || typeof value !== "object") return value;
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch {
      return withheld(value) as T;
    }
    if (text === undefined) return value;
    const redacted = this.redact(text);
    return redacted === text ? value : (JSON.parse(redacted) as T);
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
   * A thrown value as it may be kept as a `cause`. An Error comes back as it is when nothing in it
   * can hold a secret: message, stack and every own property (enumerable or not, such as an
   * AggregateError's `errors`) are primitives, plain JSON or clean Errors without one. Otherwise it
   * is copied: text redacted, Errors scrubbed in turn, plain values redacted, and anything else (a
   * Request carrying the token in its headers, a socket…) withheld.
   */
  scrubError(error: unknown, depth = 0): unknown {
    if (typeof error === "string") return this.redact(error);
    if (error === null || typeof error !== "object") return error;
    if (!(error instanceof Error)) return isPlain(error) ? this.scrubValue(error) : withheld(error);
    if (this.#isClean(error, depth)) return error;
    const copy = new Error(this.redact(error.message));
    copy.name = this.redact(error.name);
    copy.stack = this.redact(error.stack ?? `${error.name}: ${error.message}`);
    for (const key of ownKeys(error)) {
      const descriptor = Object.getOwnPropertyDescriptor(error, key);
      const value: unknown = descriptor && "value" in descriptor ? descriptor.value : undefined;
      const deep = depth >= MAX_DEPTH && value !== null && typeof value === "object";
      const scrubbed = deep ? withheld(value) : value instanceof Error ? this.scrubError(value, depth + 1) : this.#scrubProperty(value);
      Object.defineProperty(copy, key, { value: scrubbed, enumerable: descriptor?.enumerable ?? true, writable: true, configurable: true });
    }
    return copy;
  }

  #scrubProperty(value: unknown): unknown {
    if (value === null || typeof value !== "object") return typeof value === "string" ? this.redact(value) : value;
    return Array.isArray(value)
      ? value.map((item) => (item instanceof Error ? this.scrubError(item) : this.#scrubProperty(item)))
      : isPlain(value)
        ? this.scrubValue(value)
        : withheld(value);
  }

  #isClean(error: Error, depth: number): boolean {
    if (depth > MAX_DEPTH || this.mentioned(`${error.name} ${error.message} ${error.stack ?? ""}`)) return false;
    return ownKeys(error).every((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(error, key);
      if (!descriptor || !("value" in descriptor)) return false;
      return this.#isCleanValue(descriptor.value, depth);
    });
  }

  #isCleanValue(value: unknown, depth: number): boolean {
    if (value === null || value === undefined) return true;
    if (typeof value === "string") return !this.mentioned(value);
    if (typeof value !== "object") return typeof value !== "function";
    if (value instanceof Error) return this.#isClean(value, depth + 1);
    if (Array.isArray(value)) return value.every((item) => this.#isCleanValue(item, depth + 1));
    if (!isPlain(value)) return false;
    try {
      return !this.mentioned(JSON.stringify(value) ?? "");
    } catch {
      return false;
    }
  }
}

/** An Error's own properties, enumerable or not, less the two it is rebuilt from. */
const ownKeys = (error: Error) => Object.getOwnPropertyNames(error).filter((key) => key !== "message" && key !== "stack");

const isPlain = (value: object) => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null || Array.isArray(value);
};

/** What stands in for a value the client cannot look inside, so cannot clear of a token. */
function withheld(value: unknown): string {
  const name = value !== null && typeof value === "object" ? ((value as object).constructor?.name ?? "object") : typeof value;
  return `[${name} withheld: it may hold a token]`;
}

/** Text from a server or a thrown error, fit for a message: one line, no control characters, capped. */
export function cleanText(text: string, max = MAX_SERVER_TEXT): string {
  const flat = text.replace(CONTROL, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A URL as it may be shown: user info (`https://user:secret@host`) removed. */
export function withoutCredentials(url: string): string {
  if (!url.includes("@")) return url;
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url;
  }
}

/** A URL as it may appear in a message or a log line: no credentials, no token. */
export function shownUrl(url: string, secrets: Secrets): string {
  return secrets.redact(withoutCredentials(url));
}
