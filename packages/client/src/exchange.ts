// What an attempt sends and what it reads back. The client reads every answer to its end itself (so
// that the timeout covers the body and a failure there is retried like any other), then hands
// openapi-fetch a Response made from the bytes it read.

/** What an attempt sends. `request`, when set, is sent as it is (a request without a body, on its first attempt). */
export interface Outgoing {
  url: string;
  method: string;
  headers: Headers;
  body: ArrayBuffer | null;
  request?: Request | undefined;
}

/** An answer read to its end. */
export interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  /** The URL that answered (after redirects). */
  url: string;
  body: ArrayBuffer | null;
  /** The Response as fetch gave it, its body already read. */
  response: Response;
  /** A 304 answered from the cache: status, body and headers are the cached 200's. */
  fromCache?: boolean;
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** A Response made from an answer already read, for openapi-fetch to parse; its `url` is the one that answered. */
export function toResponse(answer: Answer): Response {
  const response = new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  });
  Object.defineProperty(response, "url", { value: answer.url });
  return response;
}
