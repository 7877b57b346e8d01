// The errors the client throws. Every one extends CopilotSpacesError. A message says which operation,
// which request (the real URL, without credentials) and what went wrong; text that came from a server
// or from a thrown error is cleaned and redacted before it gets here (see secrets.ts), and the client
// never puts request headers into an error.
import { access } from "./load-access.js";
import { cleanText } from "./secrets.js";

/** One problem of a 422 answer, as GitHub reports it. */
export interface ValidationErrorDetail {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
  index?: number;
  value?: unknown;
}

/** Which request an error is about. `url` is the one sent, as it may be shown. */
export interface RequestTarget {
  /** The client method, such as `copilotSpaces.getForOrg`, when the request is one of the description's. */
  operation?: string | undefined;
  method: string;
  url: string;
}

const describeTarget = (target: RequestTarget) => `${target.operation ? `${target.operation}: ` : ""}${target.method} ${target.url}`;

export class CopilotSpacesError extends Error {
  override name = "CopilotSpacesError";
}

export interface ApiErrorInit extends RequestTarget {
  status: number;
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
  /** The client method, such as `copilotSpaces.getForOrg`, when known. */
  readonly operation: string | undefined;
  /** GitHub's `x-github-request-id`, to quote when asking GitHub Support. */
  readonly requestId: string | undefined;
  readonly documentationUrl: string | undefined;
  /** The answer's headers. */
  readonly headers: Headers;
  /** The answer's body: GitHub's error object when it sent JSON, else its text. */
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    const body = init.body as { message?: unknown; documentation_url?: unknown } | undefined;
    const githubMessage = typeof body?.message === "string" ? cleanText(body.message) : "";
    super(`${describeTarget(init)} answered ${init.status}${githubMessage ? `: ${githubMessage}` : ""}`);
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.operation = init.operation;
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
      operation: this.operation,
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

/** 403: the token may not do this (and it is not a rate limit); the message names what to grant when GitHub's headers say. */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
  /** `X-Accepted-GitHub-Permissions`: the permission sets any one of which would do (`[{ organization_copilot_spaces: "write" }]`). */
  readonly acceptedPermissions: Array<Record<string, string>> | undefined;
  /** `X-Accepted-OAuth-Scopes`: the scopes GitHub checks for. */
  readonly acceptedScopes: string[] | undefined;
  /** `X-OAuth-Scopes`: the scopes the (classic or OAuth app) token has. */
  readonly tokenScopes: string[] | undefined;

  constructor(init: ApiErrorInit) {
    super(init);
    const read = access?.accessHeaders(init.headers);
    ({ acceptedPermissions: this.acceptedPermissions, acceptedScopes: this.acceptedScopes, tokenScopes: this.tokenScopes } = read ?? {});
    const missing = read && access!.missingAccess(read);
    if (missing) this.message = `${this.message} (${cleanText(missing)})`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), acceptedPermissions: this.acceptedPermissions, acceptedScopes: this.acceptedScopes, tokenScopes: this.tokenScopes };
  }
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
    const fields = this.errors.map((e) => [e?.field, e?.code].filter((part) => typeof part === "string" && part !== "").join(" ")).filter(Boolean);
    if (fields.length > 0) this.message = `${this.message} (${cleanText(fields.join("; "))})`;
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

/** When an attempt failed: while the token function was asked, before the answer's headers came, or while its body was read. */
export type Phase = "token" | "request" | "body";

const during = (phase: Phase) => (phase === "body" ? " while its answer's body was read" : phase === "token" ? " while the token function was asked" : "");

/** The connection failed (DNS, refused, reset, TLS…) before the whole answer came. */
export class ConnectionError extends CopilotSpacesError {
  override name = "ConnectionError";
  readonly phase: Phase;
  constructor(target: RequestTarget, options: { cause: unknown; phase?: Phase }) {
    const cause = options.cause;
    const inner = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
    const phase = options.phase ?? "request";
    super(`${describeTarget(target)} ${phase === "body" ? "lost the connection while its answer's body was read" : "got no answer"}: ${cleanText(inner)}`, {
      cause,
    });
    this.phase = phase;
  }
}

/** An attempt took longer than `timeoutMs` (reading the body included), and no retry was left. */
export class TimeoutError extends CopilotSpacesError {
  override name = "TimeoutError";
  readonly phase: Phase;
  constructor(
    target: RequestTarget,
    readonly timeoutMs: number,
    phase: Phase = "request",
  ) {
    super(`${describeTarget(target)} timed out after ${timeoutMs} ms${during(phase)}`);
    this.phase = phase;
  }
}

/** The caller's AbortSignal ended the call; `cause` is the signal's reason. */
export class AbortError extends CopilotSpacesError {
  override name = "AbortError";
  constructor(target: RequestTarget, options: { cause?: unknown; phase?: Phase } = {}) {
    super(`${describeTarget(target)} was aborted by the caller${during(options.phase ?? "request")}`, { cause: options.cause });
  }
}

/** A client option or a method parameter breaks a rule; `field` names it. Nothing was sent. */
export class InvalidArgumentError extends CopilotSpacesError {
  override name = "InvalidArgumentError";
  constructor(
    readonly field: string,
    rule: string,
  ) {
    super(`${field}: ${rule}`);
  }
}

/** The token function threw or rejected; `cause` is what it threw, with anything token-shaped redacted. Nothing was sent. */
export class TokenSourceError extends CopilotSpacesError {
  override name = "TokenSourceError";
  constructor(target: RequestTarget, options: { cause: unknown }) {
    const cause = options.cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${describeTarget(target)}: the token function failed, so nothing was sent: ${cleanText(reason)}`, { cause });
  }
}

/** A redirect the client does not follow: to another origin, in a loop, or too many. Nothing was sent there. */
export class RedirectError extends CopilotSpacesError {
  override name = "RedirectError";
  /** Where the server redirected to (without credentials). */
  readonly location: string;
  readonly status: number;
  constructor(target: RequestTarget, init: { status: number; location: string; reason: string }) {
    super(`${describeTarget(target)} answered ${init.status} redirecting to ${cleanText(init.location)}: ${init.reason}`);
    this.location = init.location;
    this.status = init.status;
  }
}

/** A 2xx answer whose body is not what the description declares (empty, not JSON, or JSON of another kind). */
export class ResponseBodyError extends CopilotSpacesError {
  override name = "ResponseBodyError";
  readonly status: number;
  readonly url: string;
  readonly operation: string | undefined;
  constructor(target: RequestTarget & { status: number }, problem: string) {
    super(`${describeTarget(target)} answered ${target.status} ${problem}`);
    this.status = target.status;
    this.url = target.url;
    this.operation = target.operation;
  }
}

/** A list's `Link` header cannot be followed safely. */
export class PaginationError extends CopilotSpacesError {
  override name = "PaginationError";
}
