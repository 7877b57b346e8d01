import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Redocly's lint spawns a CLI that takes a few seconds on this 2-core machine.
    testTimeout: 60_000,
  },
});
