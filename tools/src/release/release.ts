// What a release publishes and where the packages point: the repository's URL is written once, in the
// root package.json's `repository`; every published package's links and the docs' Pages URL are
// derived from it (tools/test/release.test.ts checks they are).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "../model/paths.ts";

type Manifest = Record<string, unknown> & { name: string; version: string; private?: boolean };

export const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(resolve(repoRoot, dir, "package.json"), "utf8")) as Manifest;

/** The workspace's package folders, from pnpm-workspace.yaml's globs (one level of `*`). */
export function packageDirs(): string[] {
  const globs = [...readFileSync(resolve(repoRoot, "pnpm-workspace.yaml"), "utf8").matchAll(/^\s+-\s+(\S+)\s*$/gm)].map((m) => m[1]!);
  return globs.flatMap((glob) => {
    if (!glob.endsWith("/*")) return [glob];
    const parent = glob.slice(0, -2);
    return readdirSync(resolve(repoRoot, parent))
      .filter((name: string) => existsSync(resolve(repoRoot, parent, name, "package.json")))
      .map((name: string) => `${parent}/${name}`);
  });
}

/** The folders of the packages a release publishes: every workspace package that is not private. */
export const publishedDirs = () => packageDirs().filter((dir) => !readManifest(dir).private);

/** The repository's web URL, from the root package.json. */
export function repositoryUrl(): string {
  const repository = readManifest(".").repository as { url?: string } | string | undefined;
  const url = typeof repository === "string" ? repository : repository?.url;
  if (!url) throw new Error("The root package.json has no repository URL.");
  return url.replace(/^git\+/, "").replace(/\.git$/, "");
}

/** The links a published package in `dir` must carry. */
export function expectedLinks(dir: string) {
  const web = repositoryUrl();
  return {
    repository: { type: "git", url: `git+${web}.git`, directory: dir },
    homepage: `${web}/tree/main/${dir}#readme`,
    bugs: { url: `${web}/issues` },
  };
}

/** Where the reference page is published (GitHub Pages of the repository). */
export function pagesUrl(): string {
  const [, owner, name] = /github\.com\/([^/]+)\/([^/]+)$/.exec(repositoryUrl()) ?? [];
  if (!owner || !name) throw new Error(`${repositoryUrl()} is not a GitHub repository URL.`);
  return `https://${owner}.github.io/${name}/`;
}

/**
 * Where `pnpm release:check` leaves the tarballs it packed and the project it installed them into.
 * The suites that try the packages as users get them (the client's and the mock's package tests)
 * reuse that project, each in a folder of its own, instead of installing again.
 */
export const releaseCheckDir = resolve(repoRoot, "node_modules/.cache/copilot-spaces-release-check");
export const releaseProject = resolve(releaseCheckDir, "project");

/** The release project, or an error that says how to make it. */
export function requireReleaseProject(): string {
  if (!existsSync(resolve(releaseProject, "node_modules/@copilot-spaces"))) {
    throw new Error(`${releaseProject} has no installed packages: run \`pnpm release:check\` (turbo runs its release:packages part before these tests).`);
  }
  return releaseProject;
}
