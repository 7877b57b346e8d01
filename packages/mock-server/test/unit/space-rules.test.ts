// The stateful mock's Space rules, case by case: moving a Space to another owner, nested resources as
// Rails' nested attributes, accounts made up from a name or an id, and who may be a collaborator.
import { describe, expect, it } from "vitest";
import {
  accountOf,
  applyResourceChanges,
  isCollaborator,
  reown,
  sameGithubFile,
  takesActor,
  timestamp,
  withNumberInUrls,
} from "../../src/store/space-rules.js";

describe("reown", () => {
  it.each([
    [
      { login: "octo-org", url: "https://api.github.com/orgs/octo-org/repos" },
      "octo-org",
      "acme",
      { login: "acme", url: "https://api.github.com/orgs/acme/repos" },
    ],
    [{ html_url: "https://github.com/copilot/spaces/octo-org/3" }, "octo-org", "a b", { html_url: "https://github.com/copilot/spaces/a%20b/3" }],
    [{ name: "octo-org", url: "https://x/octo-organisation" }, "octo-org", "acme", { name: "octo-org", url: "https://x/octo-organisation" }],
    [{ url: "https://x/octo-org{/member}" }, "octo-org", "$&", { url: "https://x/%24%26{/member}" }],
    [[{ login: "octo-org" }], "octo-org", "acme", [{ login: "acme" }]],
  ])("%j from %s to %s", (value, from, to, expected) => {
    expect(reown(value, from, to)).toEqual(expected);
  });
});

describe("applyResourceChanges", () => {
  const current = [{ id: 1, resource_type: "free_text", metadata: { text: "a" } }];
  let next = 10;
  const ids = () => next++;
  it.each([
    [[], { ok: true, resources: current }],
    [[{ resource_type: "free_text", metadata: {} }], { ok: true, resources: [...current, { id: 10, resource_type: "free_text", metadata: {} }] }],
    [[{ id: 1, metadata: { text: "b" } }], { ok: true, resources: [{ id: 1, resource_type: "free_text", metadata: { text: "b" } }] }],
    [[{ id: 1, _destroy: true }], { ok: true, resources: [] }],
    [[{ _destroy: true }], { ok: true, resources: current }],
    [[{ id: 2 }], { ok: false, field: "resources_attributes.0.id", value: 2 }],
    [[{ resource_type: "free_text" }], { ok: false, field: "resources_attributes.0.metadata" }],
  ])("%j → %j", (changes, result) => {
    next = 10;
    expect(applyResourceChanges(current, changes, ["id", "resource_type", "metadata"], ids)).toEqual(result);
  });
});

describe("accountOf", () => {
  it.each([
    ["User", "mona", { name: "mona" }],
    ["User", "42", { name: "user-42", id: 42 }],
    ["Team", "7", { name: "team-7", id: 7 }],
    ["User", "a".repeat(39), { name: "a".repeat(39) }],
    ["User", "a".repeat(40), undefined],
    ["User", "-mona", undefined],
    ["User", "mo--na", undefined],
    ["User", "0", { name: "0" }], // not an id (ids start at 1): a login
    ["User", "99999999999999999999", undefined],
  ])("%s %s → %j", (type, identifier, expected) => {
    const account = accountOf(type, identifier);
    if (expected === undefined) expect(account).toBeUndefined();
    else expect(account).toMatchObject(expected);
  });

  it("gives a name the same made-up id whatever its case, and another name another one", () => {
    expect(accountOf("User", "Mona")!.id).toBe(accountOf("User", "mona")!.id);
    expect(accountOf("User", "hubot")!.id).not.toBe(accountOf("User", "mona")!.id);
  });
});

describe("collaborators", () => {
  it.each([
    [{ actor_type: "User", login: "Mona", id: 5 }, "User", "mona", true],
    [{ actor_type: "User", login: "mona", id: 5 }, "User", "5", true],
    [{ actor_type: "Team", slug: "core", id: 5 }, "Team", "CORE", true],
    [{ actor_type: "Team", slug: "core", id: 5 }, "User", "core", false],
  ])("%j is %s %s: %s", (collaborator, type, identifier, expected) => {
    expect(isCollaborator(collaborator, type, identifier)).toBe(expected);
  });

  it.each([
    ["orgs", "Team", true],
    ["orgs", "User", true],
    ["users", "Team", false],
    ["users", "User", true],
  ])("an owner of kind %s takes a %s: %s", (kind, type, expected) => {
    expect(takesActor(kind, type)).toBe(expected);
  });
});

describe("the rest", () => {
  it.each([
    [
      { resource_type: "github_file", metadata: { repository_id: 1, file_path: "a", sha: "s" } },
      { resource_type: "github_file", metadata: { repository_id: 1, file_path: "a", sha: "s" } },
      true,
    ],
    [
      { resource_type: "github_file", metadata: { repository_id: 1, file_path: "a", sha: "s" } },
      { resource_type: "github_file", metadata: { repository_id: 1, file_path: "a", sha: "t" } },
      false,
    ],
    [{ resource_type: "free_text", metadata: {} }, { resource_type: "free_text", metadata: {} }, false],
  ])("sameGithubFile(%j, %j) is %s", (a, b, expected) => {
    expect(sameGithubFile(a, b)).toBe(expected);
  });

  it("writes timestamps as GitHub does, and numbers a new Space's URLs", () => {
    expect(timestamp(new Date("2026-01-02T03:04:05.678Z"))).toBe("2026-01-02T03:04:05Z");
    expect(
      withNumberInUrls({ html_url: "https://github.com/copilot/spaces/acme/3", api_url: "https://api.github.com/orgs/acme/copilot-spaces/3", name: "3" }, 12),
    ).toEqual({
      html_url: "https://github.com/copilot/spaces/acme/12",
      api_url: "https://api.github.com/orgs/acme/copilot-spaces/12",
      name: "3",
    });
  });
});
