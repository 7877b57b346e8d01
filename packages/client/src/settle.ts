// An answer settled as a method resolves it: a 2xx becomes its body, checked against the kind the
// description declares for that status; any other status becomes the ApiError subclass of its
// status, with the token scrubbed from its headers and body.
import {
  ApiError,
  AuthenticationError,
  CopilotSpacesError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseBodyError,
  ServerError,
  ValidationError,
  type ApiErrorInit,
  type RequestTarget,
} from "./errors.js";
import type { Answer } from "./exchange.js";
import type { BodyKind, OperationSpec } from "./methods.js";
import type { CallSettings, ClientSettings } from "./options.js";
import { isRateLimited, rateLimitResetAt } from "./retry.js";
import { shownUrl } from "./secrets.js";
import type { ResponseInfo } from "./types.js";

export const isSuccess = (status: number) => status >= 200 && status <= 299;

/** A body as parsed: `notJson` when it did not parse (then `data` is its text). */
export interface ParsedBody {
  data: unknown;
  notJson: boolean;
}

const utf8 = new TextDecoder();

/** A body as the methods read it: empty → undefined; JSON → its value; anything else → its text. */
export function parseBody(answer: Answer): ParsedBody {
  if (answer.body === null || answer.body.byteLength === 0) return { data: undefined, notJson: false };
  const text = utf8.decode(answer.body);
  try {
    return { data: JSON.parse(text), notJson: false };
  } catch {
    // An error page that is not JSON (a proxy's HTML, say) is kept as text for the error.
    return { data: text, notJson: true };
  }
}

/** The request an answer is about, as an error shows it: the URL that answered, without credentials or token. */
export function answered(client: ClientSettings, call: CallSettings, answer: Answer): RequestTarget & { status: number } {
  return { operation: call.operation, method: call.method, url: shownUrl(answer.url, client.secrets), status: answer.status };
}

/** The ApiError of a non-2xx answer whose body parsed to `data`. */
export function apiErrorOf(client: ClientSettings, call: CallSettings, answer: Answer, data: unknown): ApiError {
  const { secrets } = client;
  const init: ApiErrorInit = { ...answered(client, call, answer), headers: secrets.scrubHeaders(answer.headers), body: secrets.scrubValue(data) };
  const { status, headers } = init;
  if (status === 429 || (status === 403 && isRateLimited(headers))) {
    return new RateLimitError({ ...init, resetAt: rateLimitResetAt(headers, client.now()) });
  }
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionDeniedError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 422) return new ValidationError(init);
  if (status >= 500 && status <= 599) return new ServerError(init);
  return new ApiError(init);
}

/** An answer as a method resolves it: its body checked against the description, or the ApiError of its status. */
export function settle(client: ClientSettings, call: CallSettings, spec: OperationSpec, answer: Answer, parsed: ParsedBody): ResponseInfo<unknown> {
  const { data, notJson } = parsed;
  if (!isSuccess(answer.status)) throw apiErrorOf(client, call, answer, data);
  const { response } = answer;
  // A fetch of the caller's may answer with a Response that has no url; the page walk needs it.
  if (response.url !== answer.url) Object.defineProperty(response, "url", { value: answer.url });
  const checked = checkSuccessBody(spec, answer.status, data, notJson, () => answered(client, call, answer));
  return { data: checked, status: answer.status, headers: answer.headers, response, fromCache: !!answer.fromCache };
}

/**
 * What openapi-fetch (or a middleware) threw, as the call throws it: a 2xx body it could not parse is
 * a ResponseBodyError; the client's own errors pass; anything else (a header value openapi-fetch's
 * Request refused, say) is kept with the token redacted from it.
 */
export function failureOf(client: ClientSettings, call: CallSettings, answer: Answer | undefined, error: unknown): unknown {
  if (error instanceof SyntaxError && answer && isSuccess(answer.status)) {
    return new ResponseBodyError(answered(client, call, answer), "with a body that is not JSON");
  }
  return error instanceof CopilotSpacesError ? error : client.secrets.scrubError(error);
}

/**
 * The body of a 2xx answer, checked against the kind the description declares for its status (for a
 * status it does not declare, the kind all its successes share). `data` is the body as parsed
 * (undefined when empty); `notJson` says it did not parse. `target` is asked only for an error.
 */
export function checkSuccessBody(
  spec: OperationSpec,
  status: number,
  data: unknown,
  notJson: boolean,
  target: () => RequestTarget & { status: number },
): unknown {
  const kind = spec.successes[status] ?? sharedKind(spec);
  if (kind === undefined || kind === "none") return kind === "none" ? undefined : data;
  const expected = kind === "object" ? "a JSON object" : kind === "array" ? "a JSON array" : "a JSON value";
  const fail = (what: string) => new ResponseBodyError(target(), `${what}, where the description declares ${expected}`);
  if (notJson) throw fail("with a body that is not JSON");
  if (data === undefined) throw fail("with an empty body");
  const got = data === null ? "null" : Array.isArray(data) ? "array" : typeof data;
  if ((kind === "object" && got !== "object") || (kind === "array" && got !== "array")) {
    throw fail(`with ${got === "array" || got === "object" ? `a JSON ${got}` : `JSON ${got}`}`);
  }
  return data;
}

function sharedKind(spec: OperationSpec): BodyKind | undefined {
  const kinds = new Set(Object.values(spec.successes));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}
