import { defineConfig } from "vitest/config";
import { testExclude } from "./src/test-run/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    // Several cases run a compiler (TypeScript on README blocks), a formatter, the workflow linter or
    // the gate in a child process: 2 to 6 s each on an idle 2-core machine, and three or four times
    // that while turbo runs the other suites beside them and other work keeps the cores busy.
    testTimeout: 120_000,
    // The files share one module graph (TypeScript's compiler, ajv and yaml are loaded once): 24 s → 17 s.
    isolate: false,
    hookTimeout: 120_000,
  },
});
