// Typed fixtures: every builder the description gives (one per item schema of its collections, one per
// kind where the schema tells kinds apart) builds what its schema accepts (ajv, JSON Schema 2020-12,
// formats), takes overrides, never repeats an id, number or name, and repeats itself for a seed.
import { staleMockFiles } from "@copilot-spaces/tools/drift";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { propertiesOf } from "@copilot-spaces/tools/bundle-model";
import { describe, expect, it } from "vitest";
import { createFixtures, fixtures, type Fixtures } from "../src/index.js";
import { fixtureTable } from "../src/generated/fixtures.js";

const bundle = readBundle();
const validator = new BundleValidator(bundle);

type Builder = (overrides?: Record<string, unknown>) => Record<string, unknown>;
/** Every builder of a factory, by its path (`resource.githubFile`), with the schema its fixtures must satisfy. */
function builders(of: Fixtures): { path: string; schema: string; build: Builder }[] {
  const all = of as unknown as Record<string, Builder | Record<string, Builder>>;
  return fixtureTable.flatMap((f): { path: string; schema: string; build: Builder }[] =>
    "kinds" in f
      ? f.kinds.map((k) => ({ path: `${f.name}.${k.name}`, schema: k.schema, build: (all[f.name] as Record<string, Builder>)[k.name]! }))
      : [{ path: f.name, schema: f.schema, build: all[f.name] as Builder }],
  );
}

describe("fixtures", () => {
  it("the generated table is what the description gives now (the drift check)", async () => {
    expect(await staleMockFiles()).toEqual([]);
  });

  it.each(builders(fixtures).map((b) => [b.path, b] as const))(
    "%s builds what the description's schema accepts, three times over",
    (_path, { schema, build }) => {
      for (let i = 0; i < 3; i++) {
        const built = build();
        expect(validator.validate(`/components/schemas/${schema}`, built)).toEqual({ valid: true, errors: [] });
      }
    },
  );

  it("a builder per value of each kind field's enum in the description (resource_type, actor_type)", () => {
    for (const fixture of fixtureTable) {
      if (!("kinds" in fixture)) continue;
      const schemas = [...new Set(fixture.kinds.map((k) => k.schema))];
      const values = schemas.flatMap((s) => propertiesOf(bundle, { $ref: `#/components/schemas/${s}` })[fixture.kindField]?.enum as string[]);
      expect(fixture.kinds.map((k) => k.value).sort()).toEqual([...new Set(values)].sort());
      const built = builders(fixtures).filter((b) => b.path.startsWith(`${fixture.name}.`));
      expect(built.map((b) => b.build()[fixture.kindField]).sort()).toEqual([...new Set(values)].sort());
    }
  });

  it("the builders the issue names, typed: overrides win and stay valid", () => {
    const f = createFixtures();
    const space = f.space({ name: "Planning", description: null });
    expect([space.name, space.description]).toEqual(["Planning", null]);
    expect(f.collaborator.team({ role: "admin" }).role).toBe("admin");
    expect(f.collaborator.user({ login: "hubot" }).login).toBe("hubot");
    const file = f.resource.githubFile({ metadata: { repository_id: 7, file_path: "README.md" } });
    expect([file.resource_type, file.metadata]).toEqual(["github_file", { repository_id: 7, file_path: "README.md" }]);
    expect(validator.validate("/components/schemas/copilot-space", f.space({ resources_attributes: [file] })).valid).toBe(true);
  });

  it("a number given as an override moves the Space's URLs with it", () => {
    const space = createFixtures().space({ number: 41 });
    expect(space.html_url).toMatch(/\/41$/);
    expect(space.api_url).toMatch(/\/41$/);
  });

  it("fixtures of one factory share no id, number, name or login; nested resources no id", () => {
    const f = createFixtures({ seed: 3 });
    const spaces = Array.from({ length: 50 }, () => f.space());
    const users = Array.from({ length: 20 }, () => f.collaborator.user());
    const teams = Array.from({ length: 20 }, () => f.collaborator.team());
    const distinct = (values: unknown[]) => new Set(values).size === values.length;
    expect(distinct(spaces.map((s) => s.id))).toBe(true);
    expect(distinct(spaces.map((s) => s.number))).toBe(true);
    expect(distinct(spaces.map((s) => s.name))).toBe(true);
    expect(distinct(spaces.map((s) => s.html_url))).toBe(true);
    expect(distinct(spaces.flatMap((s) => (s.resources_attributes ?? []).map((r) => r.id)))).toBe(true);
    expect(distinct(users.map((u) => u.login))).toBe(true);
    expect(distinct([...users, ...teams].map((a) => a.node_id))).toBe(true);
    expect(distinct(teams.map((t) => t.slug))).toBe(true);
    // A user's URLs name the user it is, not the example's.
    expect(users[0]!.html_url).toBe(`https://github.com/${users[0]!.login}`);
  });

  it("the same seed gives the same fixtures, call for call; another seed others", () => {
    const run = (seed: number) => {
      const f = createFixtures({ seed });
      return [f.space(), f.collaborator.team(), f.resource.freeText(), f.space({ name: "x" })];
    };
    expect(run(7)).toEqual(run(7));
    expect(run(8)).not.toEqual(run(7));
  });

  it.each([
    [{ seed: 1.5 }, "seed: must be a whole number, got 1.5"],
    [{ seed: Number.NaN }, "seed: must be a whole number, got NaN"],
  ])("createFixtures(%j) is refused, naming the option", (options, message) => {
    expect(() => createFixtures(options)).toThrow(message);
  });

  it.each([["a name"], [["a", "list"]], [null]])("overrides %j are refused, naming them", (overrides) => {
    expect(() => fixtures.space(overrides as never)).toThrow(/^overrides: must be an object of the fixture's fields/);
  });
});

// Type checks only (tsc --noEmit -p . runs over the tests): never called.
export function typeChecks(): void {
  // @ts-expect-error a misspelt field is no field of a Space
  fixtures.space({ nmae: "x" });
  // @ts-expect-error a resource's kind is its builder's
  fixtures.resource.githubFile({ resource_type: "free_text" });
  // @ts-expect-error the description has no such kind of resource
  fixtures.resource.gist();
}
