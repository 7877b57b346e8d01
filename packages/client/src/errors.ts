// The errors the client throws. Every one extends CopilotSpacesError; an HTTP answer that is not 2xx
// throws an ApiError subclass chosen by status. Messages say what was asked and what GitHub answered;
// they never hold the token (the client never puts request headers into an error).

/** One problem of a 422 answer, as GitHub reports it. */
export interface ValidationErrorDetail {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
  index?: number;
  value?: unknown;
}

export class CopilotSpacesError extends Error {
  override name = "CopilotSpacesError";
}

export interface ApiErrorInit {
  status: number;
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

/** GitHub answered with a status that is not 2xx. */
export class ApiError extends CopilotSpacesError {
  override name = "ApiError";
  readonly status: number;
  readonly method: string;
  /** The request URL, without credentials. */
  readonly url: string;
  /** GitHub's `x-github-request-id`, to quote when asking GitHub Support. */
  readonly requestId: string | undefined;
  readonly documentationUrl: string | undefined;
  /** The answer's headers. */
  readonly headers: Headers;
  /** The answer's body: GitHub's error object when it sent JSON, else its text. */
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    const body = init.body as { message?: unknown; documentation_url?: unknown } | undefined;
    const githubMessage = typeof body?.message === "string" ? body.message : undefined;
    const url = withoutCredentials(init.url);
    super(`${init.method} ${url} answered ${init.status}${githubMessage ? `: ${githubMessage}` : ""}`);
    this.status = init.status;
    this.method = init.method;
    this.url = url;
    this.requestId = init.headers.get("x-github-request-id") ?? undefined;
    this.documentationUrl = typeof body?.documentation_url === "string" ? body.documentation_url : undefined;
    this.headers = init.headers;
    this.body = init.body;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      url: this.url,
      requestId: this.requestId,
      documentationUrl: this.documentationUrl,
    };
  }
}

/** 401: the token is missing, malformed, expired or revoked. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}

/** 403: the token may not do this (and it is not a rate limit). */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}

/** 404: no such resource, or not visible to the token. */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}

/** 422: the request failed validation; `errors` names each field and what was wrong. */
export class ValidationError extends ApiError {
  override name = "ValidationError";
  readonly errors: ValidationErrorDetail[];

  constructor(init: ApiErrorInit) {
    super(init);
    const errors = (init.body as { errors?: unknown } | undefined)?.errors;
    this.errors = Array.isArray(errors) ? (errors as ValidationErrorDetail[]) : [];
    const fields = this.errors.map((e) => [e.field, e.code].filter(Boolean).join(" ")).filter(Boolean);
    if (fields.length > 0) this.message = `${this.message} (${fields.join("; ")})`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), errors: this.errors };
  }
}

/** 429, or 403 with `x-ratelimit-remaining: 0` or `retry-after`: GitHub's primary or secondary rate limit. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  /** When the limit resets, from `retry-after` or `x-ratelimit-reset`, if GitHub said. */
  readonly resetAt: Date | undefined;

  constructor(init: ApiErrorInit & { resetAt?: Date | undefined }) {
    super(init);
    this.resetAt = init.resetAt;
    if (init.resetAt) this.message = `${this.message} (rate limit resets at ${init.resetAt.toISOString()})`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), resetAt: this.resetAt?.toISOString() };
  }
}

/** 5xx: GitHub failed to answer. */
export class ServerError extends ApiError {
  override name = "ServerError";
}

/** The request did not get an answer: DNS, refused or reset connection, TLS… */
export class ConnectionError extends CopilotSpacesError {
  override name = "ConnectionError";
  constructor(method: string, url: string, options: { cause: unknown }) {
    const reason = options.cause instanceof Error ? (options.cause.cause as Error | undefined)?.message ?? options.cause.message : String(options.cause);
    super(`${method} ${withoutCredentials(url)} got no answer: ${reason}`, options);
  }
}

/** An attempt took longer than `timeoutMs`, and no retry was left. */
export class TimeoutError extends CopilotSpacesError {
  override name = "TimeoutError";
  constructor(method: string, url: string, readonly timeoutMs: number) {
    super(`${method} ${withoutCredentials(url)} timed out after ${timeoutMs} ms`);
  }
}

/** The caller's AbortSignal ended the call. */
export class AbortError extends CopilotSpacesError {
  override name = "AbortError";
  constructor(method: string, url: string, options: { cause?: unknown } = {}) {
    super(`${method} ${withoutCredentials(url)} was aborted by the caller`, options);
  }
}

/** A client option or a method parameter breaks a rule; `field` names it. Nothing was sent. */
export class InvalidArgumentError extends CopilotSpacesError {
  override name = "InvalidArgumentError";
  constructor(readonly field: string, rule: string) {
    super(`${field}: ${rule}`);
  }
}

/** A list's `Link` header cannot be followed safely. */
export class PaginationError extends CopilotSpacesError {
  override name = "PaginationError";
}

/** A URL as it may be shown: user info (`https://user:secret@host`) removed. */
export function withoutCredentials(url: string): string {
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

/** Picks the error class for a non-2xx answer. */
export function apiErrorFor(init: ApiErrorInit, rateLimitResetAt: (headers: Headers) => Date | undefined): ApiError {
  const { status, headers } = init;
  if (status === 429 || (status === 403 && isRateLimited(headers))) {
    return new RateLimitError({ ...init, resetAt: rateLimitResetAt(headers) });
  }
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionDeniedError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 422) return new ValidationError(init);
  if (status >= 500) return new ServerError(init);
  return new ApiError(init);
}

/** GitHub's signs of a rate limit on a 403: no requests left, or a secondary limit's `retry-after`. */
export function isRateLimited(headers: Headers): boolean {
  return headers.get("x-ratelimit-remaining") === "0" || headers.has("retry-after");
}
