import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library, for import and require alike.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // import.meta.url (which finds the default bundle) in the CommonJS build too.
    shims: true,
    sourcemap: true,
    // Both builds write into dist/, so the build script empties it once, before either starts.
    clean: false,
    target: "node20",
    platform: "node",
    outDir: "dist",
  },
  {
    // The bin: ESM, for its top-level await; split, so that the server (and Prism) load only when needed.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    splitting: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    outDir: "dist",
  },
]);
