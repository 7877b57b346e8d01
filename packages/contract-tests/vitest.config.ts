import { defineConfig } from "vitest/config";
import { testExclude } from "../../tools/src/test-run/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    // The real mock servers (stateless and stateful), started once for the whole run.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
