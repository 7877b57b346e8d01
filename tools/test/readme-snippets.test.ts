import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkReadmeSnippets, typeScriptSnippets } from "../src/check/readme-snippets.ts";

const readme = [
  "# pkg", // 1
  "", // 2
  "```ts", // 3
  "const count: number = 1;", // 4
  "const name: string = count;", // 5
  "```", // 6
  "", // 7
  "```ts fragment", // 8
  "for await (const x of { … }) {}", // 9
  "```", // 10
  "", // 11
  "```sh", // 12
  "npm install pkg", // 13
  "```", // 14
  "```typescript", // 15
  "export const ok: string = 'fine';", // 16
  "```", // 17
].join("\n");

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("README snippets", () => {
  it("finds the TypeScript blocks with their lines, and which are marked as fragments", () => {
    expect(typeScriptSnippets(readme).map(({ line, fragment }) => ({ line, fragment }))).toEqual([
      { line: 4, fragment: false },
      { line: 9, fragment: true },
      { line: 16, fragment: false },
    ]);
  });

  it("reports a type error by its README line, and skips a fragment", () => {
    dir = mkdtempSync(resolve(tmpdir(), "readme-snippets-"));
    writeFileSync(resolve(dir, "README.md"), readme);
    const problems = checkReadmeSnippets(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^README\.md line 5: TS2322 Type 'number' is not assignable to type 'string'\.$/);
  });

  it("has nothing to say of a README whose blocks compile", () => {
    dir = mkdtempSync(resolve(tmpdir(), "readme-snippets-"));
    writeFileSync(resolve(dir, "README.md"), "```ts\nexport const n: number = 1;\n```\n");
    expect(checkReadmeSnippets(dir)).toEqual([]);
  });
});
