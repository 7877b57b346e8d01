// The mock and Prism as users install them, for the start-up bench: the mock's packed tarballs (and
// the description's) with plain npm in one scratch project, the Prism CLI with npm in another, held at
// the workspace's versions (its catalog, and the overrides that keep Prism's engine on Node 20).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });

/** A version or an override of pnpm-workspace.yaml, by package name. */
function workspaceVersion(section: "catalog" | "overrides", name: string): string {
  const yaml = readFileSync(resolve(root, "pnpm-workspace.yaml"), "utf8");
  const block = new RegExp(`^${section}:\\n((?:[ \\t]+.*\\n|\\s*#.*\\n)+)`, "m").exec(yaml)?.[1] ?? "";
  const version = new RegExp(`^\\s+"?${name.replace(/[/@]/g, "\\$&")}"?:\\s*([^\\s#]+)`, "m").exec(block)?.[1];
  if (!version) throw new Error(`pnpm-workspace.yaml has no ${section} entry for ${name}`);
  return version;
}

function project(name: string, manifest: object): string {
  const dir = mkdtempSync(resolve(tmpdir(), `copilot-spaces-bench-${name}-`));
  writeFileSync(resolve(dir, "package.json"), JSON.stringify({ name: `bench-${name}`, private: true, ...manifest }));
  return dir;
}

/** The mock's CLI, installed from its packed tarball beside the description's (build first). */
export function installedMock(): { cli: string; dir: string } {
  const dir = project("mock", {});
  const tarballs = resolve(dir, "tarballs");
  mkdirSync(tarballs);
  for (const workspace of ["spec", "packages/mock-server"]) run("pnpm", ["pack", "--pack-destination", tarballs], resolve(root, workspace));
  run("npm", ["install", "--no-audit", "--no-fund", ...readdirSync(tarballs).map((file) => resolve(tarballs, file))], dir);
  return { cli: resolve(dir, "node_modules/@copilot-spaces/mock-server/dist/cli.cjs"), dir };
}

/** The Prism CLI, installed with npm at the workspace's version. */
export function installedPrism(): { cli: string; dir: string } {
  const overrides = Object.fromEntries(
    ["@stoplight/prism-core", "@stoplight/prism-http", "@stoplight/prism-http-server"].map((name) => [name, workspaceVersion("overrides", name)]),
  );
  const dir = project("prism", { overrides });
  run("npm", ["install", "--no-audit", "--no-fund", `@stoplight/prism-cli@${workspaceVersion("catalog", "@stoplight/prism-cli")}`], dir);
  return { cli: resolve(dir, "node_modules/@stoplight/prism-cli/dist/index.js"), dir };
}
