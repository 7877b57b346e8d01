// The stateful mock inside a Space: its collaborators, kept per Space, and its resources, one set
// with the Space's `resources_attributes`; deleting the Space deletes both. And the mock's conventions
// where GitHub documents nothing (TESTING.md), each with its case.
import { createCopilotSpacesClient, NotFoundError, ValidationError, type CopilotSpacesClient } from "@copilot-spaces/client";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fresh, thrown } from "./helpers.js";
import { createMock, type Mock } from "../src/index.js";

const validator = new BundleValidator(readBundle());
let mock: Mock;
let github: CopilotSpacesClient;
beforeAll(async () => {
  mock = await createMock({ stateful: true, now: () => new Date("2026-11-25T12:00:00.000Z") });
  github = createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: mock.fetch, retry: false });
});
afterAll(() => mock?.close());

async function orgSpace() {
  const org = fresh("acme");
  const space = await github.copilotSpaces.createForOrg({ org, name: "Inner" });
  return { org, space_number: space.number };
}

describe("collaborators, kept per Space", () => {
  it("add → list → set the role → no_access removes → remove → 404", async () => {
    const at = await orgSpace();
    expect(await github.copilotSpaces.listCollaboratorsForOrg(at)).toEqual({ collaborators: [] });
    const mona = await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "Mona", role: "writer" });
    expect(mona).toMatchObject({ actor_type: "User", role: "writer", login: "Mona", url: "https://api.github.com/users/Mona" });
    expect(validator.validate("/components/schemas/copilot-space-collaborator", mona).errors).toEqual([]);
    const team = await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "Team", actor_identifier: "planners", role: "reader" });
    expect(team).toMatchObject({ actor_type: "Team", role: "reader", slug: "planners", type: "Team" });
    expect((await github.copilotSpaces.listCollaboratorsForOrg(at)).collaborators.map((c) => c.role)).toEqual(["writer", "reader"]);

    // Logins compare case-insensitively.
    const admin = await github.copilotSpaces.updateCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona", role: "admin" });
    expect(admin).toMatchObject({ login: "Mona", role: "admin" });
    const removed = await github.copilotSpaces
      .updateCollaboratorForOrg({ ...at, actor_type: "Team", actor_identifier: "planners", role: "no_access" })
      .withResponse();
    expect(removed.status).toBe(204);
    await github.copilotSpaces.removeCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "MONA" });
    expect(await github.copilotSpaces.listCollaboratorsForOrg(at)).toEqual({ collaborators: [] });
    expect(await thrown(github.copilotSpaces.removeCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona" }))).toBeInstanceOf(NotFoundError);
  });

  it("are the Space's own: another Space of the owner has none", async () => {
    const at = await orgSpace();
    const other = await github.copilotSpaces.createForOrg({ org: at.org, name: "Other" });
    await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona", role: "reader" });
    expect(await github.copilotSpaces.listCollaboratorsForOrg({ org: at.org, space_number: other.number })).toEqual({ collaborators: [] });
  });

  describe("conventions (TESTING.md)", () => {
    it("adding one who collaborates already → 422 already_exists on actor_identifier", async () => {
      const at = await orgSpace();
      await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona", role: "reader" });
      const error = (await thrown(
        github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "MONA", role: "admin" }),
      )) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.errors).toEqual([expect.objectContaining({ field: "actor_identifier", code: "already_exists" })]);
    });

    it("a team's URLs name the Space's organization and the team's slug", async () => {
      const at = await orgSpace();
      const team = await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "Team", actor_identifier: "Dev-Team", role: "reader" });
      expect(team).toMatchObject({ name: "Dev-Team", slug: "dev-team", html_url: `https://github.com/orgs/${at.org}/teams/dev-team` });
    });

    it("an id beyond what a JSON number holds exactly → 422 invalid on actor_identifier", async () => {
      const at = await orgSpace();
      const error = (await thrown(
        github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "9999999999999999", role: "reader" }),
      )) as ValidationError;
      expect(error.errors[0]).toMatchObject({ field: "actor_identifier", code: "invalid" });
    });

    it("a numeric identifier names the account with that id, found again by id", async () => {
      const at = await orgSpace();
      const added = await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "583231", role: "reader" });
      expect(added).toMatchObject({ id: 583231, login: "user-583231" });
      expect(await github.copilotSpaces.updateCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "583231", role: "writer" })).toMatchObject({
        role: "writer",
      });
    });

    it("an identifier that is no login, slug or id → 422 invalid on actor_identifier", async () => {
      const at = await orgSpace();
      for (const odd of ["-mona", "mo na", "a".repeat(40), "mona--x"]) {
        const error = (await thrown(
          github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: odd, role: "reader" }),
        )) as ValidationError;
        expect(error, odd).toBeInstanceOf(ValidationError);
        expect(error.errors[0]).toMatchObject({ field: "actor_identifier", code: "invalid" });
      }
    });

    it("a team on a user's Space → 422 invalid on actor_type (teams belong to organizations)", async () => {
      const username = fresh("octo");
      const space = await github.copilotSpaces.createForUser({ username, name: "Mine" });
      const error = (await thrown(
        github.copilotSpaces.addCollaboratorForUser({ username, space_number: space.number, actor_type: "Team", actor_identifier: "planners", role: "reader" }),
      )) as ValidationError;
      expect(error.errors[0]).toMatchObject({ field: "actor_type", code: "invalid" });
      expect(
        await github.copilotSpaces.addCollaboratorForUser({
          username,
          space_number: space.number,
          actor_type: "User",
          actor_identifier: "mona",
          role: "reader",
        }),
      ).toMatchObject({ login: "mona" });
    });
  });
});

describe("resources, one set with resources_attributes", () => {
  it("create → list → get → set → delete, seen through the Space too", async () => {
    const at = await orgSpace();
    const created = await github.copilotSpaces
      .createResourceForOrg({ ...at, resource_type: "free_text", metadata: { name: "Rules", text: "Sprints" } })
      .withResponse();
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ resource_type: "free_text", copilot_chat_attachment_id: null, created_at: "2026-11-25T12:00:00Z" });
    expect(validator.validate("/components/schemas/copilot-space-resource", created.data).errors).toEqual([]);
    const id = created.data.id;
    expect((await github.copilotSpaces.getForOrg(at)).resources_attributes?.map((r) => r.id)).toContain(id);
    expect((await github.copilotSpaces.listResourcesForOrg(at)).resources.map((r) => r.id)).toEqual([id]);

    const set = await github.copilotSpaces.updateResourceForOrg({ ...at, space_resource_id: id, metadata: { name: "Rules", text: "Kanban" } });
    expect(set.metadata).toEqual({ name: "Rules", text: "Kanban" });
    expect(await github.copilotSpaces.getResourceForOrg({ ...at, space_resource_id: id })).toEqual(set);
    expect((await github.copilotSpaces.getForOrg(at)).resources_attributes?.find((r) => r.id === id)?.metadata).toEqual({ name: "Rules", text: "Kanban" });

    await github.copilotSpaces.deleteResourceForOrg({ ...at, space_resource_id: id });
    expect(await thrown(github.copilotSpaces.getResourceForOrg({ ...at, space_resource_id: id }))).toBeInstanceOf(NotFoundError);
    expect((await github.copilotSpaces.getForOrg(at)).resources_attributes).toEqual([]);
  });

  it("one attached through resources_attributes is a resource, and one removed there is gone", async () => {
    const at = await orgSpace();
    const space = await github.copilotSpaces.updateForOrg({ ...at, resources_attributes: [{ resource_type: "repository", metadata: { repository_id: 7 } }] });
    const [attached] = space.resources_attributes ?? [];
    expect(await github.copilotSpaces.getResourceForOrg({ ...at, space_resource_id: attached!.id })).toMatchObject({
      resource_type: "repository",
      metadata: { repository_id: 7 },
    });
    await github.copilotSpaces.updateForOrg({ ...at, resources_attributes: [{ id: attached!.id, _destroy: true }] });
    expect(await github.copilotSpaces.listResourcesForOrg(at)).toEqual({ resources: [] });
  });

  it("a github_file with another SHA is another resource", async () => {
    const at = await orgSpace();
    const file = { resource_type: "github_file" as const, metadata: { repository_id: 1296269, file_path: "docs/planning.md", sha: "aaa" } };
    await github.copilotSpaces.createResourceForOrg({ ...at, ...file });
    const other = await github.copilotSpaces.createResourceForOrg({ ...at, ...file, metadata: { ...file.metadata, sha: "bbb" } }).withResponse();
    expect(other.status).toBe(201);
  });

  it("the same github_file again → 200 with the resource the Space has", async () => {
    const at = await orgSpace();
    const file = { resource_type: "github_file" as const, metadata: { repository_id: 1296269, file_path: "docs/planning.md" } };
    const first = await github.copilotSpaces.createResourceForOrg({ ...at, ...file }).withResponse();
    const again = await github.copilotSpaces.createResourceForOrg({ ...at, ...file }).withResponse();
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.data).toEqual(first.data);
    expect((await github.copilotSpaces.listResourcesForOrg(at)).resources).toHaveLength(1);
  });
});

describe("writes at the same time", () => {
  it("are all kept: parallel adds, creates and a Space's own set", async () => {
    const at = await orgSpace();
    const logins = ["a1", "b2", "c3", "d4", "e5"];
    await Promise.all(
      logins.map((login) => github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: login, role: "reader" })),
    );
    expect((await github.copilotSpaces.listCollaboratorsForOrg(at)).collaborators.map((c) => ("login" in c ? c.login : c.slug)).sort()).toEqual(logins);
    await Promise.all([
      ...[1, 2, 3, 4].map((n) => github.copilotSpaces.createResourceForOrg({ ...at, resource_type: "free_text", metadata: { text: `note ${n}` } })),
      github.copilotSpaces.updateForOrg({ ...at, name: "Renamed meanwhile" }),
    ]);
    expect((await github.copilotSpaces.listResourcesForOrg(at)).resources).toHaveLength(4);
    expect((await github.copilotSpaces.getForOrg(at)).name).toBe("Renamed meanwhile");
  });

  it("the same collaborator added twice at once: one 201, one 422", async () => {
    const at = await orgSpace();
    const add = () =>
      github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "twin", role: "reader" }).then(
        () => 201,
        (e: ValidationError) => e.status,
      );
    expect((await Promise.all([add(), add()])).sort()).toEqual([201, 422]);
  });
});

describe("caps inside a Space", () => {
  it("past maxItemsPerOwner collaborators or resources → 403 Mock limit reached", async () => {
    // The seed gives an owner 7 Spaces: room for one more, and for 8 collaborators and resources in it.
    const cap = 8;
    const small = await createMock({ stateful: true, maxItemsPerOwner: cap });
    try {
      const client = createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: small.fetch, retry: false });
      const space = await client.copilotSpaces.createForOrg({ org: "capped", name: "Full" });
      const at = { org: "capped", space_number: space.number };
      for (let i = 0; i < cap; i++)
        await client.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: `user${i}`, role: "reader" });
      const error = (await thrown(
        client.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "three", role: "reader" }),
      )) as Error;
      expect(error.message).toContain("Mock limit reached");
      for (let i = 0; i < cap; i++) await client.copilotSpaces.createResourceForOrg({ ...at, resource_type: "free_text", metadata: { text: `note ${i}` } });
      expect(
        ((await thrown(client.copilotSpaces.createResourceForOrg({ ...at, resource_type: "free_text", metadata: { text: "c" } }))) as Error).message,
      ).toContain("Mock limit reached");
    } finally {
      await small.close();
    }
  });
});

describe("deleting a Space", () => {
  it("deletes its collaborators and resources, in answers and in the state", async () => {
    const at = await orgSpace();
    await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona", role: "reader" });
    await github.copilotSpaces.createResourceForOrg({ ...at, resource_type: "free_text", metadata: { text: "x" } });
    await github.copilotSpaces.deleteForOrg(at);
    expect(await thrown(github.copilotSpaces.listCollaboratorsForOrg(at))).toBeInstanceOf(NotFoundError);
    expect(await thrown(github.copilotSpaces.listResourcesForOrg(at))).toBeInstanceOf(NotFoundError);
    const snapshot = mock.snapshot() as { owners: Record<string, { collaborators?: Record<string, unknown> }> };
    const owner = Object.entries(snapshot.owners).find(([key]) => key.endsWith(`/${at.org}`))![1];
    expect(owner.collaborators?.[String(at.space_number)]).toBeUndefined();
  });

  it("restore() refuses collaborators that break the description's schema, or one twice, naming where", async () => {
    const at = await orgSpace();
    await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona", role: "reader" });
    const snapshot = mock.snapshot() as { owners: Record<string, { collaborators?: Record<string, Record<string, unknown>[]> }> };
    const key = Object.keys(snapshot.owners).find((k) => k.endsWith(`/${at.org}`))!;
    const [mona] = snapshot.owners[key]!.collaborators![String(at.space_number)]!;
    const withCollaborators = (list: unknown[]) => ({
      ...snapshot,
      owners: { ...snapshot.owners, [key]: { ...snapshot.owners[key], collaborators: { [String(at.space_number)]: list } } },
    });
    expect(() => mock.restore(withCollaborators([{ actor_type: "User", role: "owner" }]) as never)).toThrow(
      new RegExp(`owners\\.${key.replace("/", "\\/")}\\.collaborators\\.${at.space_number}\\.0`),
    );
    expect(() => mock.restore(withCollaborators([mona, mona]) as never)).toThrow(/is a collaborator twice/);
  });

  it("a snapshot keeps collaborators, and restore() brings them back", async () => {
    const at = await orgSpace();
    await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona", role: "reader" });
    const snapshot = mock.snapshot();
    await github.copilotSpaces.removeCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona" });
    mock.restore(snapshot);
    expect((await github.copilotSpaces.listCollaboratorsForOrg(at)).collaborators.map((c) => c.role)).toEqual(["reader"]);
  });
});
