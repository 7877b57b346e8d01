import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { staleClientFiles } from "@copilot-spaces/tools/drift";
import { clientGeneratedDir, renderClientFiles } from "@copilot-spaces/tools/generate-client";
import { describe, expect, it } from "vitest";

describe("src/generated", () => {
  it("matches what the generator makes from the bundle now (no drift, no hand edits)", async () => {
    expect(await staleClientFiles()).toEqual([]);
  });

  it("opens each file with a banner naming its source and the command that rebuilds it", async () => {
    for (const name of Object.keys(await renderClientFiles())) {
      const head = readFileSync(resolve(clientGeneratedDir, name), "utf8").split("\n").slice(0, 3).join("\n");
      expect(head, name).toMatch(/generated from spec\/dist\/openapi\.json .*\n.*Do not edit it.*\n.*pnpm build/);
    }
  });

  it("is reported stale, by file name, when a generated file is edited by hand", async () => {
    const { mkdtempSync, writeFileSync, cpSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const copy = mkdtempSync(resolve(tmpdir(), "client-generated-"));
    try {
      cpSync(clientGeneratedDir, copy, { recursive: true });
      // Any method name of the table, renamed by hand.
      const table = readFileSync(resolve(copy, "operations.ts"), "utf8");
      const method = /^ {4}(\w+): \{$/m.exec(table)![1]!;
      writeFileSync(resolve(copy, "operations.ts"), table.replace(`    ${method}: {`, `    ${method}Renamed: {`));
      expect(await staleClientFiles(copy)).toEqual([resolve(copy, "operations.ts")]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
