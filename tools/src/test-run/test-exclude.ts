// The test files a run leaves out, named from the repository's root in COPILOT_SPACES_TEST_EXCLUDE
// (comma-separated). The added-operation check sets it in its copy for the files whose verdict an added
// operation cannot change (tools/src/check/check-added-operation.ts says which and why); unset, nothing is
// left out. Each package's vitest.config.ts passes its own share to vitest's `exclude`.
import { relative, resolve } from "node:path";
import { configDefaults } from "vitest/config";
import { repoRoot } from "../model/paths.ts";

export const TEST_EXCLUDE_VARIABLE = "COPILOT_SPACES_TEST_EXCLUDE";

/** vitest's default exclusions, and the files of `packageDir` that COPILOT_SPACES_TEST_EXCLUDE names. */
export function testExclude(packageDir: string): string[] {
  const named = (process.env[TEST_EXCLUDE_VARIABLE] ?? "").split(",").filter(Boolean);
  const here = named.map((file) => relative(packageDir, resolve(repoRoot, file))).filter((file) => !file.startsWith(".."));
  return [...configDefaults.exclude, ...here];
}
