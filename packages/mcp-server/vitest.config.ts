import { defineConfig } from "vitest/config";
import { testExclude } from "../../tools/src/test-run/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    // The suites start the bin (npx, node) as child processes and load the mock's engine: seconds when
    // idle, several times that on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
