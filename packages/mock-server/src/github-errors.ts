// GitHub's error bodies, and the translation of Prism's validation findings into them.

export const DOCUMENTATION_URL = "https://docs.github.com/rest";

export interface GitHubErrorItem {
  resource: string;
  field: string;
  code: string;
  message?: string;
  value?: unknown;
}

export function githubError(status: number, message: string, errors?: GitHubErrorItem[]) {
  return { message, ...(errors ? { errors } : {}), documentation_url: DOCUMENTATION_URL, status: String(status) };
}

/** One of Prism's findings, from its `sl-violations` header or a problem body's `validation`. */
export interface PrismViolation {
  location: (string | number)[];
  code: string | number;
  message: string;
  severity?: string;
}

/**
 * Where a violation is, without Prism's leading "request": ["path", "space_number"],
 * ["body", "name"], ["query", "per_page"]. (Its `sl-violations` header starts locations with
 * "request"; its problem bodies do not.)
 */
export function locationOf(violation: PrismViolation): string[] {
  const location = violation.location.map(String);
  return location[0] === "request" ? location.slice(1) : location;
}

export function parseViolations(header: string | null): PrismViolation[] {
  if (!header) return [];
  try {
    const parsed = JSON.parse(header) as unknown;
    return Array.isArray(parsed) ? (parsed as PrismViolation[]) : [];
  } catch {
    return [];
  }
}

/**
 * A violation as GitHub reports it: the field as a dotted path within the body or the query
 * (`resources_attributes.0.resource_type`), `missing_field` for a required one, `invalid` otherwise.
 */
export function toGitHubError(violation: PrismViolation, resource: string, input: { body?: unknown; query?: URLSearchParams }): GitHubErrorItem {
  const [where, ...path] = locationOf(violation);
  const required = violation.code === "required" ? /required property '([^']+)'/.exec(violation.message)?.[1] : undefined;
  const field = [...path, ...(required ? [required] : [])].join(".") || (where ?? "request");
  const item: GitHubErrorItem = {
    resource,
    field,
    code: required ? "missing_field" : "invalid",
    message: violation.message.replace(/^Request (body|query parameter|path parameter|header parameter)\s*/, "").trim() || violation.message,
  };
  const value = where === "body" ? valueAt(input.body, path) : where === "query" && path[0] ? input.query?.get(path[0]) : undefined;
  if (!required && value !== undefined) item.value = value;
  return item;
}

function valueAt(body: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), body);
}
