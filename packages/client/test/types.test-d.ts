import { describe, expectTypeOf, it } from "vitest";
import {
  createCopilotSpacesClient,
  PermissionDeniedError,
  type ApiVersion,
  type CopilotSpace,
  type CopilotSpaceCollaborator,
  type CopilotSpaceResource,
  type CopilotSpaceSummary,
} from "../src/index.js";
import type { ItemOf } from "../src/types.js";

const client = createCopilotSpacesClient({ token: "t" });

describe("method parameters are typed from the description", () => {
  it("accepts path, query and body fields in one object", () => {
    void client.copilotSpaces.listForOrg({ org: "octo-org", per_page: 50, after: "x" });
    void client.copilotSpaces.createForOrg({
      org: "octo-org",
      name: "Space",
      base_role: "admin",
      resources_attributes: [{ resource_type: "github_file", metadata: { repository_id: 1, file_path: "a.md" } }],
    });
    void client.copilotSpaces.updateForUser({ username: "octocat", space_number: 5, resources_attributes: [{ id: 123, _destroy: true }] });
  });

  it("refuses a create without name", () => {
    // @ts-expect-error name is required
    void client.copilotSpaces.createForOrg({ org: "octo-org" });
  });

  it("refuses a misspelled field", () => {
    // @ts-expect-error general_instruction is not a field (general_instructions is)
    void client.copilotSpaces.createForUser({ username: "octocat", name: "x", general_instruction: "y" });
  });

  it("refuses base_role admin or writer on a user space, and an unknown role anywhere", () => {
    // @ts-expect-error user spaces accept reader and no_access only
    void client.copilotSpaces.createForUser({ username: "octocat", name: "x", base_role: "admin" });
    // @ts-expect-error user spaces accept reader and no_access only
    void client.copilotSpaces.updateForUser({ username: "octocat", space_number: 1, base_role: "writer" });
    // @ts-expect-error owner is not a base role
    void client.copilotSpaces.updateForOrg({ org: "o", space_number: 1, base_role: "owner" });
  });

  it("refuses a missing path parameter and a string per_page", () => {
    // @ts-expect-error space_number is required
    void client.copilotSpaces.getForUser({ username: "octocat" });
    // @ts-expect-error per_page is an integer
    void client.copilotSpaces.listForUser({ username: "octocat", per_page: "10" });
  });

  it("does not take the headers the client sets itself", () => {
    // @ts-expect-error X-GitHub-Api-Version is set by the client
    void client.copilotSpaces.getForOrg({ org: "o", space_number: 1, "X-GitHub-Api-Version": "2026-03-10" });
  });
});

describe("methods resolve to the typed body", () => {
  it("a Space, a page of Space summaries, or nothing for a delete", () => {
    expectTypeOf(client.copilotSpaces.getForOrg({ org: "o", space_number: 1 })).resolves.toEqualTypeOf<CopilotSpace>();
    expectTypeOf(client.copilotSpaces.listForUser({ username: "u" })).resolves.toEqualTypeOf<{ spaces: CopilotSpaceSummary[] }>();
    expectTypeOf(client.copilotSpaces.deleteForUser({ username: "u", space_number: 1 })).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.copilotSpaces.createForOrg({ org: "o", name: "x" }).withResponse())
      .resolves.toHaveProperty("status")
      .toEqualTypeOf<number>();
  });

  it("a single Space always has its base role; a list item may lack it", () => {
    expectTypeOf<CopilotSpace["base_role"]>().toEqualTypeOf<NonNullable<CopilotSpaceSummary["base_role"]>>();
    expectTypeOf<undefined>().toExtend<CopilotSpaceSummary["base_role"]>();
    expectTypeOf<undefined>().not.toExtend<CopilotSpace["base_role"]>();
    // Both name the same fields: a Space is a summary with more of them required.
    expectTypeOf<keyof CopilotSpace>().toEqualTypeOf<keyof CopilotSpaceSummary>();
  });

  it("paginates list methods only, and yields Space summaries", () => {
    expectTypeOf<ItemOf<typeof client.copilotSpaces.listForOrg>>().toEqualTypeOf<CopilotSpaceSummary>();
    expectTypeOf(client.paginate.all(client.copilotSpaces.listForOrg, { org: "o" })).resolves.toEqualTypeOf<CopilotSpaceSummary[]>();
    // @ts-expect-error getForOrg is not a paginated list
    void client.paginate.all(client.copilotSpaces.getForOrg, { org: "o", space_number: 1 });
  });

  it("collaborators and resources: typed parameters and results", () => {
    expectTypeOf(
      client.copilotSpaces.addCollaboratorForOrg({ org: "o", space_number: 1, actor_type: "Team", actor_identifier: "planners", role: "reader" }),
    ).resolves.toEqualTypeOf<CopilotSpaceCollaborator>();
    // @ts-expect-error a collaborator's role is reader, writer or admin
    void client.copilotSpaces.addCollaboratorForOrg({ org: "o", space_number: 1, actor_type: "User", actor_identifier: "mona", role: "owner" });
    // @ts-expect-error actor_type is User or Team
    void client.copilotSpaces.removeCollaboratorForUser({ username: "u", space_number: 1, actor_type: "Bot", actor_identifier: "x" });
    // Setting no_access answers 204 with no body: the result may be nothing.
    expectTypeOf(
      client.copilotSpaces.updateCollaboratorForUser({ username: "u", space_number: 1, actor_type: "User", actor_identifier: "mona", role: "no_access" }),
    ).resolves.toEqualTypeOf<CopilotSpaceCollaborator | void>();
    expectTypeOf(client.copilotSpaces.getResourceForOrg({ org: "o", space_number: 1, space_resource_id: 2 })).resolves.toEqualTypeOf<CopilotSpaceResource>();
    // @ts-expect-error this endpoint does not create media resources
    void client.copilotSpaces.createResourceForOrg({ org: "o", space_number: 1, resource_type: "media_content", metadata: {} });
  });

  it("narrows the owner by type", () => {
    const owner = {} as CopilotSpace["owner"];
    if (owner.type === "Organization") expectTypeOf(owner.members_url).toEqualTypeOf<string>();
  });
});

describe("apiVersion and a 403's access fields are typed", () => {
  it("accepts the versions the description lists and refuses others", () => {
    expectTypeOf<ApiVersion>().toEqualTypeOf<"2022-11-28" | "2026-03-10">();
    createCopilotSpacesClient({ token: "t", apiVersion: "2022-11-28" });
    // @ts-expect-error not a version the description lists
    createCopilotSpacesClient({ token: "t", apiVersion: "2024-01-01" });
  });

  it("types the fields parsed from GitHub's headers, undefined when absent", () => {
    const error = {} as PermissionDeniedError;
    expectTypeOf(error.acceptedPermissions).toEqualTypeOf<Array<Record<string, string>> | undefined>();
    expectTypeOf(error.acceptedScopes).toEqualTypeOf<string[] | undefined>();
    expectTypeOf(error.tokenScopes).toEqualTypeOf<string[] | undefined>();
  });
});
