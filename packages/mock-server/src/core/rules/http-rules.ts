// GitHub's rules for media types and CORS: facts of GitHub's REST API that its description cannot say.

// GitHub's media types: its vendor type (with a version, a body format, or both) and plain JSON.
// Whatever was asked for, GitHub answers `application/json; charset=utf-8`.
// (https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)
const GITHUB_MEDIA = /^application\/(vnd\.github(\.v3)?(\.(raw|text|html|full))?\+json|vnd\.github(\.v3)?|json|\*)$|^\*\/\*$/;
export const MEDIA_TYPES_DOCS = "https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types";

export function acceptsJson(accept: string | null): boolean {
  if (accept === null) return true;
  const types = accept
    .split(",")
    .map((part) => part.split(";")[0]!.trim().toLowerCase())
    .filter(Boolean);
  return types.length === 0 || types.some((type) => GITHUB_MEDIA.test(type));
}

/** GitHub's request header that pins the API version, and where its versions are explained. */
export const API_VERSION_HEADER = "X-GitHub-Api-Version";
export const API_VERSIONS_DOCS = "https://docs.github.com/rest/about-the-rest-api/api-versions";

/** GitHub's `Authorization` schemes: `Bearer <token>` and `token <token>`. */
export function tokenOf(authorization: string | null): string | undefined {
  return /^(?:bearer|token)\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
}

// CORS as GitHub answers it: any origin, no credentials, the headers a client needs exposed, and a
// preflight that allows GitHub's request headers (and `Prefer`, so that a browser test can force an
// answer). (https://docs.github.com/rest/using-the-rest-api/using-cors-and-jsonp-to-make-cross-origin-requests)
export const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers":
    "ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Accepted-GitHub-Permissions, X-GitHub-Api-Version-Selected, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset",
};

export const PREFLIGHT_HEADERS: Record<string, string> = {
  "access-control-allow-headers":
    "Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, X-GitHub-Api-Version, Prefer",
  "access-control-allow-methods": "GET, POST, PATCH, PUT, DELETE",
  "access-control-max-age": "86400",
};

/** A URL's query as the validator and the journal read it: one value, or every value of a repeated name. */
export function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/** Request headers whose values are credentials: the journal hashes them, rules may not name them, assertions match them redacted. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set(["authorization", "proxy-authorization", "cookie", "x-github-sso"]);

/** Query parameters that carry a credential (GitHub's retired `?access_token=`, OAuth's secret): hashed by the journal and the cassettes, never part of a replay's match. */
export const CREDENTIAL_PARAMS: ReadonlySet<string> = new Set(["access_token", "client_secret"]);
