// Contract tests, the build: what `pnpm build` produced from the bundle (the client's generated files,
// the docs' bundle with code samples and access tables, the docs page) is what the bundle gives now.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { staleClientFiles } from "@copilot-spaces/tools/drift";
import { docsBundle } from "@copilot-spaces/tools/build-docs";
import { describe, expect, it } from "vitest";
import { bundle, id, operations } from "./contract-helpers.js";

describe("drift: what the build produced is what the bundle gives now", () => {
  it("the client's generated types and method table", async () => {
    // The one drift check (tools' check/drift.ts), which the client's suite and spec:gate run too.
    expect(await staleClientFiles(), "these differ from what the bundle gives: run pnpm build").toEqual([]);
  });

  it("the docs' bundle with code samples and access tables", () => {
    const builtPath = resolve(docsDir(), "dist/openapi.json");
    const built = JSON.parse(readFileSync(builtPath, "utf8")) as unknown;
    expect(JSON.stringify(built) === JSON.stringify(docsBundle(bundle)), `${builtPath} differs from what the bundle gives: run pnpm build`).toBe(true);
  });
});

function docsDir(): string {
  return dirname(createRequire(import.meta.url).resolve("@copilot-spaces/docs/package.json"));
}

describe("the built docs", () => {
  it("hold every operation's summary and operationId", () => {
    const html = readFileSync(resolve(docsDir(), "dist/index.html"), "utf8");
    for (const op of operations) {
      expect(html.includes(String(op.operation.summary)), `the docs lack the summary of ${id(op)}`).toBe(true);
      expect(html.includes(id(op)), `the docs lack the operationId ${id(op)}`).toBe(true);
    }
  });
});
