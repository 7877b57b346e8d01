import { defineConfig } from "vitest/config";
import { testExclude } from "../tools/src/test-run/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    // Redocly's lint is a CLI in a child process: about 2.5 s on an idle 2-core machine, several times
    // that on a busy one.
    testTimeout: 120_000,
  },
});
