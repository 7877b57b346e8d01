// The fetch door: `createMock()` gives a `fetch` that takes a WHATWG Request and resolves to a Response,
// with no port and no socket. Pass it as a client's `fetch` option, or call it from a test directly.
import type { Call, Reply } from "../core/call.js";
import { createCore, type MockOptions } from "../core/core.js";
import type { BodyText } from "../core/limits.js";

export type { MockOptions };

export interface Mock {
  /** Answers a request as GitHub would. */
  fetch: (request: Request) => Promise<Response>;
  /** Resolves once the requests in flight are answered; later calls to `fetch` reject. */
  close(): Promise<void>;
}

export async function createMock(options: MockOptions = {}): Promise<Mock> {
  const core = await createCore(options);
  return {
    fetch: async (request) => toResponse(await core.handle(callOf(request))),
    close: () => core.close(),
  };
}

function callOf(request: Request): Call {
  return {
    method: request.method.toUpperCase(),
    url: new URL(request.url),
    header: (name) => request.headers.get(name),
    readBody: (limit) => readBody(request, limit),
    discardBody: () => void request.body?.cancel().catch(() => undefined),
  };
}

function toResponse(reply: Reply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

async function readBody(request: Request, limit: number): Promise<BodyText> {
  if (Number(request.headers.get("content-length") ?? "0") > limit) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "too-large" };
  }
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
