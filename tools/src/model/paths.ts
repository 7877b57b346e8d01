// Where the repo's shared inputs live. Everything that reads the description reads the bundle
// (spec/dist), never the split source files.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const bundleJsonPath = resolve(repoRoot, "spec/dist/openapi.json");

/** The seed page sits in shared/ beside the repository (as in CI); COPILOT_SPACES_SEED overrides. */
export const seedPagePath = process.env.COPILOT_SPACES_SEED ?? resolve(repoRoot, "../shared/seed/copilot-spaces-rest-api.txt");

export function readBundle(): OpenApiDocument {
  if (!existsSync(bundleJsonPath)) {
    throw new Error(`The bundle ${bundleJsonPath} does not exist: run \`pnpm build\` (it bundles spec/openapi.yaml) first.`);
  }
  return JSON.parse(readFileSync(bundleJsonPath, "utf8")) as OpenApiDocument;
}

export function readSeedPage(): string {
  if (!existsSync(seedPagePath)) {
    throw new Error(
      `The seed page ${seedPagePath} does not exist: it is expected in shared/seed/ beside the repository, ` + "or at the path in COPILOT_SPACES_SEED.",
    );
  }
  return readFileSync(seedPagePath, "utf8");
}

/** The parts of an OpenAPI 3.1 document that the tools read; everything else passes through. */
export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** Copies the repository's tracked files (as a clone has them, without installs or builds) to `destination`. */
export function copyTrackedFiles(destination: string): void {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(resolve(destination, file)), { recursive: true });
    cpSync(resolve(repoRoot, file), resolve(destination, file));
  }
}
