import { defineConfig } from "vitest/config";
import { testExclude } from "../../tools/src/test-run/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    // Each file loads Prism's engine, and the lifecycle tests start CLIs (about 2 s each to be ready on
    // an idle 2-core machine, several times that on a busy one): one file at a time, as turbo runs the
    // other packages' suites beside this one.
    fileParallelism: false,
    // The files share one module graph: Prism's engine is loaded once, not once per file (about 25 s
    // of the suite's 90 s here). Every file closes the servers, mocks and MSW interceptors it starts.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
