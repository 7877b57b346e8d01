// The front of the mock, on node:http: it does what GitHub does and Prism does not, and hands the
// rest to Prism (routing, request validation, examples, Prefer).
//   in:  GitHub's Accept types; a JSON body whatever its Content-Type says; `token` or `Bearer`.
//   out: GitHub's error bodies, `Content-Type: application/json; charset=utf-8`, list pages with a
//        `Link` header that leads back to the mock, and an `x-github-request-id`.
import { randomUUID } from "node:crypto";
import { Agent, request, type IncomingMessage, type ServerResponse } from "node:http";
import { githubError, locationOf, parseViolations, toGitHubError, type GitHubErrorItem, type PrismViolation } from "./github-errors.js";
import { page, type ListOperation } from "./pagination.js";

export interface FrontOptions {
  /** Where Prism listens now (it may be restarted on another port). */
  prismUrl: () => string;
  lists: ListOperation[];
  /** What the 422 `errors[]` items name as their resource. */
  resource: string;
  /** Request bodies larger than this are refused (413). */
  maxBodyBytes?: number;
}

const JSON_TYPE = "application/json; charset=utf-8";
// GitHub's media types: its vendor type (with a version, a body format, or both) and plain JSON.
const GITHUB_MEDIA = /^application\/(vnd\.github(\.v3)?(\.(raw|text|html|full))?\+json|vnd\.github(\.v3)?|json|\*)$|^\*\/\*$/;

export type Answer = { status: number; headers: Record<string, string>; body?: string };

/** Prism's answer, read whole. */
interface PrismAnswer {
  status: number;
  headers: IncomingMessage["headers"];
  text: string;
}

export function createFront(options: FrontOptions) {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  // Kept-alive sockets to Prism: node:http costs the front far less per request than fetch does.
  const agent = new Agent({ keepAlive: true, maxSockets: 128 });

  function askPrism(method: string, path: string, headers: Record<string, string>, body: string): Promise<PrismAnswer> {
    return new Promise((resolvePromise, reject) => {
      const outgoing = request(new URL(path, options.prismUrl()), { method, headers, agent }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => resolvePromise({ status: incoming.statusCode ?? 502, headers: incoming.headers, text: Buffer.concat(chunks).toString("utf8") }));
        incoming.on("error", reject);
      });
      outgoing.on("error", reject);
      outgoing.end(body.length > 0 ? body : undefined);
    });
  }

  async function handle(req: IncomingMessage): Promise<Answer> {
    const url = new URL(req.url ?? "/", "http://mock.invalid");
    const accept = req.headers.accept;
    if (accept !== undefined && !acceptsJson(accept)) {
      return json(415, {
        message: `Unsupported 'Accept' header: ${JSON.stringify(accept.split(",").map((t) => t.trim()))}. Must accept 'application/json'.`,
        documentation_url: "https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types",
        status: "415",
      });
    }
    const token = bearerToken(req.headers.authorization);
    if (!token) return json(401, githubError(401, "Requires authentication"));
    // Prism 5.14 dies on a path with a broken percent-escape (%E0%A4%A): no route has such a path.
    if (!decodes(url.pathname)) return json(404, githubError(404, "Not Found"));

    const raw = await readBody(req, maxBodyBytes);
    if (raw === "too-large") return json(413, githubError(413, `The request body is larger than ${maxBodyBytes} bytes`));
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch (error) {
        return json(
          422,
          githubError(422, "Validation Failed", [
            { resource: options.resource, field: "body", code: "invalid", message: `Problems parsing JSON: ${(error as Error).message}` },
          ]),
        );
      }
    }

    const forward: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
    for (const name of ["prefer", "x-github-api-version"]) {
      const value = req.headers[name];
      if (typeof value === "string") forward[name] = value;
    }
    if (raw.length > 0) {
      forward["content-type"] = "application/json";
      forward["content-length"] = String(Buffer.byteLength(raw));
    }
    let prism: PrismAnswer;
    try {
      prism = await askPrism(req.method ?? "GET", `${url.pathname}${url.search}`, forward, raw);
    } catch {
      return json(503, githubError(503, "The mock's Prism process is not answering"));
    }
    const { text } = prism;
    const violations = parseViolations(header(prism, "sl-violations"));
    const problem = header(prism, "content-type")?.includes("problem+json") ? (safeJson(text) as { validation?: PrismViolation[] }) : undefined;
    const allViolations = [...violations, ...(problem?.validation ?? [])];

    // GitHub's router answers 404 to a path whose parameters do not fit (space_number=abc).
    if (allViolations.some((v) => locationOf(v)[0] === "path")) return json(404, githubError(404, "Not Found"));
    if (prism.status === 422 && allViolations.length > 0 && !forward.prefer) {
      const errors: GitHubErrorItem[] = allViolations.map((v) => toGitHubError(v, options.resource, { body, query: url.searchParams }));
      return json(422, githubError(422, "Validation Failed", errors));
    }
    if (problem) return json(prism.status, githubError(prism.status, prism.status === 404 || prism.status === 405 ? "Not Found" : String((problem as { title?: string }).title ?? "Error")));
    if (prism.status === 401) return json(401, githubError(401, "Requires authentication"));

    // Lists come from the fixed set, paged, unless the caller asked Prism for something else.
    const list = req.method === "GET" && prism.status === 200 && !forward.prefer ? options.lists.find((l) => l.pattern.test(url.pathname)) : undefined;
    if (list) {
      const result = page(list, url.searchParams, `http://${req.headers.host ?? "127.0.0.1"}`, url.pathname);
      if (!result.ok) {
        return json(422, githubError(422, "Validation Failed", [{ resource: options.resource, field: result.field, code: "invalid", value: result.value }]));
      }
      return json(200, result.body, result.link ? { link: result.link } : {});
    }
    const headers: Record<string, string> = {};
    const link = header(prism, "link");
    if (link) headers.link = link;
    if (text.length === 0) return { status: prism.status, headers };
    return { status: prism.status, headers: { "content-type": JSON_TYPE, ...headers }, body: text };
  }

  return { handle, close: () => agent.destroy() };
}

/** Writes an answer, with GitHub's request id. */
export function send(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, { "x-github-request-id": randomUUID().toUpperCase(), ...answer.headers });
  res.end(answer.body);
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { "content-type": JSON_TYPE, ...headers }, body: JSON.stringify(value) };
}

function acceptsJson(accept: string): boolean {
  const types = accept.split(",").map((part) => part.split(";")[0]!.trim().toLowerCase()).filter(Boolean);
  return types.length === 0 || types.some((type) => GITHUB_MEDIA.test(type));
}

/** GitHub takes `Bearer <token>` and `token <token>`. */
function bearerToken(header: string | undefined): string | undefined {
  const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}

function header(answer: PrismAnswer, name: string): string | null {
  const value = answer.headers[name];
  return typeof value === "string" ? value : null;
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | "too-large"> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return "too-large";
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
