// accessOf reads an operation's x-access into the model, and refuses, naming the operation and the
// rule, every shape the mock, the client and the docs could not act on.
import { describe, expect, it } from "vitest";
import { accessOf, permissionTitles } from "../src/model/access.ts";

const known = { organization_copilot_spaces: { title: "Copilot Spaces", kind: "organization" } };
const WHERE = "GET /orgs/{org}/widgets";
const read = (access: unknown) => accessOf({ "x-access": access }, WHERE, known);
const valid = {
  "token-kinds": ["classic-pat", "oauth-app", "fine-grained-pat", "github-app-installation", "github-app-user"],
  scopes: ["read:org", "repo"],
  permissions: { organization_copilot_spaces: "write" },
};

describe("accessOf", () => {
  it("reads token kinds, scopes, permissions, source and assumed", () => {
    expect(read({ ...valid, source: "GitHub's docs data", assumed: "By analogy" })).toEqual({
      tokenKinds: valid["token-kinds"],
      scopes: ["read:org", "repo"],
      permissions: { organization_copilot_spaces: "write" },
      source: "GitHub's docs data",
      assumed: "By analogy",
    });
  });

  it("needs no permissions when only classic and OAuth app tokens work, and no scopes when only the others do", () => {
    expect(read({ "token-kinds": ["classic-pat", "oauth-app"], scopes: ["user"] })).toEqual({
      tokenKinds: ["classic-pat", "oauth-app"],
      scopes: ["user"],
      permissions: {},
    });
    expect(read({ "token-kinds": ["fine-grained-pat"], permissions: { organization_copilot_spaces: "read" } })?.scopes).toEqual([]);
  });

  it("is undefined for an operation without x-access", () => {
    expect(accessOf({}, WHERE, known)).toBeUndefined();
  });

  it.each([
    ["not an object", ["classic-pat"], "must be an object"],
    ["null", null, "must be an object"],
    ["an unknown token kind", { ...valid, "token-kinds": ["classic-pat", "ghr-refresh"] }, "token-kinds must list one or more of classic-pat, oauth-app"],
    ["no token kind", { ...valid, "token-kinds": [] }, "token-kinds must list one or more of"],
    ["token kinds not a list", { ...valid, "token-kinds": "classic-pat" }, "token-kinds must list one or more of"],
    ["scopes not a list", { ...valid, scopes: "read:org" }, "scopes must be a list of OAuth scope names"],
    ["an empty scope name", { ...valid, scopes: ["read:org", ""] }, "scopes must be a list of OAuth scope names"],
    ["missing scopes for classic tokens", { ...valid, scopes: [] }, "scopes must name what classic and OAuth app tokens need"],
    ["absent scopes for OAuth app tokens", { "token-kinds": ["oauth-app"] }, "scopes must name what classic and OAuth app tokens need"],
    ["missing permissions for app tokens", { ...valid, permissions: {} }, "permissions must name what fine-grained and GitHub App tokens need"],
    ["permissions as a list", { ...valid, permissions: ["organization_copilot_spaces"] }, "permissions must map permission names to read or write"],
    [
      "an undeclared permission",
      { ...valid, permissions: { organization_administration: "read" } },
      "permissions.organization_administration is not declared in x-github-permissions",
    ],
    ["a bad level", { ...valid, permissions: { organization_copilot_spaces: "admin" } }, "permissions.organization_copilot_spaces must be read or write"],
    ["an empty assumed", { ...valid, assumed: "" }, "assumed must say why, as text"],
    ["a source that is not text", { ...valid, source: true }, "source must name where the rules come from, as text"],
  ])("refuses %s, naming the operation and the rule", (_case, access, rule) => {
    expect(() => read(access)).toThrow(`${WHERE}: x-access ${rule}`);
  });
});

describe("permissionTitles", () => {
  it("maps each declared permission to its title and kind; none declared is none", () => {
    expect(permissionTitles({ "x-github-permissions": known })).toEqual(known);
    expect(permissionTitles({})).toEqual({});
  });

  it("refuses a declaration without its title or kind", () => {
    expect(() => permissionTitles({ "x-github-permissions": { organization_copilot_spaces: { title: "Copilot Spaces" } } })).toThrow(
      "x-github-permissions.organization_copilot_spaces must be { title, kind }",
    );
    expect(() => permissionTitles({ "x-github-permissions": null })).toThrow("x-github-permissions must map permission keys to { title, kind }");
  });
});
