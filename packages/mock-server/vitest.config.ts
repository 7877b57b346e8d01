import { defineConfig } from "vitest/config";
import { testExclude } from "../../tools/src/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    // Each file loads Prism's engine, and the lifecycle tests start CLIs (about 2 s each to be ready on
    // an idle 2-core machine, several times that on a busy one): one file at a time, as turbo runs the
    // other packages' suites beside this one.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
