// The one shape of an answer inside the core, and the Reply a door writes: GitHub's headers on every
// answer, the body as JSON text (made once for an answer served again and again: `text`).
import type { Reply } from "./call.js";
import { rateLimitHeaders } from "./rules/faults.js";
import { CORS_HEADERS } from "./rules/http-rules.js";

export const JSON_TYPE = "application/json; charset=utf-8";

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** `body` as JSON text, when it was made ahead of time. */
  text?: string;
  /** Another server's answer, passed on as it came (the proxy's): its headers and `text` only, none of GitHub's added. */
  passThrough?: true;
}

/** What every answer carries besides its own headers. */
export interface ReplyContext {
  method: string;
  requestId: string;
  /** The API version served, said in `x-github-api-version-selected`. */
  version: string | undefined;
  /** The mock's time, in ms since the epoch. */
  nowMs: number;
}

export function toReply(answer: Answer, { method, requestId, version, nowMs }: ReplyContext): Reply {
  if (answer.passThrough) return { status: answer.status, headers: answer.headers ?? {}, body: answer.text ?? null };
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    ...rateLimitHeaders(nowMs),
    "x-github-request-id": requestId,
    "x-github-media-type": "github.v3; format=json",
  };
  if (version) headers["x-github-api-version-selected"] = version;
  Object.assign(headers, answer.headers);
  // A replayed answer keeps the media type it was recorded with (the load check made sure it is the documented one).
  if (answer.body !== undefined && answer.headers?.["content-type"] === undefined) headers["content-type"] = JSON_TYPE;
  const bodyless = answer.body === undefined || method === "HEAD" || answer.status === 204 || answer.status === 304;
  return { status: answer.status, headers, body: bodyless ? null : (answer.text ?? JSON.stringify(answer.body)) };
}
