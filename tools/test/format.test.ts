// One formatter for the hand-written code: Biome, run by `pnpm format` and checked by `pnpm lint`
// (which .ci/run runs before the tests).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/model/paths.ts";

const biome = resolve(repoRoot, "node_modules/.bin/biome");
const scripts = (JSON.parse(readFileSync(resolve(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("formatting", () => {
  it("pnpm lint checks it, and .ci/run lints before the tests (which run even when the lint fails)", () => {
    expect(scripts.lint).toContain("biome format .");
    expect(scripts.format).toBe("biome format --write .");
    expect(readFileSync(resolve(repoRoot, ".ci/run"), "utf8")).toMatch(/pnpm lint \|\| lint=\$\?\n\s*pnpm test/);
  });

  it("fails on an unformatted file, and passes once it is formatted", () => {
    const scratch = mkdtempSync(resolve(repoRoot, "tools/.format-check-"));
    try {
      const file = resolve(scratch, "ugly.ts");
      writeFileSync(file, "export const  x={a:1,\n b : 2}\n");
      const check = (path: string) => spawnSync(biome, ["format", path], { cwd: repoRoot, encoding: "utf8" });
      expect(check(file).status).not.toBe(0);
      spawnSync(biome, ["format", "--write", file], { cwd: repoRoot });
      expect(check(file).status).toBe(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
