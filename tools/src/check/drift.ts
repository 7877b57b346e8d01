// The drift check of the generated files of the client and of the mock: what packages/client/src/generated/
// and packages/mock-server/src/generated/ hold against what the generators make from a bundle now. The
// client's and the mock's suites run it on the committed files (packages/client/test/generated.test.ts,
// packages/mock-server/test/fixtures.test.ts); spec:gate runs it against the released bundle, to see
// whether a change to the description moves the client's generated files.
//
//   tsx tools/src/check/drift.ts    fail naming each stale file
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { clientGeneratedDir, renderClientFiles } from "../generate/generate-client.ts";
import { mockGeneratedDir, renderMockFiles } from "../generate/generate-mock-types.ts";
import { bundleJsonPath, readBundle } from "../model/paths.ts";

/** Names of the generated files whose content differs from what the bundle gives now. */
export async function staleClientFiles(dir = clientGeneratedDir, bundlePath = bundleJsonPath): Promise<string[]> {
  return staleIn(dir, await renderClientFiles(bundlePath));
}

/** The same for the mock's generated files (packages/mock-server/src/generated: its types and fixture table). */
export async function staleMockFiles(dir = mockGeneratedDir, bundlePath = bundleJsonPath): Promise<string[]> {
  return staleIn(dir, await renderMockFiles(bundlePath));
}

function staleIn(dir: string, files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(([name, content]) => {
      try {
        return readFileSync(resolve(dir, name), "utf8") !== content;
      } catch {
        return true;
      }
    })
    .map(([name]) => resolve(dir, name));
}

async function main(): Promise<void> {
  readBundle(); // a clear error when the bundle is missing
  const stale = [...(await staleClientFiles()), ...(await staleMockFiles())];
  if (stale.length > 0) {
    console.error(`Generated files are stale (run \`pnpm build\`):\n${stale.map((f) => `  ${f}`).join("\n")}`);
    process.exit(1);
  }
  console.log("Generated client and mock files match the bundle.");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
