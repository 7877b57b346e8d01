// GitHub's error bodies: the one place the mock builds one. The messages GitHub's description holds as
// named examples (Not Found, Requires authentication, Validation Failed, Problems parsing JSON, …) are
// read from it; a 422's `errors` are built here whether Prism, the paging or the store found the problem.
import type { Violation } from "../engine/prism-engine.js";
import type { StoreRefusal } from "../store/store.js";
import type { Answer } from "./answer.js";

export const DOCUMENTATION_URL = "https://docs.github.com/rest";

export interface GitHubErrorItem {
  resource: string;
  field: string;
  code: string;
  message?: string;
  value?: string | number | boolean | null;
}

export interface GitHubError {
  message: string;
  documentation_url: string;
  status: string;
  errors?: GitHubErrorItem[];
}

/** The description's named examples whose bodies the mock answers with, by what they are. */
const NAMED = {
  notFound: "not-found",
  requiresAuthentication: "requires-authentication",
  validationFailed: "validation-failed",
  problemsParsingJson: "bad-request-json",
  notAnObject: "bad-request-not-object",
  badCredentials: "bad-credentials",
  notAccessibleByIntegration: "not-accessible-by-integration",
  notAccessibleByPersonalAccessToken: "not-accessible-by-personal-access-token",
} as const;

export type GitHubErrors = ReturnType<typeof githubErrors>;

/** GitHub's error answers, their words read from the bundle's named examples; a bundle that lacks one is refused. */
export function githubErrors(bundle: { components?: { examples?: Record<string, { value?: unknown }> } }) {
  const named = Object.fromEntries(
    Object.entries(NAMED).map(([what, name]) => {
      const value = bundle.components?.examples?.[name]?.value as Partial<GitHubError> | undefined;
      if (typeof value?.message !== "string" || !/^\d{3}$/.test(String(value.status)))
        throw new Error(`the bundle has no example "${name}" (components.examples) with a message and a status: the mock answers with it`);
      return [what, { status: Number(value.status), message: value.message, documentationUrl: value.documentation_url ?? DOCUMENTATION_URL }];
    }),
  ) as Record<keyof typeof NAMED, { status: number; message: string; documentationUrl: string }>;
  const rateLimited = rateLimitWords(bundle);
  const of = (what: keyof typeof NAMED): Answer => error(named[what].status, named[what].message, { documentationUrl: named[what].documentationUrl });

  /** A 422 naming each field: the one place its body is made. */
  const validationFailed = (errors: GitHubErrorItem[]): Answer => {
    const { status, message, documentationUrl } = named.validationFailed;
    return error(status, message, { errors, documentationUrl });
  };
  /** A 422 for one field the mock itself refused (a cursor, a page size, a nested item's id). */
  const invalidField = (resource: string, field: string, value?: string | number, code = "invalid"): Answer =>
    validationFailed([{ resource, field, code, ...(value === undefined ? {} : { value }) }]);

  return {
    notFound: () => of("notFound"),
    requiresAuthentication: () => of("requiresAuthentication"),
    problemsParsingJson: () => of("problemsParsingJson"),
    notAnObject: () => of("notAnObject"),
    badCredentials: () => of("badCredentials"),
    /** GitHub's 403 to a token that may not do this: "… by integration" for app tokens, "… by personal access token" for PATs. */
    notAccessible: (by: "integration" | "personal-access-token", headers: Record<string, string>): Answer => ({
      ...of(by === "integration" ? "notAccessibleByIntegration" : "notAccessibleByPersonalAccessToken"),
      headers,
    }),
    /**
     * GitHub's rate-limit answer (403 unless said otherwise), its words from the description's example
     * with this request's ID and time in place of the example's.
     */
    rateLimited(limit: "primary" | "secondary", context: { requestId: string; nowMs: number; status?: 403 | 429; headers: Record<string, string> }): Answer {
      const { message, documentationUrl } = rateLimited[limit];
      const stamped = message
        .replace(/request ID [0-9A-Fa-f:-]+/, `request ID ${context.requestId}`)
        .replace(/timestamp [0-9][0-9:\- TZ]*?UTC/, `timestamp ${new Date(context.nowMs).toISOString().replace("T", " ").slice(0, 19)} UTC`);
      return error(context.status ?? 403, stamped, { documentationUrl, headers: context.headers });
    },
    validationFailed,
    invalidField,
    /**
     * Invalid input, with its real findings: a path parameter that does not fit is GitHub's router's
     * 404, anything else a 422 naming each field.
     */
    fromViolations(violations: Violation[], resource: string, input: { body?: unknown; query?: URLSearchParams }): Answer | undefined {
      if (violations.length === 0) return undefined;
      if (violations.some((v) => v.location[0] === "path")) return of("notFound");
      return validationFailed(violations.map((v) => toGitHubError(v, resource, input)));
    },
    /** Why the store refused a valid request, in GitHub's words. */
    fromRefusal(refusal: StoreRefusal, resource: string): Answer {
      switch (refusal.kind) {
        case "not-found":
          return of("notFound");
        case "invalid":
          return invalidField(resource, refusal.field, refusal.value, refusal.code);
        case "limit":
          return error(403, `Mock limit reached: ${refusal.why}`);
      }
    },
  };
}

/** The description's rate-limit examples, on its 403 and 429 answers. */
export const RATE_LIMIT_EXAMPLES = { primary: "primary-rate-limit", secondary: "secondary-rate-limit" } as const;

/** The two rate-limit examples' words. */
function rateLimitWords(bundle: { components?: { examples?: Record<string, { value?: unknown }> } }) {
  const words = (name: string) => {
    const value = bundle.components?.examples?.[name]?.value as Partial<GitHubError> | undefined;
    if (typeof value?.message !== "string")
      throw new Error(`the bundle has no example "${name}" (components.examples) with a message: the mock answers a spent rate limit with it`);
    return { message: value.message, documentationUrl: value.documentation_url ?? DOCUMENTATION_URL };
  };
  return { primary: words(RATE_LIMIT_EXAMPLES.primary), secondary: words(RATE_LIMIT_EXAMPLES.secondary) };
}

/** An error answer in GitHub's shape, for the mock's own messages (those no description example holds). */
export function error(
  status: number,
  message: string,
  options: { errors?: GitHubErrorItem[]; documentationUrl?: string; headers?: Record<string, string> } = {},
): Answer {
  const body: GitHubError = {
    message,
    ...(options.errors ? { errors: options.errors } : {}),
    documentation_url: options.documentationUrl ?? DOCUMENTATION_URL,
    status: String(status),
  };
  return { status, body, ...(options.headers ? { headers: options.headers } : {}) };
}

/**
 * A violation as GitHub reports it: the field as a dotted path within the body or the query
 * (`resources_attributes.0.resource_type`), `missing_field` for a required one, `invalid` otherwise.
 * The rejected value is echoed only when it is a scalar, and a string only up to MAX_ECHOED_LENGTH:
 * never an object, an array or a long text a caller sent.
 */
export function toGitHubError(violation: Violation, resource: string, input: { body?: unknown; query?: URLSearchParams }): GitHubErrorItem {
  const [where, ...path] = violation.location;
  const required = violation.code === "required" ? /required property '([^']+)'/.exec(violation.message)?.[1] : undefined;
  const field = [...path, ...(required ? [required] : [])].join(".") || (where ?? "request");
  const item: GitHubErrorItem = {
    resource,
    field,
    code: required ? "missing_field" : "invalid",
    message: violation.message.replace(/^Request (body|query parameter|path parameter|header parameter)\s*/, "").trim() || violation.message,
  };
  const value = where === "body" ? valueAt(input.body, path) : where === "query" && path[0] ? input.query?.get(path[0]) : undefined;
  if (!required && isScalar(value)) item.value = value;
  return item;
}

const MAX_ECHOED_LENGTH = 256;
const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && value.length <= MAX_ECHOED_LENGTH);

function valueAt(body: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), body);
}
