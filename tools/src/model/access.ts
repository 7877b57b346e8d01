// Reads an operation's `x-access` (who may call it) into the model, refusing a shape it cannot read
// with the operation and the rule named: the mock enforces it, the client explains it, the docs show it.
import { SCOPED_KINDS, TOKEN_KINDS, type ModelAccess, type PermissionLevel, type TokenKind } from "./model-types.ts";
import type { Json } from "./pointers.ts";

const LEVELS: readonly PermissionLevel[] = ["read", "write"];

export function accessOf(operation: Json, where: string, known: Record<string, unknown> = {}): ModelAccess | undefined {
  const raw = operation["x-access"];
  if (raw === undefined) return undefined;
  const fail = (rule: string): never => {
    throw new Error(`${where}: x-access ${rule}`);
  };
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return fail("must be an object { token-kinds, scopes, permissions, assumed? }");
  const access = raw as Json;
  const kinds = access["token-kinds"];
  if (!Array.isArray(kinds) || kinds.length === 0 || kinds.some((k) => !(TOKEN_KINDS as readonly unknown[]).includes(k)))
    fail(`token-kinds must list one or more of ${TOKEN_KINDS.join(", ")}`);
  const scopes = access.scopes ?? [];
  if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== "string" || s === "")) fail("scopes must be a list of OAuth scope names");
  const permissions = access.permissions ?? {};
  if (permissions === null || typeof permissions !== "object" || Array.isArray(permissions)) fail("permissions must map permission names to read or write");
  for (const [name, level] of Object.entries(permissions as Json)) {
    if (!(LEVELS as readonly unknown[]).includes(level)) fail(`permissions.${name} must be read or write`);
    if (!(name in known)) fail(`permissions.${name} is not declared in x-github-permissions`);
  }
  const tokenKinds = kinds as TokenKind[];
  if (tokenKinds.some((k) => SCOPED_KINDS.includes(k)) && (scopes as string[]).length === 0) fail("scopes must name what classic and OAuth app tokens need");
  if (tokenKinds.some((k) => !SCOPED_KINDS.includes(k)) && Object.keys(permissions as Json).length === 0)
    fail("permissions must name what fine-grained and GitHub App tokens need");
  if (access.assumed !== undefined && (typeof access.assumed !== "string" || access.assumed === "")) fail("assumed must say why, as text");
  if (access.source !== undefined && (typeof access.source !== "string" || access.source === "")) fail("source must name where the rules come from, as text");
  return {
    tokenKinds,
    scopes: scopes as string[],
    permissions: permissions as Record<string, PermissionLevel>,
    ...(typeof access.assumed === "string" ? { assumed: access.assumed } : {}),
    ...(typeof access.source === "string" ? { source: access.source } : {}),
  };
}

/** The fine-grained permissions the description names (`x-github-permissions`): GitHub's key → its title and kind. */
export function permissionTitles(bundle: unknown): Record<string, { title: string; kind: string }> {
  const declared = (bundle as Json | undefined)?.["x-github-permissions"];
  if (declared === undefined) return {};
  if (declared === null || typeof declared !== "object") throw new Error("x-github-permissions must map permission keys to { title, kind }");
  return Object.fromEntries(
    Object.entries(declared as Json).map(([key, value]) => {
      const { title, kind } = (value ?? {}) as Json;
      if (typeof title !== "string" || typeof kind !== "string") throw new Error(`x-github-permissions.${key} must be { title, kind }`);
      return [key, { title, kind }];
    }),
  );
}

/** Which API version a request without X-GitHub-Api-Version is served (`x-served-without-header` on the header parameter). */
export const SERVED_WITHOUT_HEADER = "x-served-without-header";
