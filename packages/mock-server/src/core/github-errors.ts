// GitHub's error bodies, and Prism's validation findings in GitHub's words.
import type { Violation } from "../engine/prism-engine.js";

export const DOCUMENTATION_URL = "https://docs.github.com/rest";
export const JSON_TYPE = "application/json; charset=utf-8";

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

export function githubError(status: number, message: string, options: { errors?: GitHubErrorItem[]; documentationUrl?: string } = {}): GitHubError {
  return {
    message,
    ...(options.errors ? { errors: options.errors } : {}),
    documentation_url: options.documentationUrl ?? DOCUMENTATION_URL,
    status: String(status),
  };
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
