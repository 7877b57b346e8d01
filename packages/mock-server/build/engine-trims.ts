// The swaps both builds of the engine make (build.ts for Node, browser.ts for browsers), each for the
// reason its file gives: Postman's module, node-fetch and Prism's security validator are never reached
// by the mock; jsonc-parser's main build is UMD, which esbuild cannot follow (its ESM build is the same code).
import { resolve } from "node:path";
import type { PluginBuild } from "esbuild";

const here = (file: string) => resolve(import.meta.dirname, file);

export function engineTrims(b: PluginBuild): void {
  b.onResolve({ filter: /^@stoplight\/http-spec\/postman\/operation$/ }, () => ({ path: here("postman-operation.cjs") }));
  b.onResolve({ filter: /^node-fetch$/ }, () => ({ path: here("no-network.cjs") }));
  b.onResolve({ filter: /^\.\/validators\/security$/ }, (args) =>
    /prism-http\/dist\/validator$/.test(args.resolveDir) ? { path: here("no-security-check.cjs") } : undefined,
  );
  b.onResolve({ filter: /^jsonc-parser$/ }, (args) => b.resolve("jsonc-parser/lib/esm/main.js", { resolveDir: args.resolveDir, kind: args.kind }));
}
