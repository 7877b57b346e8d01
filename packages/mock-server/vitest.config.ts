import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each file loads Prism's engine, and the lifecycle tests time CLIs they start: one file at a time
    // keeps those timings honest on two cores (turbo runs other packages' tests beside it).
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
