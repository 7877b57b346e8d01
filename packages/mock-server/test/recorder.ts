// A tiny recorder for the replay's tests: real exchanges with the kit's mock (its `fetch`), written as the proxy's
// `--record` writes them (HAR 1.2 entries shaped as src/cassettes/har.ts, sanitized with `Sanitizer.entry`), as if
// they had gone to a server under `base` (a GHES `https://HOST/api/v3`: the replay must find the API's path under it).
import { writeFileSync } from "node:fs";
import { operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { loadBundle } from "../src/core/load-bundle.js";
import type { Mock } from "../src/doors/fetch.js";
import { emptyCassette, harHeaders, type Cassette, type HarEntry } from "../src/cassettes/har.js";
import { Sanitizer } from "../src/cassettes/sanitize.js";

export const model = operationsOf(loadBundle(undefined));

/** A classic personal access token's shape: the sanitizer must leave none of it in a cassette. */
export const TOKEN = `ghp_${"R".repeat(36)}`;

/** The collection the store keeps whose list is paged: its list, create and get operations, from the bundle model. */
export function collection(): { list: ModelOperation; create: ModelOperation; get: ModelOperation } {
  const list = model.find(
    (m) => m.paging && m.resource?.action === "list" && m.resource.item && model.some((c) => c.path === m.path && c.resource?.action === "create"),
  )!;
  const create = model.find((m) => m.path === list.path && m.resource?.action === "create")!;
  const get = model.find((m) => m.path === list.resource!.item && m.resource?.action === "get")!;
  return { list, create, get };
}

/** The operation's path with its parameters filled in: the owner's name for the first, `id` for the others. */
export const pathOf = (operation: ModelOperation, owner: string, id?: number) => {
  let first = true;
  return operation.path.replace(/\{[^}]+\}/g, () => (first ? ((first = false), owner) : String(id)));
};

export interface Recording {
  entry: HarEntry;
  status: number;
  headers: Record<string, string>;
  text: string;
}

export function recorder(mock: Mock, base = "https://ghes.example/api/v3") {
  const sanitizer = new Sanitizer();
  const prefix = new URL(base).pathname.replace(/\/+$/, "");
  const origin = new URL(base).origin;
  return async (method: string, path: string, body?: unknown): Promise<Recording> => {
    const requestHeaders: Record<string, string> = { authorization: `Bearer ${TOKEN}`, accept: "application/vnd.github+json" };
    if (body !== undefined) requestHeaders["content-type"] = "application/json";
    const text = body === undefined ? undefined : JSON.stringify(body);
    const response = await mock.fetch(`${origin}${path}`, { method, headers: requestHeaders, ...(text === undefined ? {} : { body: text }) });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    // The server sits under the prefix: its Link URLs say so, as GHES's do.
    if (headers.link) headers.link = headers.link.replaceAll(`<${origin}/`, `<${origin}${prefix}/`);
    const answer = await response.text();
    const url = new URL(`${origin}${prefix}${path}`);
    const entry: HarEntry = {
      startedDateTime: new Date().toISOString(),
      time: 1,
      request: {
        method,
        url: url.href,
        httpVersion: "HTTP/1.1",
        cookies: [],
        headers: harHeaders(requestHeaders),
        queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
        ...(text === undefined ? {} : { postData: { mimeType: "application/json", text } }),
        headersSize: -1,
        bodySize: text?.length ?? 0,
      },
      response: {
        status: response.status,
        statusText: response.statusText,
        httpVersion: "HTTP/1.1",
        cookies: [],
        headers: harHeaders(headers),
        content: { size: answer.length, mimeType: headers["content-type"] ?? "", ...(answer === "" ? {} : { text: answer }) },
        redirectURL: "",
        headersSize: -1,
        bodySize: answer.length,
      },
      cache: {},
      timings: { send: 0, wait: 1, receive: 0 },
      _operationId: null,
      _pathParams: {},
      _violations: [],
    };
    return { entry: sanitizer.entry(entry), status: response.status, headers, text: answer };
  };
}

/** Writes the entries as one cassette file; its path. */
export function writeCassette(path: string, entries: HarEntry[]): string {
  const cassette: Cassette = emptyCassette("https://ghes.example/api/v3", "0.0.0-test");
  cassette.log.entries = entries;
  writeFileSync(path, JSON.stringify(cassette, null, 2));
  return path;
}
