import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { expectedLinks, pagesUrl, publishedDirs, readManifest } from "../src/release/release.ts";
import { repoRoot } from "../src/model/paths.ts";

const changesets = JSON.parse(readFileSync(resolve(repoRoot, ".changeset/config.json"), "utf8")) as { ignore: string[] };
const published = publishedDirs();

describe("what a release publishes", () => {
  it("publishes the description, the client, the mock and the MCP server; changesets leaves the private packages alone", () => {
    expect(published.map((dir) => readManifest(dir).name).sort()).toEqual([
      "@copilot-spaces/client",
      "@copilot-spaces/mcp-server",
      "@copilot-spaces/mock-server",
      "@copilot-spaces/openapi",
    ]);
    for (const name of changesets.ignore) expect(published.map((dir) => readManifest(dir).name)).not.toContain(name);
  });

  it.each(published)("%s: links derived from the root repository URL, licence, engines, files, provenance", (dir) => {
    const manifest = readManifest(dir);
    expect(manifest).toMatchObject({
      ...expectedLinks(dir),
      license: "MIT",
      engines: { node: ">=20.19" },
      publishConfig: { access: "public", provenance: true },
    });
    expect(manifest.files).toEqual(expect.arrayContaining(["LICENSE", "CHANGELOG.md", "README.md"]));
    for (const file of ["LICENSE", "CHANGELOG.md"]) expect(existsSync(resolve(repoRoot, dir, file)), `${dir}/${file}`).toBe(true);
    expect(readFileSync(resolve(repoRoot, dir, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    // The README starts with the name, a line saying what it is, then how to install it.
    const readme = readFileSync(resolve(repoRoot, dir, "README.md"), "utf8");
    expect(readme.split("\n")[0]).toBe(`# ${manifest.name}`);
    expect(readme.indexOf("## Install")).toBeGreaterThan(0);
    expect(readme.indexOf("## Install")).toBe(readme.indexOf("## "));
  });

  it("the docs point at the repository's Pages site", () => {
    expect(readManifest("packages/docs").homepage).toBe(pagesUrl());
  });
});
