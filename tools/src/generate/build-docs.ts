// Builds packages/docs/dist/index.html, a self-contained reference page:
//   1. dist/openapi.json: the bundle with code samples (generate-code-samples.ts), each operation's
//      table of tokens and the table of API versions (access-docs.ts), the rate limits and
//      conditional requests written once (traffic-docs.ts) and the changes, docs only;
//   2. `redocly build-docs --inlineBundle` on it, so Redoc's scripts are in the page;
//   3. the sidebar's "API docs by Redocly" logo, which Redoc loads from a CDN, replaced by an inline
//      SVG; the page must then fetch nothing from another host (checked here, and in a browser by
//      the docs package's tests);
//   4. "Try it" (packages/docs/src/try-it/): its script and styles, the model of each operation's
//      request and answers (try-it-model.ts), and the mock's browser build, gzipped, for the panels
//      to answer from (@copilot-spaces/mock-server/browser).
//
//   tsx tools/src/generate/build-docs.ts
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { withAccessTables } from "./access-docs.ts";
import { withCodeSamples } from "./generate-code-samples.ts";
import { withTrafficSection } from "./traffic-docs.ts";
import { tryItModel } from "./try-it-model.ts";
import { withChanges } from "../release/spec-release-notes.ts";
import { readBundle, repoRoot, type OpenApiDocument } from "../model/paths.ts";

export const docsDir = resolve(repoRoot, "packages/docs");
export const docsDist = resolve(docsDir, "dist");

// Redoc's sidebar logo (either size) is an <img> from this CDN.
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="16" viewBox="0 0 80 16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>',
)}`;

function redoclyCli(): string {
  const require = createRequire(resolve(docsDir, "package.json"));
  const manifestPath = require.resolve("@redocly/cli/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : (manifest.bin.redocly ?? Object.values(manifest.bin)[0]!);
  return resolve(dirname(manifestPath), bin);
}

/** Attributes that make a browser fetch something: every one must stay on the page's own host. */
export function externalFetches(html: string): string[] {
  const found = new Set<string>();
  // An attribute's value may hold several URLs (srcset: "a.png 1x, https://b/c.png 2x").
  for (const [, value] of html.matchAll(/\b(?:src|srcset|poster|data)\s*=\s*["']([^"']*)["']/gi)) {
    for (const [url] of value!.matchAll(/https?:\/\/[^\s,"']+/g)) found.add(url);
  }
  for (const [tag, url] of html.matchAll(/<link\b[^>]*\bhref\s*=\s*["'](https?:\/\/[^"']+)["'][^>]*>/gi)) {
    if (!/rel\s*=\s*["']?(canonical|alternate|author|license)/i.test(tag)) found.add(url!);
  }
  for (const [, url] of html.matchAll(/@import\s+(?:url\()?["']?(https?:\/\/[^"')\s]+)/gi)) found.add(url!);
  for (const match of html.matchAll(CDN_LOGO)) found.add(match[0]);
  return [...found];
}

/** The docs' copy of a bundle (dist/openapi.json), as the build writes it and the drift test expects it. */
export function docsBundle(bundle: OpenApiDocument): OpenApiDocument {
  // The changes are read before the traffic section trims the copy: they are those of the description itself.
  return withTrafficSection(withChanges(withAccessTables(withCodeSamples(bundle))));
}

export function buildDocs(): string {
  const description = readBundle();
  const bundle = docsBundle(description);
  mkdirSync(docsDist, { recursive: true });
  const bundlePath = resolve(docsDist, "openapi.json");
  writeFileSync(bundlePath, `${JSON.stringify(bundle, null, 2)}\n`);

  const output = resolve(docsDist, "index.html");
  const title = `${String(bundle.info.title)} (${String(bundle.info.version)})`;
  const config = resolve(repoRoot, "redocly.yaml");
  const args = [redoclyCli(), "build-docs", bundlePath, "--config", config, "--inlineBundle", "--output", output, "--title", title];
  const run = spawnSync(process.execPath, args, {
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`redocly build-docs failed (exit ${String(run.status)}):\n${run.stdout}\n${run.stderr}`);

  let html = readFileSync(output, "utf8")
    .replace(CDN_LOGO, INLINE_LOGO)
    // An empty icon: without one, browsers ask the server for /favicon.ico.
    .replace(/<head>/i, '<head><link rel="icon" href="data:,">');
  // Before the page's own </body>, the last one: Redoc's inlined script holds the text "</body>" too.
  const end = html.lastIndexOf("</body>");
  if (end === -1) throw new Error("redocly build-docs wrote a page with no </body>");
  html = `${html.slice(0, end)}${tryIt(description)}\n${html.slice(end)}`;
  const external = externalFetches(html);
  if (external.length > 0) throw new Error(`The docs page would fetch from other hosts:\n${external.map((u) => `  ${u}`).join("\n")}`);
  writeFileSync(output, html);
  return output;
}

/** The "Try it" panels' parts, as the page embeds them before </body>. */
export function tryIt(description: OpenApiDocument): string {
  const source = resolve(docsDir, "src/try-it");
  const script = buildSync({
    entryPoints: [resolve(source, "console.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: ["chrome111", "firefox113", "safari16.4"],
    minify: true,
    legalComments: "none",
    // The script is inline: esbuild escapes "</script" in what it writes (checked below).
    logLevel: "warning",
  }).outputFiles[0]!.text;
  // The mock's browser build, as the docs package resolves it (a workspace dependency, built first).
  const mock = readFileSync(createRequire(resolve(docsDir, "package.json")).resolve("@copilot-spaces/mock-server/browser"));
  const parts = [
    `<style>${readFileSync(resolve(source, "styles.css"), "utf8")}</style>`,
    // JSON in a script element: "<" written as \u003c, so that no text of the description can close it.
    `<script type="application/json" id="try-it-model">${JSON.stringify(tryItModel(description)).replace(/</g, "\\u003c")}</script>`,
    `<script type="application/gzip+base64" id="try-it-mock">${gzipSync(mock, { level: 9 }).toString("base64")}</script>`,
    `<script>${script}</script>`,
  ];
  if (/<\/script/i.test(script)) throw new Error("The Try it script holds </script: it cannot be inlined.");
  return parts.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    console.log(`Wrote ${buildDocs()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
