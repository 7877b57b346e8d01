// Builds the mock's dist/ with Prism's engine bundled in, so that users run the engine this workspace
// tests (npm does not apply a workspace's overrides to Prism's `^` ranges) and it loads in a fraction
// of the time:
//   dist/index.cjs   the library: our code and the engine in one CommonJS file;
//   dist/index.js    its ESM entry, which requires index.cjs (one copy of the engine, one state);
//   dist/cli.cjs     the bin, which requires index.cjs once its flags are checked;
//   dist/msw.cjs, dist/msw.js   the MSW door (`@copilot-spaces/mock-server/msw`), msw left to the user;
//   dist/assert.{cjs,js}, dist/vitest.{cjs,js}   the assertions on the journal and the vitest matchers;
//   dist/operations-cache.json    Prism's reading of the shipped description, made once here, its examples checked;
//   dist/browser.js   the mock for browsers (`./browser`), that reading and the description inside (build/browser.ts);
//   dist/THIRD_PARTY_NOTICES.md   the licences and notices of everything bundled.
// Types come from tsup (tsup.config.ts), run after this script.
import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { buildBrowser } from "./browser.ts";
import { engineTrims } from "./engine-trims.ts";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { checkExamples } from "../src/core/example-answers.ts";
import { createEngine } from "../src/engine/prism-engine.ts";
import { CACHE_FILE, cacheKey, type CachedReading } from "../src/engine/operations-cache.ts";

const packageDir = resolve(import.meta.dirname, "..");
const dist = resolve(packageDir, "dist");
const here = (file: string) => resolve(import.meta.dirname, file);

/** Left to npm: the description (read at run time) and faker (loaded only in dynamic mode). */
const external = ["@copilot-spaces/openapi", "@faker-js/faker"];

// What the bundle swaps, each for the reason its file gives.
const trims: Plugin = {
  name: "engine-trims",
  setup(b) {
    b.onResolve({ filter: /^@faker-js\/faker$/ }, (args) =>
      args.importer === here("lazy-faker.cjs") ? { path: args.path, external: true } : { path: here("lazy-faker.cjs") },
    );
    engineTrims(b);
  },
};

/** What every output shares: Node 20, everything bundled but the externals. */
const node = { outdir: dist, bundle: true, platform: "node", target: "node20", external, logLevel: "warning" } as const;
/** CommonJS outputs find the default description with import.meta.url, which CommonJS spells otherwise. */
const commonjs = {
  ...node,
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
} as const;

rmSync(dist, { recursive: true, force: true });
const library = await build({
  ...commonjs,
  entryPoints: { index: resolve(packageDir, "src/index.ts") },
  plugins: [trims],
  // No source map: it would be 6.5 MB of Prism's sources in every install. Whitespace and syntax
  // minified (3.3 → 2.1 MB, less to read and parse at every start), names kept for readable stacks.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
});
// The ESM entry requires the bundle and names its exports: `export * from "./index.cjs"` would have
// Node scan all 2 MB for them on every import (0.3 s here).
const names = Object.keys(createRequire(import.meta.url)(resolve(dist, "index.cjs")) as object).sort();
writeFileSync(
  resolve(dist, "index.js"),
  `// The ESM entry: the same module as index.cjs, so that ESM and CommonJS users share one engine.
import { createRequire } from "node:module";
const library = createRequire(import.meta.url)("./index.cjs");
${names.map((name) => `export const ${name} = library.${name};`).join("\n")}
`,
);

await build({
  ...commonjs,
  entryPoints: { cli: resolve(packageDir, "src/cli/main.ts") },
  // The CLI's `import()` of the library becomes a require: a real import() would have Node's ESM
  // loader scan the 2 MB library for its exports first (about 60 ms of every start).
  supported: { "dynamic-import": false },
  plugins: [
    {
      name: "cli-loads-the-library",
      setup(b) {
        // The subcommands (proxy, contract) import the library's entry, `../index.js`, once their flags are checked.
        b.onResolve({ filter: /\/doors\/http-server\.js$|^\.\.\/index\.js$/ }, () => ({ path: "./index.cjs", external: true }));
      },
    },
  ],
  sourcemap: true,
});
chmodSync(resolve(dist, "cli.cjs"), 0o755);

// The MSW door, small and separate: it imports the user's msw, and takes a mock made by the library.
for (const format of ["cjs", "esm"] as const) {
  await build({
    ...node,
    entryPoints: { msw: resolve(packageDir, "src/doors/msw.ts") },
    outExtension: { ".js": format === "cjs" ? ".cjs" : ".js" },
    format,
    external: ["msw"],
  });
}

// The assertions (./assert) and the vitest matchers (./vitest): small, with vitest left to the user.
// vitest cannot be require()d, so the CommonJS ./vitest exports the matchers for `expect.extend` and
// only the ESM one adds them itself (src/assert/matchers.ts).
for (const format of ["cjs", "esm"] as const) {
  await build({
    ...node,
    entryPoints: {
      assert: resolve(packageDir, "src/assert/assert.ts"),
      vitest: resolve(packageDir, `src/assert/${format === "cjs" ? "matchers" : "vitest"}.ts`),
    },
    outExtension: { ".js": format === "cjs" ? ".cjs" : ".js" },
    format,
    external: ["vitest"],
  });
}

// Prism's reading of the description this package ships, and the check of its examples, done once
// here (see operations-cache.ts): an example that breaks its schema fails the build.
const shipped = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@copilot-spaces/openapi/openapi.json"), "utf8")) as object;
const { getHttpOperationsFromSpec } = await import("@stoplight/prism-http");
const operations = await getHttpOperationsFromSpec(structuredClone(shipped));
const model = operationsOf(shipped);
checkExamples(await createEngine(shipped, model), model);
const reading: CachedReading<unknown> = { key: cacheKey(shipped), operations, examplesChecked: true };
writeFileSync(resolve(dist, CACHE_FILE), JSON.stringify(reading));

// The browser build carries that reading, so it comes after it.
const browser = await buildBrowser();
writeFileSync(resolve(dist, "THIRD_PARTY_NOTICES.md"), notices([library.metafile!, browser]));

/** One section per bundled package: its name, version and licence, then its LICENSE and NOTICE files. */
function notices(metafiles: Metafile[]): string {
  const roots = new Set<string>();
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(resolve(packageDir, input));
    if (match) roots.add(match[1]!);
  }
  const sections = [...roots]
    .map((root) => {
      const manifest = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { name: string; version: string; license?: string };
      const texts = ["LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "license", "NOTICE", "NOTICE.md", "NOTICE.txt"].flatMap((name) => {
        try {
          return [readFileSync(resolve(root, name), "utf8").trim()];
        } catch {
          return [];
        }
      });
      return { id: `${manifest.name}@${manifest.version}`, license: manifest.license ?? "see below", texts };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const body = sections.map(
    (s) =>
      `## ${s.id} (${s.license})\n\n${s.texts.map((t) => "```\n" + t + "\n```").join("\n\n") || "No licence file ships with this package; its package.json names the licence above."}`,
  );
  return `# Third-party notices\n\n\`dist/index.cjs\` and \`dist/browser.js\` bundle the following packages (Prism's engine and what it uses; in the browser build, also what stands in for Node's), each under its own licence.\n\n${body.join("\n\n")}\n`;
}
