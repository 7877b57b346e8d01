// mock.seed(owner, { spaces, collaborators, resources }): fixtures put in the stateful store, then
// served by the typed client's get and list; bad seeds refused naming the field and the rule, the state
// then unchanged; a stateless mock says it keeps no state.
import { createCopilotSpacesClient, type CopilotSpacesClient } from "@copilot-spaces/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fresh } from "./helpers.js";
import { createFixtures, createMock, SeedError, type Mock } from "../src/index.js";

let mock: Mock;
let stateless: Mock;
let github: CopilotSpacesClient;
beforeAll(async () => {
  [mock, stateless] = await Promise.all([createMock({ stateful: true, rateLimit: false }), createMock()]);
  github = createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: mock.fetch, retry: false });
});
afterAll(() => Promise.all([mock?.close(), stateless?.close()]));

/** The error a call throws (undefined when it does not). */
function thrownBy(call: () => void): Error | undefined {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

describe("mock.seed", () => {
  it("seeded Spaces, their resources and collaborators are what get and list serve, at the owner seeded", async () => {
    const f = createFixtures({ seed: 11 });
    const org = fresh("seeded-org");
    const spaces = [f.space({ name: "Roadmap" }), f.space({ resources_attributes: [] }), f.space()];
    const [first, second] = spaces as [(typeof spaces)[0], (typeof spaces)[0]];
    const file = f.resource.githubFile();
    const team = f.collaborator.team();
    mock.seed(`orgs/${org}`, { spaces, resources: { [second.number]: [file] }, collaborators: { [first.number]: [team, f.collaborator.user()] } });

    const listed = await github.paginate.all(github.copilotSpaces.listForOrg, { org, per_page: 2 });
    expect(listed.map((s) => [s.number, s.name, s.owner.login])).toEqual(spaces.map((s) => [s.number, s.name, org]));
    const got = await github.copilotSpaces.getForOrg({ org, space_number: first.number });
    expect([got.id, got.name, got.html_url]).toEqual([first.id, "Roadmap", `https://github.com/copilot/spaces/${org}/${first.number}`]);
    const resources = await github.copilotSpaces.listResourcesForOrg({ org, space_number: second.number });
    expect(resources.resources.map((r) => [r.id, r.resource_type])).toEqual([[file.id, "github_file"]]);
    const collaborators = await github.copilotSpaces.listCollaboratorsForOrg({ org, space_number: first.number });
    expect(collaborators.collaborators.map((c) => c.id)).toContain(team.id);
  });

  it("{ username } names a user; the owner then holds the seeded Spaces only, and a new one gets the next number", async () => {
    const username = fresh("seeded-user");
    const space = createFixtures({ seed: 12 }).space({ number: 9 });
    mock.seed({ username }, { spaces: [space] });
    const listed = await github.copilotSpaces.listForUser({ username });
    expect(listed.spaces.map((s) => [s.number, s.owner.login, s.owner.type])).toEqual([[9, username, "User"]]);
    const created = await github.copilotSpaces.createForUser({ username, name: "After the seed" });
    expect(created.number).toBe(10);
    expect(created.id).toBeGreaterThan(space.id);
  });

  it("a later seed of the same owner replaces what the first put there", async () => {
    const org = fresh("reseeded");
    const f = createFixtures({ seed: 13 });
    mock.seed({ org }, { spaces: [f.space(), f.space()] });
    mock.seed({ org }, { spaces: [f.space({ name: "Only" })] });
    expect((await github.copilotSpaces.listForOrg({ org })).spaces.map((s) => s.name)).toEqual(["Only"]);
  });

  const f = createFixtures({ seed: 14 });
  const space = f.space({ number: 1 });
  it.each([
    ["a field of the wrong type", { spaces: [{ ...space, name: 42 }] }, "spaces[0].name: must be string (the description's schema of an item)"],
    ["a missing required field", { spaces: [{ ...space, created_at: undefined }] }, "spaces[0]: must have required property 'created_at'"],
    [
      "a nested resource of the wrong shape",
      { spaces: [{ ...space, resources_attributes: [{ id: 1 }] }] },
      "spaces[0].resources_attributes.0: must have required property",
    ],
    [
      "a resource given beside the Space",
      { spaces: [space], resources: { 1: [{ ...f.resource.freeText(), metadata: "x" }] } },
      "resources.1[0].metadata: must be object",
    ],
    ["a number used twice", { spaces: [space, { ...f.space(), number: 1 }] }, "spaces[1].number: 1 is used twice"],
    ["an id used twice", { spaces: [space, { ...f.space(), id: space.id }] }, `spaces[1].id: ${space.id} is used twice`],
    ["spaces that is no array", { spaces: "x" }, "spaces: must be an array"],
    [
      "collaborators of a Space not seeded",
      { spaces: [space], collaborators: { 99: [f.collaborator.user()] } },
      "collaborators.99: must be the number of one of the spaces seeded with it",
    ],
    [
      "a collaborator of the wrong role",
      { spaces: [space], collaborators: { 1: [{ ...f.collaborator.team(), role: "boss" }] } },
      "collaborators.1[0].role: must be equal to one of the allowed values (the description's schema of a collaborator)",
    ],
    ["a field that seed data has not", { spaces: [space], spacez: [] }, "spacez: not a field of seed data (expected spaces, collaborators, resources)"],
  ])("%s is refused, naming the field and the rule, and nothing changes", (_what, data, message) => {
    const org = fresh("refused-org");
    const before = mock.snapshot();
    const error = thrownBy(() => mock.seed({ org }, data as never));
    expect(error).toBeInstanceOf(SeedError);
    expect(error?.message.startsWith(message)).toBe(true);
    expect(mock.snapshot()).toEqual(before);
  });

  it("a team on a user's Space is refused: only organizations have teams", () => {
    const error = thrownBy(() => mock.seed({ username: fresh("solo") }, { spaces: [space], collaborators: { 1: [f.collaborator.team()] } }));
    expect(error?.message).toBe(
      `collaborators.1[0].actor_type: a Team cannot collaborate on a Space of users/solo-${error?.message.match(/solo-(\d+)/)?.[1]} (only organizations have teams)`,
    );
  });

  it.each([
    ["teams/planners", 'owner: must be "orgs/NAME" or { org: NAME }, "users/NAME" or { username: NAME }, got "teams/planners"'],
    [{ user: "octocat" }, 'owner: must be "orgs/NAME" or { org: NAME }, "users/NAME" or { username: NAME }, got {"user":"octocat"}'],
    ["orgs/not a name", 'owner: the name must be a GitHub account name (letters, digits, single hyphens; 1 to 39), got "not a name"'],
  ])("owner %j is refused, saying which owners there are", (owner, message) => {
    expect(() => mock.seed(owner as never, { spaces: [] })).toThrow(message);
  });

  it("a seed past the mock's caps is refused as a create past them would be, naming the field and the cap", async () => {
    const capped = await createMock({ stateful: true, rateLimit: false, maxItemsPerOwner: 5, maxOwners: 2 });
    try {
      const g = createFixtures({ seed: 13 });
      const six = <T>(make: () => T) => Array.from({ length: 6 }, make);
      const refused = (owner: `orgs/${string}`, data: object) => thrownBy(() => capped.seed(owner, data as never))?.message;
      expect(refused("orgs/many", { spaces: six(() => g.space()) })).toBe(
        "spaces: Mock limit reached: 6 spaces for orgs/many, the most the mock keeps is 5 (maxItemsPerOwner, per owner)",
      );
      const [one] = [g.space({ resources_attributes: six(() => g.resource.freeText()) })];
      expect(refused("orgs/deep", { spaces: [one] })).toBe(
        "spaces[0].resources_attributes: Mock limit reached: 6 resources in one Space, the most the mock keeps is 5 (maxItemsPerOwner, per Space)",
      );
      const bare = g.space({ resources_attributes: [] });
      expect(refused("orgs/deep", { spaces: [bare], resources: { [bare.number]: six(() => g.resource.freeText()) } })).toMatch(
        new RegExp(`^resources\\.${bare.number}: Mock limit reached: 6 resources in one Space`),
      );
      expect(refused("orgs/wide", { spaces: [bare], collaborators: { [bare.number]: six(() => g.collaborator.user()) } })).toBe(
        `collaborators.${bare.number}: Mock limit reached: 6 collaborators on one Space, the most the mock keeps is 5 (maxItemsPerOwner, per Space)`,
      );
      capped.seed("orgs/first", { spaces: [] });
      capped.seed("orgs/second", { spaces: [] });
      expect(refused("orgs/third", { spaces: [] })).toBe("owner: Mock limit reached: orgs/third would be owner 3, the most the mock keeps is 2 (maxOwners)");
      // At the caps is fine, and an owner already kept may be seeded again.
      capped.seed("orgs/second", { spaces: six(() => g.space({ resources_attributes: [] })).slice(1) });
      expect(capped.snapshot().owners["orgs/second"]?.items).toHaveLength(5);
    } finally {
      await capped.close();
    }
  });

  it("a stateless mock keeps no state, and says so", () => {
    expect(() => stateless.seed("orgs/octo-org", { spaces: [space] })).toThrow("This mock is stateless: createMock({ stateful: true }) keeps state.");
  });
});
