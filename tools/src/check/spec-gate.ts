// `pnpm spec:gate`: a change to the description ships only with the version bump it needs, the stronger
// of its two verdicts (on the wire by GitHub's policy, for TypeScript users; ./change.ts). Breaking
// changes (tools/src/check/spec-diff.ts) need a pending changeset that bumps every published package by
// a major (a minor while they are 0.x); other changes need one for the description, and for each
// package whose committed generated files the change moves (the client's types, the MCP server's
// tools); a change of words and examples only needs none and ships with the next release. Pending
// changesets are read from .changeset/*.md, so no git history is needed.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import type { Json } from "../model/bundle-model.ts";
import { staleClientFiles } from "./drift.ts";
import { mcpToolsFile, staleMcpFiles } from "../generate/generate-mcp-tools.ts";
import { readBundle, repoRoot } from "../model/paths.ts";
import { publishedDirs, readManifest } from "../release/release.ts";
import { clientApiChanges } from "./api-diff.ts";
import { breakingSplit, formatChanges, type Change } from "./change.ts";
import { readReleasedBundle, releasedBundlePath, specDiff } from "./spec-diff.ts";

export type Bump = "patch" | "minor" | "major";
const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

/** The bumps the pending changesets ask for, the highest per package. */
export function pendingBumps(changesetDir = resolve(repoRoot, ".changeset")): Map<string, Bump> {
  const bumps = new Map<string, Bump>();
  for (const file of readdirSync(changesetDir).filter((f) => f.endsWith(".md") && f !== "README.md")) {
    // The frontmatter as YAML, as changesets reads it (quotes, comments, CRLF, a BOM).
    const text = readFileSync(resolve(changesetDir, file), "utf8")
      .replace(/^\uFEFF/, "")
      .replace(/\r\n/g, "\n");
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Record<string, unknown> | null;
    for (const [name, bump] of Object.entries(front ?? {})) {
      if (bump !== "patch" && bump !== "minor" && bump !== "major") continue;
      const current = bumps.get(name);
      if (!current || RANK[bump] > RANK[current]) bumps.set(name, bump);
    }
  }
  return bumps;
}

/** What a breaking change needs: a major, or a minor while the package is 0.x (semver's rule for 0.y.z). */
export const breakingBump = (version: string): Bump => (version.startsWith("0.") ? "minor" : "major");

export interface GateInput {
  changes: Change[];
  pending: Map<string, Bump>;
  /** The published packages and their versions. */
  packages: Map<string, string>;
  /** The packages whose committed generated files the change moves. */
  generatedMoved: string[];
  /** The description's package. */
  description: string;
}

/** The problems that stop the change, one sentence each; none when it may ship. */
export function gate({ changes, pending, packages, generatedMoved, description }: GateInput): string[] {
  const problems: string[] = [];
  const need = (name: string, bump: Bump, why: string) => {
    const have = pending.get(name);
    if (!have || RANK[have] < RANK[bump]) problems.push(`${name} needs a ${bump} changeset (${why}); pending: ${have ?? "none"}.`);
  };
  const breaking = changes.filter((c) => c.level === "breaking");
  if (breaking.length > 0) {
    for (const [name, version] of packages)
      need(name, breakingBump(version), `${breaking.length} breaking change${breaking.length > 1 ? "s" : ""} to the description${breakingSplit(changes)}`);
  } else if (changes.some((c) => c.level === "non-breaking")) {
    need(description, "patch", "the description changed");
    for (const name of generatedMoved) need(name, "patch", "its generated files changed");
  }
  return problems;
}

async function main(): Promise<void> {
  const released = readReleasedBundle();
  const api = clientApiChanges();
  if (api.note) console.log(`spec:gate: ${api.note}`);
  const changes = [...specDiff(released, readBundle() as unknown as Json), ...api.changes];
  const packages = new Map(
    publishedDirs()
      .map((dir) => readManifest(dir))
      .map(({ name, version }) => [name, version] as const),
  );
  // The client's generated files as the released description made them, against the committed ones.
  const generatedMoved = [
    ...((await staleClientFiles(undefined, releasedBundlePath)).length > 0 ? [readManifest("packages/client").name] : []),
    // The MCP server's tools (their schemas and words) as the released description made them.
    ...(staleMcpFiles(releasedBundlePath).includes(mcpToolsFile) ? [readManifest("packages/mcp-server").name] : []),
  ];
  const problems = gate({ changes, pending: pendingBumps(), packages, generatedMoved, description: readManifest("spec").name });
  if (changes.length === 0) console.log("spec:gate: the description is as last released.");
  else console.log(`spec:gate: ${changes.length} change${changes.length > 1 ? "s" : ""} since the last release:\n${formatChanges(changes)}`);
  if (problems.length > 0) {
    console.error(
      `\nspec:gate: these changes cannot ship as they are:\n${problems.map((p) => `- ${p}`).join("\n")}\nAdd one with \`pnpm changeset\` (or write .changeset/<name>.md).`,
    );
    process.exit(1);
  }
  if (changes.length > 0) console.log("spec:gate: the pending changesets cover them.");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(`spec:gate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
