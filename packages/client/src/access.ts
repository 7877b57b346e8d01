// What a 403 says the token lacks, read from GitHub's headers (docs.github.com/rest/using-the-rest-api/
// troubleshooting-the-rest-api, docs.github.com/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps):
// X-Accepted-GitHub-Permissions for fine-grained and GitHub App tokens — `a=read,b=write` is one set,
// all of it needed, and `; ` separates sets any one of which would do — and, for classic and OAuth app
// tokens, X-Accepted-OAuth-Scopes beside X-OAuth-Scopes (what the token has), both `, `-separated.
import { permissionNames } from "./generated/access.js";

export interface AccessHeaders {
  acceptedPermissions: Array<Record<string, string>> | undefined;
  acceptedScopes: string[] | undefined;
  tokenScopes: string[] | undefined;
}

const split = (value: string | null | undefined, separator: string) =>
  value
    ?.split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

export function accessHeaders(headers: Headers): AccessHeaders {
  return {
    acceptedPermissions: split(headers.get("x-accepted-github-permissions"), ";")?.map((set) =>
      Object.fromEntries(split(set, ",")!.map((pair) => pair.split("=").map((part) => part.trim()))),
    ),
    acceptedScopes: split(headers.get("x-accepted-oauth-scopes"), ","),
    tokenScopes: split(headers.get("x-oauth-scopes"), ","),
  };
}

/**
 * What to grant, in words, or "" when the headers name nothing missing. GitHub does not say which
 * fine-grained permissions a token has: "it has none" means none of the sets it accepts. A scope the
 * token already has is not asked for (a 403 for another reason then names no scope).
 */
export function missingAccess({ acceptedPermissions, acceptedScopes, tokenScopes }: AccessHeaders): string {
  const scopes = acceptedScopes?.filter((scope) => !tokenScopes?.includes(scope));
  const needs = acceptedPermissions?.length
    ? acceptedPermissions
        .map((set) =>
          Object.entries(set)
            .map(([key, level]) => `the ${permissionNames[key] ?? key} permission (${level})`)
            .join(" and "),
        )
        .join(" or ")
    : scopes?.length && `the scope${scopes[1] ? "s" : ""} ${scopes.join(", ")}`;
  return needs ? `this token needs ${needs}; it has ${tokenScopes?.join(", ") || "none"}` : "";
}
