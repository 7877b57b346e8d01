// A panel's form → the request to send, or the first thing wrong with it, naming the field and the rule.
import type { TryItOperation } from "@copilot-spaces/tools/try-it-model";

export interface Form {
  /** The parameters' values by name, as typed. */
  values: Record<string, string>;
  body: string;
  token: string;
  /** Where the request goes: the description's server (for the mock), or the base URL typed for GitHub. */
  base: string;
  /** The `Prefer` header (mock only). */
  prefer: string;
}

export interface Prepared {
  url: string;
  init: RequestInit & { headers: Record<string, string> };
}

export class FormError extends Error {}

// GitHub's recommended media type (the curl samples send it too).
const ACCEPT = "application/vnd.github+json";

export function prepare(operation: TryItOperation, form: Form): Prepared {
  const base = baseUrl(form.base);
  const missing = operation.parameters.find((p) => p.required && form.values[p.name]!.trim() === "");
  if (missing) throw new FormError(`${missing.name}: required (${missing.in} parameter)`);
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(form.values[name]!.trim()));
  const url = new URL(`${base.href.replace(/\/$/, "")}${path}`);
  const headers: Record<string, string> = { accept: ACCEPT };
  for (const parameter of operation.parameters) {
    const value = form.values[parameter.name]!.trim();
    if (value === "") continue;
    if (parameter.in === "query") url.searchParams.set(parameter.name, value);
    if (parameter.in === "header") headers[parameter.name.toLowerCase()] = value;
  }
  if (form.token.trim() !== "") headers.authorization = `Bearer ${form.token.trim()}`;
  if (form.prefer !== "") headers.prefer = form.prefer;
  const init: Prepared["init"] = { method: operation.method, headers };
  if (operation.body !== undefined && form.body.trim() !== "") {
    try {
      JSON.parse(form.body);
    } catch (error) {
      throw new FormError(`Body: not JSON (${(error as Error).message})`);
    }
    headers["content-type"] = "application/json";
    init.body = form.body;
  }
  return { url: url.href, init };
}

/** The base URL typed for GitHub: https, or http to this machine (a local mock server); no credentials, query or fragment. */
export function baseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new FormError(`Base URL: not a URL (e.g. https://api.github.com, https://api.SUBDOMAIN.ghe.com, https://HOST/api/v3)`);
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) throw new FormError("Base URL: must be https (http only to localhost or 127.0.0.1)");
  if (url.username || url.password || url.search || url.hash) throw new FormError("Base URL: no credentials, query or fragment");
  return url;
}
