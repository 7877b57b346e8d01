import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };
const define = { __PACKAGE_VERSION__: JSON.stringify(version) };

// The library in ESM and CJS with their own declarations (index.d.ts, index.d.cts); the bin as one ESM
// file. The client, the mock and the SDK stay dependencies.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    outDir: "dist",
    define,
  },
  { entry: { cli: "src/cli.ts" }, format: ["esm"], sourcemap: true, target: "node20", platform: "node", outDir: "dist", define },
]);
