// The stateful mock inside a Space: its collaborators, kept per Space, and its resources, one set
// with the Space's `resources_attributes`; deleting the Space deletes both. And the mock's conventions
// where GitHub documents nothing (TESTING.md), each with its case.
import { createCopilotSpacesClient, NotFoundError, ValidationError, type CopilotSpacesClient } from "@copilot-spaces/client";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, type Mock } from "../src/index.js";

const validator = new BundleValidator(readBundle());
let mock: Mock;
let github: CopilotSpacesClient;
beforeAll(async () => {
  mock = await createMock({ stateful: true, now: () => new Date("2026-11-25T12:00:00.000Z") });
  github = createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: mock.fetch, retry: false });
});
afterAll(() => mock?.close());

const thrown = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
let owners = 0;
const fresh = (prefix: string) => `${prefix}-${++owners}`;

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
    const removed = await github.copilotSpaces.updateCollaboratorForOrg({ ...at, actor_type: "Team", actor_identifier: "planners", role: "no_access" }).withResponse();
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
      const error = (await thrown(github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "MONA", role: "admin" }))) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.errors).toEqual([expect.objectContaining({ field: "actor_identifier", code: "already_exists" })]);
    });

    it("a numeric identifier names the account with that id, found again by id", async () => {
      const at = await orgSpace();
      const added = await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "583231", role: "reader" });
      expect(added).toMatchObject({ id: 583231, login: "user-583231" });
      expect(await github.copilotSpaces.updateCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "583231", role: "writer" })).toMatchObject({ role: "writer" });
    });

    it("an identifier that is no login, slug or id → 422 invalid on actor_identifier", async () => {
      const at = await orgSpace();
      for (const odd of ["-mona", "mo na", "a".repeat(40), "mona--x"]) {
        const error = (await thrown(github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: odd, role: "reader" }))) as ValidationError;
        expect(error, odd).toBeInstanceOf(ValidationError);
        expect(error.errors[0]).toMatchObject({ field: "actor_identifier", code: "invalid" });
      }
    });

    it("a team on a user's Space → 422 invalid on actor_type (teams belong to organizations)", async () => {
      const username = fresh("octo");
      const space = await github.copilotSpaces.createForUser({ username, name: "Mine" });
      const error = (await thrown(github.copilotSpaces.addCollaboratorForUser({ username, space_number: space.number, actor_type: "Team", actor_identifier: "planners", role: "reader" }))) as ValidationError;
      expect(error.errors[0]).toMatchObject({ field: "actor_type", code: "invalid" });
      expect(await github.copilotSpaces.addCollaboratorForUser({ username, space_number: space.number, actor_type: "User", actor_identifier: "mona", role: "reader" })).toMatchObject({ login: "mona" });
    });
  });
});

describe("resources, one set with resources_attributes", () => {
  it("create → list → get → set → delete, seen through the Space too", async () => {
    const at = await orgSpace();
    const created = await github.copilotSpaces.createResourceForOrg({ ...at, resource_type: "free_text", metadata: { name: "Rules", text: "Sprints" } }).withResponse();
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
    expect(await github.copilotSpaces.getResourceForOrg({ ...at, space_resource_id: attached!.id })).toMatchObject({ resource_type: "repository", metadata: { repository_id: 7 } });
    await github.copilotSpaces.updateForOrg({ ...at, resources_attributes: [{ id: attached!.id, _destroy: true }] });
    expect(await github.copilotSpaces.listResourcesForOrg(at)).toEqual({ resources: [] });
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

describe("deleting a Space", () => {
  it("deletes its collaborators and resources: a new Space never inherits them", async () => {
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

  it("a snapshot keeps collaborators, and restore() brings them back", async () => {
    const at = await orgSpace();
    await github.copilotSpaces.addCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona", role: "reader" });
    const snapshot = mock.snapshot();
    await github.copilotSpaces.removeCollaboratorForOrg({ ...at, actor_type: "User", actor_identifier: "mona" });
    mock.restore(snapshot);
    expect((await github.copilotSpaces.listCollaboratorsForOrg(at)).collaborators.map((c) => c.role)).toEqual(["reader"]);
  });
});
