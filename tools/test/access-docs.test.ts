import { describe, expect, it } from "vitest";
import { accessMarkdown, ACCESS_HEADING, TOKEN_KIND_NAMES, VERSION_SECTION, versionParameter, withAccessTables } from "../src/generate/access-docs.ts";
import { operationsOf, permissionTitles, SERVED_WITHOUT_HEADER, TOKEN_KINDS, type ModelAccess } from "../src/model/bundle-model.ts";
import { readBundle } from "../src/model/paths.ts";

const bundle = readBundle();
const titles = { organization_things: { title: "Things", kind: "organization" } };
const rowOf = (markdown: string, kind: (typeof TOKEN_KINDS)[number]) => markdown.split("\n").find((line) => line.startsWith(`| ${TOKEN_KIND_NAMES[kind]} |`));

describe("accessMarkdown", () => {
  it("says for each kind of token whether it works and names the scopes or the permission's title and level", () => {
    const access: ModelAccess = {
      tokenKinds: ["classic-pat", "fine-grained-pat"],
      scopes: ["read:org", "repo"],
      permissions: { organization_things: "write" },
    };
    const markdown = accessMarkdown(access, titles);
    expect(markdown.startsWith(`### ${ACCESS_HEADING}\n`)).toBe(true);
    expect(rowOf(markdown, "classic-pat")).toBe("| Personal access token (classic) | Yes | the scopes `read:org` and `repo` |");
    expect(rowOf(markdown, "fine-grained-pat")).toBe(
      '| Fine-grained personal access token | Yes | the "Things" organization permission: write (`organization_things=write`) |',
    );
    for (const kind of ["oauth-app", "github-app-installation", "github-app-user"] as const)
      expect(rowOf(markdown, kind)).toBe(`| ${TOKEN_KIND_NAMES[kind]} | No | — |`);
    expect(markdown).not.toContain("Assumed");
  });

  it("notes rules that are assumed, with the reason, and their source", () => {
    const access: ModelAccess = {
      tokenKinds: ["github-app-user"],
      scopes: [],
      permissions: { organization_things: "read" },
      assumed: "by analogy | with its Space",
      source: "GitHub's docs data",
    };
    const markdown = accessMarkdown(access, titles);
    expect(rowOf(markdown, "github-app-user")).toContain("read (or write)");
    expect(markdown).toContain("**Assumed:** by analogy | with its Space");
    expect(markdown).toContain("**Source:** GitHub's docs data");
  });
});

describe("withAccessTables", () => {
  const docs = withAccessTables(bundle);

  it("appends the table to every operation's description and leaves the bundle it was given alone", () => {
    const all = operationsOf(docs);
    expect(all.length).toBeGreaterThan(0);
    for (const op of all) {
      const description = String(op.operation.description);
      expect(description, op.operationId).toContain(accessMarkdown(op.access!, permissionTitles(bundle)));
      for (const kind of TOKEN_KINDS) expect(rowOf(description, kind), `${op.operationId} ${kind}`).toBeDefined();
    }
    for (const op of operationsOf(bundle)) expect(String(op.operation.description)).not.toContain(ACCESS_HEADING);
  });

  it("puts the table of API versions at the end of the API-version section, naming each version and the one served without the header", () => {
    const { name, versions, fallback } = versionParameter(bundle);
    const description = String(docs.info.description);
    const start = description.indexOf(`## ${VERSION_SECTION}\n`);
    const next = description.indexOf("\n## ", start + 1);
    const section = description.slice(start, next);
    for (const version of versions) expect(section).toContain(`| \`${version}\` |`);
    expect(section).toContain(`A request without \`${name}\` is served \`${fallback}\`.`);
    expect(description.slice(next)).not.toContain("API version served");
  });

  it("refuses a bundle that does not say which version a request without the header gets", () => {
    const copy = structuredClone(bundle);
    for (const op of operationsOf(copy)) for (const p of op.parameters) delete p.node[SERVED_WITHOUT_HEADER];
    for (const parameter of Object.values(copy.components.parameters ?? {})) delete (parameter as Record<string, unknown>)[SERVED_WITHOUT_HEADER];
    expect(() => withAccessTables(copy)).toThrow(SERVED_WITHOUT_HEADER);
  });

  it("refuses an operation without x-access", () => {
    const copy = structuredClone(bundle);
    const [op] = operationsOf(copy);
    delete (copy.paths[op!.path]![op!.method] as Record<string, unknown>)["x-access"];
    expect(() => withAccessTables(copy)).toThrow(`${op!.operationId}: no x-access`);
  });
});
