import { defineConfig } from "vitest/config";
import { testExclude } from "../../tools/src/test-run/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    // The real mock servers (stateless and stateful), started once for the whole run.
    globalSetup: ["test/global-setup.ts"],
    // The suites share read-only modules (the bundle, its validator, the client): loaded once per worker
    // rather than once per file, the split suites take the time the single file took (about 35 s,
    // against 40-55 s isolated, on a 2-core machine). No module here keeps state between files.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
