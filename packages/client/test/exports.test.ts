// The package's public surface is what README.md's "Exports" table documents, no more and no less:
// the names the built declarations export (types included), and the values the ESM and the CJS
// builds export at run time. A name added to src/index.ts without a row, or a row without its
// export, fails here.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const packageDir = resolve(import.meta.dirname, "..");

/** The README's Exports table: every backticked name of its first column, by the row's kind. */
function documentedExports(readme: string): { values: string[]; types: string[] } {
  const section = /^## Exports\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "## Exports" section');
  const values: string[] = [];
  const types: string[] = [];
  for (const row of section.split("\n").filter((line) => /^\| `/.test(line))) {
    const [names = "", kind = ""] = row
      .split("|")
      .slice(1)
      .map((cell) => cell.trim());
    const listed = [...names.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((match) => match[1]!);
    (kind === "type" ? types : values).push(...listed);
  }
  return { values: values.sort(), types: types.sort() };
}

/** Every name a module's declarations export, types included, as TypeScript sees them. */
function declaredExports(file: string): string[] {
  const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!);
  return checker
    .getExportsOfModule(module!)
    .map((symbol) => symbol.getName())
    .sort();
}

const documented = documentedExports(readFileSync(resolve(packageDir, "README.md"), "utf8"));

describe("the package's exports are the README's", () => {
  it("the built declarations export every documented name, and no other", () => {
    expect(declaredExports(resolve(packageDir, "dist/index.d.ts"))).toEqual([...documented.values, ...documented.types].sort());
  });

  it("the ESM build exports the documented values at run time, and no other", async () => {
    const esm = (await import(resolve(packageDir, "dist/index.js"))) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(documented.values);
  });

  it("the CJS build exports the documented values at run time, and no other", () => {
    const cjs = createRequire(import.meta.url)(resolve(packageDir, "dist/index.cjs")) as Record<string, unknown>;
    expect(Object.keys(cjs).sort()).toEqual(documented.values);
  });

  it("reads the table's rows by kind", () => {
    const readme = "## Exports\n\n| export | kind | what |\n| --- | --- | --- |\n| `a`, `B` | class | x |\n| `T` | type | `notAName` |\n\n## Next\n";
    expect(documentedExports(readme)).toEqual({ values: ["B", "a"], types: ["T"] });
  });
});
