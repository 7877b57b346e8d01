import { defineConfig } from "vitest/config";
import { testExclude } from "../../tools/src/test-run/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    // Type tests (`*.test-d.ts`) are checked by tsc through vitest: a wrong parameter must not compile.
    // tsc takes about 7 s here when idle; vitest gives it 10 s to start by default, too little on a
    // busy machine.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json", spawnTimeout: 120_000 },
    // Most cases talk to a loopback server in this process, but the package test runs tsc and node in
    // child processes: seconds when idle, several times that on a busy machine.
    testTimeout: 120_000,
    // The files share one module graph: the client and its loopback servers are loaded once (29 s → 23 s).
    isolate: false,
  },
});
