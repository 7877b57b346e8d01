import { defineConfig } from "vitest/config";
import { testExclude } from "../../tools/src/test-run/test-exclude.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: testExclude(import.meta.dirname),
    fileParallelism: false,
    // A real Chromium and tsc: opening every tag group takes about 18 s on an idle 2-core machine and
    // several times that on a busy one. Redoc renders lazily, so polls wait for it (vitest's default
    // poll gives up after 1 s).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
