// What a 403 says is missing: GitHub's X-Accepted-GitHub-Permissions, X-Accepted-OAuth-Scopes and
// X-OAuth-Scopes become fields of PermissionDeniedError and words of its message; the versions
// apiVersion accepts are the description's. Permission titles and versions come from the bundle.
import { permissionTitles } from "@copilot-spaces/tools/bundle-model";
import { apiVersionsOf } from "@copilot-spaces/tools/generate-client";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuthenticationError, createCopilotSpacesClient, InvalidArgumentError, PermissionDeniedError, type CopilotSpacesClient } from "../src/index.js";
import { fakeSleep, json, startTestServer, testClient, type TestServer } from "./test-server.js";

const TOKEN = "ghp_Zq7SECRETtoken0000000000000000000000";
const bundle = readBundle();
const [[key, { title, kind }] = ["", { title: "", kind: "" }], [otherKey, other] = ["", { title: "", kind: "" }]] = Object.entries(permissionTitles(bundle));
const { versions, fallback } = apiVersionsOf(bundle);
let server: TestServer;
let client: CopilotSpacesClient;

beforeEach(async () => {
  server = await startTestServer();
  client = testClient(server, fakeSleep().sleep, [], { token: TOKEN });
});
afterEach(() => server.close());

async function forbidden(headers: Record<string, string>, message = "Resource not accessible by personal access token") {
  server.handle((_req, res) => json(res, 403, { message, documentation_url: "https://docs.github.com/rest", status: "403" }, headers));
  const error = await client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PermissionDeniedError);
  return error as PermissionDeniedError;
}

describe("a 403 names what the token is missing", () => {
  it.each([
    {
      case: "one permission, known to the description",
      headers: { "x-accepted-github-permissions": `${key}=write` },
      fields: { acceptedPermissions: [{ [key]: "write" }], acceptedScopes: undefined, tokenScopes: undefined },
      says: `this token needs the ${title} ${kind} permission (write); it has none`,
    },
    {
      case: "two sets of permissions, either of which would do; an unknown key is named as it is",
      headers: { "x-accepted-github-permissions": `${key}=read,contents=read; ${otherKey}=write` },
      fields: { acceptedPermissions: [{ [key]: "read", contents: "read" }, { [otherKey]: "write" }] },
      says: `this token needs the ${title} ${kind} permission (read) and the contents permission (read) or the ${other?.title} ${other?.kind} permission (write); it has none`,
    },
    {
      case: "a scope the classic token lacks, beside the scopes it has",
      headers: { "x-accepted-oauth-scopes": "read:org, repo", "x-oauth-scopes": "repo" },
      fields: { acceptedPermissions: undefined, acceptedScopes: ["read:org", "repo"], tokenScopes: ["repo"] },
      says: "this token needs the scope read:org; it has repo",
    },
    {
      case: "scopes, to a token that has none",
      headers: { "x-accepted-oauth-scopes": "read:org, repo", "x-oauth-scopes": "" },
      fields: { acceptedScopes: ["read:org", "repo"], tokenScopes: [] },
      says: "this token needs the scopes read:org, repo; it has none",
    },
  ] as Array<{ case: string; headers: Record<string, string>; fields: Record<string, unknown>; says: string }>)("$case", async ({ headers, fields, says }) => {
    const error = await forbidden(headers);
    expect(error).toMatchObject(fields);
    expect(error.message).toBe(
      `copilotSpaces.getForOrg: GET ${server.url}/orgs/octo-org/copilot-spaces/3 answered 403: Resource not accessible by personal access token (${says})`,
    );
    expect(error.toJSON()).toMatchObject(fields);
  });

  it.each([
    ["no access header at all", {}],
    [
      "a token that has every scope GitHub checks for (a 403 for another reason)",
      { "x-accepted-oauth-scopes": "read:org", "x-oauth-scopes": "read:org, repo" },
    ],
  ] as Array<[string, Record<string, string>]>)("adds nothing to GitHub's message for %s", async (_case, headers) => {
    const error = await forbidden(headers, "Must have admin rights to Copilot Space.");
    expect(error.message).toMatch(/answered 403: Must have admin rights to Copilot Space\.$/);
  });

  it("never shows the token, even when a header carries it", async () => {
    const error = await forbidden({ "x-accepted-oauth-scopes": `read:org, ${TOKEN}`, "x-oauth-scopes": "repo" });
    expect(error.message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(error.message).toMatch(/needs the scopes read:org, \[REDACTED\]; it has repo\)$/);
  });

  it("401 Bad credentials stays an AuthenticationError with GitHub's message", async () => {
    server.handle((_req, res) => json(res, 401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" }));
    const error = await client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe(`copilotSpaces.getForOrg: GET ${server.url}/orgs/octo-org/copilot-spaces/3 answered 401: Bad credentials`);
  });
});

describe("apiVersion is one of the versions the description lists", () => {
  it.each(versions)("sends X-GitHub-Api-Version: %s when asked", async (version) => {
    const pinned = createCopilotSpacesClient({ token: "t", baseUrl: server.url, apiVersion: version as never });
    await pinned.copilotSpaces.getForUser({ username: "octocat", space_number: 1 });
    expect(server.requests[0]?.headers["x-github-api-version"]).toBe(version);
  });

  it("sends the header parameter's default when none is given", async () => {
    await createCopilotSpacesClient({ token: "t", baseUrl: server.url }).copilotSpaces.getForUser({ username: "octocat", space_number: 1 });
    expect(server.requests[0]?.headers["x-github-api-version"]).toBe(fallback);
  });

  it.each(["2024-01-01", "latest", ""])("refuses %j, naming the option and the versions, and sends nothing", (version) => {
    expect(() => createCopilotSpacesClient({ token: "t", baseUrl: server.url, apiVersion: version as never })).toThrow(
      new InvalidArgumentError("apiVersion", `must be one of ${versions.join(", ")}`),
    );
    expect(server.requests).toEqual([]);
  });
});
