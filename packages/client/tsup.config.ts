import { defineConfig } from "tsup";

// ESM and CJS builds with their own type declarations (index.d.ts and index.d.cts), for the exports map.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "neutral",
  outDir: "dist",
});
