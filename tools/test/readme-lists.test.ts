// The tools' README lists every source file by folder, and each folder's README lists its own files.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = resolve(import.meta.dirname, "../src");
const folders = readdirSync(src, { withFileTypes: true }).filter((entry) => entry.isDirectory());
const sources = (folder: string) => readdirSync(resolve(src, folder)).filter((file) => file.endsWith(".ts"));

describe("the tools' READMEs", () => {
  it("keep every source file in a role folder", () => {
    expect(readdirSync(src).filter((file) => file.endsWith(".ts"))).toEqual([]);
  });

  it.each(folders.map((f) => f.name))("list every file of src/%s", (folder) => {
    const top = readFileSync(resolve(src, "../README.md"), "utf8");
    const own = readFileSync(resolve(src, folder, "README.md"), "utf8");
    for (const file of sources(folder)) {
      expect(top, `tools/README.md lacks src/${folder}/${file}`).toContain(`\`src/${folder}/${file}\``);
      expect(own, `src/${folder}/README.md lacks ${file}`).toContain(`\`${file}\``);
    }
  });
});
