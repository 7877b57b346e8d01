// Builds dist/browser.js, the mock for browsers (`@copilot-spaces/mock-server/browser`, and the docs
// page's "Try it"): src/browser.ts and everything it imports, Prism's engine included, as one ESM file
// with no Node built-in left, minified. Run by build.ts once dist/operations-cache.json is written.
// What it swaps, by what, and why, is in build/README.md; whatever else would reach Node fails the build.
import { resolve } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { engineTrims } from "./engine-trims.ts";

const packageDir = resolve(import.meta.dirname, "..");
const here = (file: string) => resolve(import.meta.dirname, file);
const source = (file: string) => resolve(packageDir, "src", file);

/** The mock's own modules that reach Node, each for its browser counterpart. */
const ownSwaps: [RegExp, string][] = [
  [/^node:crypto$/, "browser/crypto.ts"],
  [/^node:(fs|path)$/, "browser/no-files.ts"],
  [/^node:os$/, "browser/os.ts"],
];
/** Prism's modules (and their dependencies) that reach Node or generate data, each for a stand-in (beside the Node build's, engine-trims.ts). */
const engineSwaps: [RegExp, string][] = [
  [/^(json-schema-faker|@faker-js\/faker)$/, "browser/no-dynamic.cjs"],
  [/^(http-proxy-agent|https-proxy-agent)$/, "browser/no-proxy.cjs"],
  [/^(path|url)$/, "browser/path-url.cjs"],
];

const swaps: Plugin = {
  name: "browser-swaps",
  setup(b) {
    for (const [filter, file] of [...ownSwaps, ...engineSwaps]) b.onResolve({ filter }, () => ({ path: here(file) }));
    // The mock's modules that read files: the shipped description and Prism's reading of it, inside.
    b.onResolve({ filter: /\/load-bundle\.js$/ }, (args) => (args.importer.startsWith(source("core")) ? { path: here("browser/load-bundle.ts") } : undefined));
    b.onResolve({ filter: /\/operations-cache\.js$/ }, (args) =>
      args.importer.startsWith(source("engine")) ? { path: here("browser/operations-cache.ts") } : undefined,
    );
    b.onResolve({ filter: /\/utils\/operations\.js$/ }, (args) =>
      args.importer === source("engine/prism-engine.ts") ? { path: here("browser/prism-reader.cjs") } : undefined,
    );
    engineTrims(b);
  },
};

/** Writes dist/browser.js; its metafile names what it bundles (for the third-party notices). */
export async function buildBrowser(): Promise<Metafile> {
  const { metafile } = await build({
    entryPoints: { browser: source("browser.ts") },
    outdir: resolve(packageDir, "dist"),
    bundle: true,
    platform: "browser",
    format: "esm",
    target: ["chrome111", "firefox111", "safari16.4"],
    minify: true,
    legalComments: "none",
    inject: [here("browser/globals.ts")],
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [swaps],
    logLevel: "warning",
    metafile: true,
  });
  return metafile;
}
