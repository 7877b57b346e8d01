// Makes tools/github/copilot-spaces.json: the Copilot Spaces part of GitHub's own OpenAPI description
// (npm package @octokit/openapi, generated/api.github.com.json), trimmed to the operations whose
// operationId starts with `copilot-spaces/` and the components they reference. The package is a
// 29 MB tarball unpacking to 400 MB: it is packed once, at the pinned version and checked against its
// pinned integrity, into a cache outside the repository, and only the one file is read from it.
// Bumping PIN and running this again shows, in the extract's diff, what GitHub changed.
//
//   pnpm --filter @copilot-spaces/tools run extract-github-description           write the extract
//   pnpm --filter @copilot-spaces/tools run extract-github-description --check   fail if it differs
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { resolvePointer } from "../model/bundle-model.ts";
import { repoRoot } from "../model/paths.ts";

/** The release read, and its tarball's integrity as the npm registry publishes it. */
export const PIN = {
  name: "@octokit/openapi",
  version: "23.0.2",
  integrity: "sha512-pV8M7L9GY23AybNvTmo2nyjmpmnt6+2sRE/tqr0ZLQcPS4lnw7u5eZGNmwRNkBC3D7gZXbFx5AHzLUVRBXGDhg==",
  file: "generated/api.github.com.json",
};
export const SCOPE = "copilot-spaces/";
export const extractPath = resolve(repoRoot, "tools/github/copilot-spaces.json");
const cacheDir = process.env.COPILOT_SPACES_CACHE ?? resolve(homedir(), ".cache/copilot-spaces-api-kit");

type Json = Record<string, unknown>;

/** The pinned tarball, packed into the cache unless it is there already; its integrity is checked either way. */
function tarball(): string {
  mkdirSync(cacheDir, { recursive: true });
  const path = resolve(cacheDir, `octokit-openapi-${PIN.version}.tgz`);
  if (!existsSync(path))
    execFileSync("npm", ["pack", `${PIN.name}@${PIN.version}`, "--silent", "--pack-destination", cacheDir], { stdio: ["ignore", "ignore", "inherit"] });
  const [algorithm, expected] = PIN.integrity.split("-", 2) as [string, string];
  const actual = createHash(algorithm).update(readFileSync(path)).digest("base64");
  if (actual !== expected) throw new Error(`${path}: integrity ${algorithm}-${actual} is not the pinned ${PIN.integrity}; delete it and run again`);
  return path;
}

/** The operations of SCOPE and every component they reach, in GitHub's own words (OpenAPI 3.0). */
export function trim(description: Json): Json {
  const paths: Record<string, Json> = {};
  for (const [path, item] of Object.entries(description.paths as Record<string, Json>)) {
    const kept = Object.fromEntries(Object.entries(item).filter(([, op]) => String((op as Json | undefined)?.operationId ?? "").startsWith(SCOPE)));
    if (Object.keys(kept).length > 0) paths[path] = kept;
  }
  const components: Record<string, Json> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const ref = (node as Json).$ref;
    if (typeof ref === "string") {
      const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
      if (!kind || !name) throw new Error(`Unexpected $ref ${ref}`);
      const section = (components[kind] ??= {});
      if (!(name in section)) {
        section[name] = resolvePointer(description, ref);
        visit(section[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(paths);
  const sorted = Object.fromEntries(
    Object.entries(components)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))]),
  );
  return {
    "x-extracted-from": `${PIN.name}@${PIN.version} ${PIN.file}, by tools/src/generate/extract-github-description.ts: do not edit, run it again`,
    openapi: description.openapi,
    info: { title: (description.info as Json).title, version: (description.info as Json).version },
    paths,
    components: sorted,
  };
}

export function renderExtract(): string {
  const text = execFileSync("tar", ["-xzOf", tarball(), `package/${PIN.file}`], { maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
  return `${JSON.stringify(trim(JSON.parse(text) as Json), null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const fresh = renderExtract();
  if (process.argv.includes("--check")) {
    if (!existsSync(extractPath) || readFileSync(extractPath, "utf8") !== fresh) {
      console.error(`${extractPath} differs from what ${PIN.name}@${PIN.version} gives: run extract-github-description`);
      process.exit(1);
    }
    console.log(`${extractPath} matches ${PIN.name}@${PIN.version}.`);
  } else {
    mkdirSync(resolve(extractPath, ".."), { recursive: true });
    writeFileSync(extractPath, fresh);
    console.log(`Wrote ${extractPath} from ${PIN.name}@${PIN.version}.`);
  }
}
