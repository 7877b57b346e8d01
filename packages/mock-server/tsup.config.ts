import { defineConfig } from "tsup";

// Types only: build/build.ts bundles the code. One declaration file per module kind, as the exports
// map names them (index.d.ts for import, index.d.cts for require).
export default defineConfig({
  entry: { index: "src/index.ts", msw: "src/doors/msw.ts", assert: "src/assert/assert.ts", vitest: "src/assert/vitest.ts", browser: "src/browser.ts" },
  format: ["esm", "cjs"],
  dts: { only: true },
  outDir: "dist",
  clean: false,
});
