// Tokens, case by case: kinds by prefix, what a grant allows (broader scopes include narrower ones,
// write includes read), and the token table's refusals, which never quote a token.
import type { ModelAccess } from "@copilot-spaces/tools/bundle-model";
import { describe, expect, it } from "vitest";
import { heldScopes, kindOf, parseGrants, permissionsHeader, refusal } from "../../src/core/rules/tokens.js";

const access: ModelAccess = { tokenKinds: ["classic-pat", "fine-grained-pat"], scopes: ["read:org"], permissions: { p: "read" } };

describe("tokens", () => {
  it.each([
    ["ghp_x", "classic-pat"],
    ["gho_x", "oauth-app"],
    ["github_pat_x", "fine-grained-pat"],
    ["ghs_x", "github-app-installation"],
    ["ghu_x", "github-app-user"],
    ["ghr_x", undefined],
    ["t", undefined],
  ])("%s is %s", (token, kind) => expect(kindOf(token)).toBe(kind));

  it.each([
    ["t", {}, undefined],
    ["ghp_a", {}, undefined],
    ["ghp_a", { ghp_a: { scopes: ["read:org"] } }, undefined],
    ["ghp_a", { ghp_a: { scopes: ["admin:org"] } }, undefined],
    ["ghp_a", { ghp_a: { scopes: ["repo"] } }, { kind: "scopes", tokenKind: "classic-pat", accepted: ["read:org"] }],
    ["github_pat_a", { github_pat_a: { permissions: { p: "write" } } }, undefined],
    ["github_pat_a", { github_pat_a: { permissions: { q: "write" } } }, { kind: "permissions", tokenKind: "fine-grained-pat", accepted: { p: "read" } }],
    ["ghs_a", {}, { kind: "token-kind", tokenKind: "github-app-installation" }],
    ["t", { t: { revoked: true } }, { kind: "revoked" }],
  ] as const)("%s with %j → %j", (token, grants, expected) => {
    expect(refusal(token, grants as never, access)).toEqual(expected);
  });

  it("says the scopes a token holds, and the permissions that would do, in GitHub's forms", () => {
    expect(heldScopes("ghp_a", {}, ["read:org", "repo"])).toEqual(["read:org", "repo"]);
    expect(heldScopes("ghp_a", { ghp_a: { scopes: ["repo"] } }, ["read:org"])).toEqual(["repo"]);
    expect(heldScopes("github_pat_a", {}, ["read:org"])).toBeUndefined();
    expect(permissionsHeader({ a: "read", b: "write" })).toBe("a=read,b=write");
  });

  it.each([
    [[], /expected an object of tokens/],
    [{ ghp_secret: "repo" }, /entry 1 \(classic-pat\): expected \{ scopes \}, \{ permissions \} or \{ revoked: true \}/],
    [{ ghp_secret: { scopes: ["repo"], revoked: true } }, /entry 1 \(classic-pat\): expected exactly one of scopes, permissions, revoked; got scopes, revoked/],
    [{ t: { scopes: [] }, github_pat_secret: { permissions: { p: "admin" } } }, /entry 2 \(fine-grained-pat\): permissions\.p must be "read" or "write"/],
    [{ secret: { revoked: false } }, /entry 1 \(a token of no known kind\): revoked must be true/],
  ])("%j is refused: %s", (table, rule) => {
    expect(() => parseGrants(table, "tokens")).toThrow(rule);
    try {
      parseGrants(table, "tokens");
    } catch (error) {
      expect((error as Error).message).not.toMatch(/secret/);
    }
  });
});
