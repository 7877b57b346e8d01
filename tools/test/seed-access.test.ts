// The seed page's sentences on tokens read into rules, and the seed check failing, with the
// operation named, on a description whose x-access says otherwise; on a two-operation page and
// bundle made here, in the words of GitHub's reference page.
import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../src/model/paths.ts";
import type { SeedOperation } from "../src/model/seed-page.ts";
import { readPageAccess, scopeParagraph, scopesOf } from "../src/check/seed-access.ts";
import { checkSeedConformance } from "../src/check/seed-conformance.ts";

const CLASSIC = "OAuth app tokens and personal access tokens (classic)";
const WORKS = "This endpoint works with the following fine-grained token types:";
const SET = "The fine-grained token must have the following permission set:";
const NOT_APPS =
  "This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.";
const ALL = ["classic-pat", "oauth-app", "fine-grained-pat", "github-app-installation", "github-app-user"];

describe("the scope sentence", () => {
  it.each([
    [`${CLASSIC} need the read:org scope to use this endpoint.`, ["read:org"]],
    [`${CLASSIC} need both the read:org and repo scopes to use this endpoint.`, ["read:org", "repo"]],
    [`${CLASSIC} need the \`write:user\` scope to use this endpoint.`, ["write:user"]],
    [`${CLASSIC} need both the \`read:org\` and \`repo\` scopes to use this endpoint.`, ["read:org", "repo"]],
    [`${CLASSIC} need the repo, user and read:org scopes to use this endpoint.`, ["repo", "user", "read:org"]],
    [`${CLASSIC} need the read:org or repo scope to use this endpoint.`, undefined],
    [`${CLASSIC} need the repository scope for this endpoint.`, undefined],
    ["OAuth app tokens need the repo scope to use this endpoint.", undefined],
  ])("%s → %j", (sentence, scopes) => {
    expect(scopesOf(sentence)).toEqual(scopes);
  });

  it("is found among the paragraphs of a description, and kept when unread", () => {
    const read = `Lists widgets.\n\n${CLASSIC} need the \`read:org\`\nscope to use this endpoint.\n\nFine-grained tokens must have access.`;
    expect(scopeParagraph(read)).toEqual({ sentence: `${CLASSIC} need the \`read:org\` scope to use this endpoint.`, scopes: ["read:org"] });
    const unread = `Lists widgets.\n\n${CLASSIC} need the read:org or repo scope to use this endpoint.`;
    expect(scopeParagraph(unread)).toEqual({ sentence: `${CLASSIC} need the read:org or repo scope to use this endpoint.` });
    expect(scopeParagraph("Lists widgets.")).toBeUndefined();
  });
});

describe("the page's access sentences → rules", () => {
  const scope = `${CLASSIC} need the read:org scope to use this endpoint.`;
  const copilot = (level: string) => `"Copilot Spaces" organization permissions (${level})`;
  it.each([
    {
      case: "works with (its list lost, as in the seed text) and a permission set",
      prose: ["Lists widgets.", scope],
      fineGrained: [WORKS, SET, copilot("write")],
      tokenKinds: ALL,
      permissions: [{ title: "Copilot Spaces", kind: "organization", level: "write" }],
    },
    {
      case: "works with a listed token type only",
      prose: [scope],
      fineGrained: [WORKS, "Fine-grained personal access tokens", SET, copilot("read")],
      tokenKinds: ["classic-pat", "oauth-app", "fine-grained-pat"],
      permissions: [{ title: "Copilot Spaces", kind: "organization", level: "read" }],
    },
    {
      case: "works with, but not with one kind",
      prose: [scope],
      fineGrained: [WORKS, "This endpoint does not work with GitHub App installation access tokens.", SET, copilot("read")],
      tokenKinds: ["classic-pat", "oauth-app", "fine-grained-pat", "github-app-user"],
      permissions: [{ title: "Copilot Spaces", kind: "organization", level: "read" }],
    },
    { case: "does not work with the three other kinds", prose: [scope], fineGrained: [NOT_APPS], tokenKinds: ["classic-pat", "oauth-app"], permissions: [] },
  ])("$case", ({ prose, fineGrained, tokenKinds, permissions }) => {
    expect(readPageAccess({ prose, fineGrained })).toEqual({ tokenKinds, scopes: ["read:org"], permissions, unread: [] });
  });

  it.each([
    ["no scope sentence", ["Lists widgets."], [NOT_APPS], "(none): the page names no scope for OAuth app tokens and personal access tokens (classic)"],
    [
      "a scope sentence it cannot read",
      [`${CLASSIC} need the read:org or repo scope to use this endpoint.`],
      [NOT_APPS],
      `"${CLASSIC} need the read:org or repo scope to use this endpoint."`,
    ],
    ["a second sentence on tokens", [scope, "GitHub App tokens need more."], [NOT_APPS], '"GitHub App tokens need more."'],
    ["nothing on fine-grained tokens", [scope], [], "(none): the page says neither which fine-grained token types work nor which do not"],
    [
      "an unknown token type",
      [scope],
      ["This endpoint does not work with refresh tokens."],
      '"This endpoint does not work with refresh tokens." (the token type "refresh tokens")',
    ],
    ["works with, and no permission set", [scope], [WORKS], "(none): the page names fine-grained token types that work but no permission set"],
    ["a permission outside a permission set", [scope], [NOT_APPS, copilot("read")], `"${copilot("read")}"`],
    [
      "an unknown line under the fine-grained heading",
      [scope],
      [WORKS, SET, copilot("read"), "Fine-grained tokens may also be used."],
      '"Fine-grained tokens may also be used."',
    ],
  ])("reports %s as unread", (_case, prose, fineGrained, unread) => {
    expect(readPageAccess({ prose, fineGrained }).unread).toContain(unread);
  });
});

// A page of two operations (an organization's and a user's) and a description that matches it.
type Node = Record<string, any>;
interface Fixture {
  title: string;
  path: string;
  prose: string[];
  fineGrained: string[];
  access: Node;
}
const ORG: Fixture = {
  title: "List organization widgets",
  path: "/orgs/{org}/widgets",
  prose: ["Lists widgets.", `${CLASSIC} need both the read:org and repo scopes to use this endpoint.`],
  fineGrained: [WORKS, SET, '"Copilot Spaces" organization permissions (write)'],
  access: { "token-kinds": ALL, scopes: ["read:org", "repo"], permissions: { organization_copilot_spaces: "write" } },
};
const USER: Fixture = {
  title: "List widgets for a user",
  path: "/users/{username}/widgets",
  prose: ["Lists a user's widgets.", `${CLASSIC} need the read:user scope to use this endpoint.`],
  fineGrained: [NOT_APPS],
  access: { "token-kinds": ["classic-pat", "oauth-app"], scopes: ["read:user"] },
};
const seed: SeedOperation[] = [ORG, USER].map(({ title, path, prose, fineGrained }) => ({
  title,
  method: "get",
  path,
  prose,
  fineGrained,
  parameters: [],
  statuses: [{ code: 200, description: "OK" }],
  curl: { method: "GET", url: `https://api.github.com${path}`, headers: { "X-GitHub-Api-Version": "2026-03-10" } },
  responseExamples: [],
}));
const where = (op: Fixture) => `GET ${op.path} ("${op.title}")`;

const operation = (op: Fixture, owner: string): Node => ({
  summary: op.title,
  operationId: `widgets/list-for-${owner}`,
  tags: ["widgets"],
  description: [...op.prose, ...op.fineGrained].join("\n\n"),
  parameters: [{ $ref: "#/components/parameters/api-version" }],
  "x-access": structuredClone(op.access),
  responses: { "200": { description: "OK" } },
});
const bundle = (edit: (copy: Node) => void = () => {}): OpenApiDocument => {
  const document: Node = {
    openapi: "3.1.0",
    info: { title: "Widgets", version: "1", description: "" },
    servers: [{ url: "https://api.github.com" }],
    security: [{ bearer: [] }],
    "x-github-permissions": { organization_copilot_spaces: { title: "Copilot Spaces", kind: "organization" } },
    paths: { [ORG.path]: { get: operation(ORG, "org") }, [USER.path]: { get: operation(USER, "user") } },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      parameters: {
        "api-version": {
          name: "X-GitHub-Api-Version",
          in: "header",
          "x-seed-addition": "The page's requests send it.",
          schema: { type: "string", enum: ["2022-11-28", "2026-03-10"], default: "2026-03-10" },
          "x-served-without-header": "2022-11-28",
        },
      },
    },
  };
  edit(document);
  return document as OpenApiDocument;
};
const access = (document: Node, op: Fixture) => document.paths[op.path].get["x-access"] as Node;

describe("the seed check against x-access", () => {
  it("passes a description whose x-access says what the page says, the API version it does not document included", () => {
    expect(checkSeedConformance(seed, bundle())).toEqual([]);
  });

  it("names the operation and a token kind (with its permission) the page says does not work", () => {
    const problems = checkSeedConformance(
      seed,
      bundle((b) => {
        access(b, USER)["token-kinds"].push("github-app-installation");
        access(b, USER).permissions = { organization_copilot_spaces: "read" };
      }),
    );
    expect(problems).toEqual([
      `${where(USER)}: x-access.token-kinds has github-app-installation, which the page says does not work.`,
      `${where(USER)}: x-access.permissions is organization_copilot_spaces=read, the page says none.`,
    ]);
  });

  it("names the operation and a token kind the page says works", () => {
    const problems = checkSeedConformance(
      seed,
      bundle((b) => (access(b, ORG)["token-kinds"] = ALL.filter((kind) => kind !== "github-app-user"))),
    );
    expect(problems).toEqual([`${where(ORG)}: x-access.token-kinds lacks github-app-user, which the page says works.`]);
  });

  it("names the operation and a scope that differs", () => {
    const problems = checkSeedConformance(
      seed,
      bundle((b) => (access(b, ORG).scopes = ["read:org"])),
    );
    expect(problems).toEqual([`${where(ORG)}: x-access.scopes is read:org, the page says read:org, repo.`]);
  });

  it("names the operation and a permission level that differs", () => {
    const problems = checkSeedConformance(
      seed,
      bundle((b) => (access(b, ORG).permissions.organization_copilot_spaces = "read")),
    );
    expect(problems).toEqual([`${where(ORG)}: x-access.permissions is organization_copilot_spaces=read, the page says organization_copilot_spaces=write.`]);
  });

  it("names a permission title that x-github-permissions does not declare", () => {
    const problems = checkSeedConformance(
      seed,
      bundle((b) => (b["x-github-permissions"].organization_copilot_spaces.title = "Copilot")),
    );
    expect(problems).toContain(`${where(ORG)}: the page's permission "Copilot Spaces" (organization) is not declared in x-github-permissions.`);
  });

  it("names an operation of the page without x-access", () => {
    const problems = checkSeedConformance(
      seed,
      bundle((b) => delete b.paths[USER.path].get["x-access"]),
    );
    expect(problems).toEqual([`${where(USER)}: has no x-access, and the page says who may call it.`]);
  });

  it("asks an operation the page lacks where its rules come from", () => {
    const extra = "/orgs/{org}/widgets/{widget_id}/parts";
    const add = (origin: Node) => (b: Node) => {
      b.paths[extra] = { get: { ...operation(ORG, "org"), operationId: "widgets/list-parts", "x-seed-addition": "The test adds it." } };
      Object.assign(b.paths[extra].get["x-access"], origin);
    };
    expect(checkSeedConformance(seed, bundle(add({})))).toEqual([
      `GET ${extra} (widgets/list-parts): the page does not have this operation, and its x-access names neither a source nor why it is assumed.`,
    ]);
    expect(checkSeedConformance(seed, bundle(add({ source: "GitHub's docs data" })))).toEqual([]);
    expect(checkSeedConformance(seed, bundle(add({ assumed: "As its Space's operations" })))).toEqual([]);
  });
});

describe("the seed check and the API versions", () => {
  const header = (b: Node) => b.components.parameters["api-version"] as Node;

  it("holds the page's version in the enum and as the default", () => {
    expect(
      checkSeedConformance(
        seed,
        bundle((b) => (header(b).schema.default = "2022-11-28")),
      ),
    ).toContain(`${where(ORG)}: the X-GitHub-Api-Version header's default is "2022-11-28", the page sends "2026-03-10".`);
    expect(
      checkSeedConformance(
        seed,
        bundle((b) => (header(b).schema.enum = ["2022-11-28"])),
      ),
    ).toContain(`${where(ORG)}: the X-GitHub-Api-Version header's enum lacks "2026-03-10".`);
  });

  it("refuses an x-served-without-header that the enum does not list", () => {
    expect(
      checkSeedConformance(
        seed,
        bundle((b) => (header(b)["x-served-without-header"] = "2021-01-01")),
      ),
    ).toEqual([ORG, USER].map((op) => `${where(op)}: the X-GitHub-Api-Version header's x-served-without-header "2021-01-01" is not among its enum values.`));
  });
});
