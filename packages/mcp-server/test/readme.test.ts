import { resolve } from "node:path";
import { checkReadmeSnippets } from "@copilot-spaces/tools/readme-snippets";
import { describe, expect, it } from "vitest";

describe("README.md", () => {
  it("every TypeScript block type-checks against the built package and the MCP SDK (a block marked `fragment` excepted)", () => {
    expect(checkReadmeSnippets(resolve(import.meta.dirname, ".."))).toEqual([]);
  });
});
