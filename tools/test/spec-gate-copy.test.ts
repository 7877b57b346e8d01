// The gate as a contributor meets it, in a scratch copy of the repository: a breaking change to the
// description fails without a changeset and passes with one; a change of words passes with none.
// The copy's bundle is written from the released one (the tools' suite runs before any build).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationsOf, resolvePointer } from "../src/model/bundle-model.ts";
import { copyTrackedFiles, repoRoot } from "../src/model/paths.ts";
import { publishedDirs, readManifest } from "../src/release/release.ts";

type Node = Record<string, any>;
let copy: string;
const released = JSON.parse(readFileSync(resolve(repoRoot, "spec/released/openapi.json"), "utf8")) as Node;

beforeAll(() => {
  copy = resolve(mkdtempSync(resolve(tmpdir(), "spec-gate-copy-")), "repo");
  copyTrackedFiles(copy);
  for (const dir of [".", "tools", "spec"]) symlinkSync(resolve(repoRoot, dir, "node_modules"), resolve(copy, dir, "node_modules"));
  // No pending changeset: the copy starts from a release.
  for (const file of readdirSync(resolve(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")) rmSync(resolve(copy, ".changeset", file));
  // Its spec/dist/ is not tracked: each case writes the bundle there.
  mkdirSync(resolve(copy, "spec/dist"), { recursive: true });
});
afterAll(() => rmSync(resolve(copy, ".."), { recursive: true, force: true }));

/** Runs the copy's gate on the released bundle changed by `edit`. */
function gateWith(edit: (bundle: Node) => void): { status: number; output: string } {
  const bundle = structuredClone(released);
  edit(bundle);
  writeFileSync(resolve(copy, "spec/dist/openapi.json"), JSON.stringify(bundle));
  const result = spawnSync(process.execPath, ["--import", "tsx", resolve(copy, "tools/src/check/spec-gate.ts")], {
    cwd: resolve(copy, "tools"),
    encoding: "utf8",
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** A required property of the first answer with a body, made optional: breaking for TypeScript users. */
function optionalProperty(bundle: Node): string {
  const op = operationsOf(bundle).find((o) => o.success.schemaPointer)!;
  let schema = resolvePointer(bundle, `#${op.success.schemaPointer}`) as Node;
  while (typeof schema.$ref === "string") schema = resolvePointer(bundle, schema.$ref) as Node;
  const holder = Array.isArray(schema.required)
    ? schema
    : (schema.allOf as Node[]).map((p) => (p.$ref ? (resolvePointer(bundle, p.$ref) as Node) : p)).find((p) => Array.isArray(p.required))!;
  const [name] = holder.required as string[];
  holder.required = (holder.required as string[]).slice(1);
  return name!;
}

describe("spec:gate in a scratch copy", () => {
  it("fails on a breaking change without a changeset, naming the packages and the bump", () => {
    let name = "";
    const { status, output } = gateWith((b) => (name = optionalProperty(b)));
    expect(status).toBe(1);
    expect(output).toContain(`${name}: made optional`);
    for (const dir of publishedDirs()) expect(output).toContain(`${readManifest(dir).name} needs a`);
    expect(output).toContain("pnpm changeset");
  });

  it("passes the same change once a changeset bumps the three packages enough", () => {
    const bump = (version: string) => (version.startsWith("0.") ? "minor" : "major");
    const lines = publishedDirs().map((dir) => `"${readManifest(dir).name}": ${bump(readManifest(dir).version)}`);
    writeFileSync(resolve(copy, ".changeset/breaking.md"), `---\n${lines.join("\n")}\n---\n\nA breaking change.\n`);
    try {
      expect(gateWith((b) => optionalProperty(b)).status).toBe(0);
    } finally {
      rmSync(resolve(copy, ".changeset/breaking.md"));
    }
  });

  it("passes a change of words with no changeset", () => {
    const { status, output } = gateWith((b) => {
      const op = operationsOf(b)[0]!;
      (resolvePointer(b, `#${op.at}`) as Node).summary = "Reworded by the test";
    });
    expect(status, output).toBe(0);
    expect(output).toContain("summary: reworded");
  });
});
