// GitHub's tokens as the mock tells them apart: the kind by its prefix, and what each token is granted.
// The prefixes are tools' model's (TOKEN_PREFIXES, with their source). A token with no known prefix (`Bearer t`)
// is of no kind and may do anything, so that test suites written before these rules keep working.
import { SCOPED_KINDS, TOKEN_PREFIXES, type ModelAccess, type PermissionLevel, type TokenKind } from "@copilot-spaces/tools/bundle-model";
import { tokenShaped } from "@copilot-spaces/tools/token-shapes";

const PREFIXES = Object.entries(TOKEN_PREFIXES) as [TokenKind, string][];

export const kindOf = (token: string): TokenKind | undefined => PREFIXES.find(([, prefix]) => token.startsWith(prefix))?.[0];

/** Anything shaped like a GitHub token, wherever it turns up: tools' one pattern, which the client redacts with too. */
export const TOKEN_SHAPED = tokenShaped();

/** What a test grants one token: scopes (classic and OAuth app tokens), permissions (the others), or nothing (revoked). */
export type Grant = { scopes: string[] } | { permissions: Record<string, PermissionLevel> } | { revoked: true };

/** The tokens a test has narrowed or revoked, by token. The rest are granted everything their kind can do. */
export type TokenGrants = Record<string, Grant>;

/**
 * Broader classic scopes that include narrower ones (docs.github.com/apps/oauth-apps/building-oauth-apps/
 * scopes-for-oauth-apps): `admin:org` ⊃ `write:org` ⊃ `read:org`, `user` ⊃ `read:user` and the
 * reference pages' `write:user`. A token with the broader scope may do what the narrower allows.
 */
const IMPLIED: Record<string, string[]> = {
  "admin:org": ["write:org", "read:org"],
  "write:org": ["read:org"],
  user: ["read:user", "write:user", "user:email", "user:follow"],
  "write:user": ["read:user"],
};

const withImplied = (scopes: string[]) => new Set(scopes.flatMap((scope) => [scope, ...(IMPLIED[scope] ?? [])]));

/** Why a token may not call an operation, or undefined when it may. */
export type Refusal =
  | { kind: "revoked" }
  | { kind: "token-kind"; tokenKind: TokenKind }
  | { kind: "scopes"; tokenKind: TokenKind; accepted: string[] }
  | { kind: "permissions"; tokenKind: TokenKind; accepted: Record<string, PermissionLevel> };

export function refusal(token: string, grants: TokenGrants, access: ModelAccess | undefined): Refusal | undefined {
  const grant = grants[token];
  if (grant && "revoked" in grant) return { kind: "revoked" };
  const tokenKind = kindOf(token);
  if (!tokenKind || !access) return undefined;
  if (!access.tokenKinds.includes(tokenKind)) return { kind: "token-kind", tokenKind };
  if (!grant) return undefined;
  if (SCOPED_KINDS.includes(tokenKind)) {
    const held = withImplied("scopes" in grant ? grant.scopes : []);
    return access.scopes.every((scope) => held.has(scope)) ? undefined : { kind: "scopes", tokenKind, accepted: access.scopes };
  }
  const held = "permissions" in grant ? grant.permissions : {};
  const enough = Object.entries(access.permissions).every(([name, level]) => held[name] === "write" || held[name] === level);
  return enough ? undefined : { kind: "permissions", tokenKind, accepted: access.permissions };
}

/** The scopes a classic or OAuth app token holds, as `X-OAuth-Scopes` says: its grant's, or every scope the description names. */
export function heldScopes(token: string, grants: TokenGrants, every: string[]): string[] | undefined {
  const tokenKind = kindOf(token);
  if (!tokenKind || !SCOPED_KINDS.includes(tokenKind)) return undefined;
  const grant = grants[token];
  return grant ? ("scopes" in grant ? grant.scopes : []) : every;
}

/** GitHub's header forms: scopes joined by ", " (X-OAuth-Scopes), one permission set as `key=level` joined by "," (X-Accepted-GitHub-Permissions). */
export const scopesHeader = (scopes: string[]) => scopes.join(", ");
export const permissionsHeader = (permissions: Record<string, PermissionLevel>) =>
  Object.entries(permissions)
    .map(([name, level]) => `${name}=${level}`)
    .join(",");

/**
 * Reads a token table as a test writes it (`tokens`, `--tokens FILE`, `PUT /__mock/tokens`), or throws
 * naming the entry by its position and kind and the rule broken: never the token itself.
 */
export function parseGrants(value: unknown, name: string): TokenGrants {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(
      `${name}: expected an object of tokens, each { "scopes": [...] }, { "permissions": { "<name>": "read" | "write" } } or { "revoked": true }`,
    );
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([token, grant], index) => {
      const at = `${name}: entry ${index + 1} (${kindOf(token) ?? "a token of no known kind"})`;
      if (grant === null || typeof grant !== "object" || Array.isArray(grant))
        throw new TypeError(`${at}: expected { scopes }, { permissions } or { revoked: true }`);
      const keys = Object.keys(grant);
      const g = grant as Record<string, unknown>;
      if (keys.length !== 1) throw new TypeError(`${at}: expected exactly one of scopes, permissions, revoked; got ${keys.join(", ") || "none"}`);
      if ("revoked" in g) {
        if (g.revoked !== true) throw new TypeError(`${at}: revoked must be true`);
        return [token, { revoked: true } as Grant];
      }
      if ("scopes" in g) {
        if (!Array.isArray(g.scopes) || g.scopes.some((s) => typeof s !== "string" || s === ""))
          throw new TypeError(`${at}: scopes must be a list of scope names`);
        return [token, { scopes: g.scopes as string[] }];
      }
      if ("permissions" in g) {
        const permissions = g.permissions;
        if (permissions === null || typeof permissions !== "object" || Array.isArray(permissions))
          throw new TypeError(`${at}: permissions must map permission names to "read" or "write"`);
        for (const [permission, level] of Object.entries(permissions)) {
          if (level !== "read" && level !== "write") throw new TypeError(`${at}: permissions.${permission} must be "read" or "write"`);
        }
        return [token, { permissions: permissions as Record<string, PermissionLevel> }];
      }
      throw new TypeError(`${at}: expected one of scopes, permissions, revoked; got ${keys[0]}`);
    }),
  );
}
