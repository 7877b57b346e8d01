// Run by `pnpm version-packages` after `changeset version`: the classified changes since the last
// release (tools/src/check/spec-diff.ts) become the new version's section of spec/CHANGES.md, the API's own
// changelog, and the released baseline (spec/released/openapi.json) becomes today's bundle.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Json } from "../model/bundle-model.ts";
import { bundleJsonPath, readBundle, repoRoot } from "../model/paths.ts";
import { readManifest } from "./release.ts";
import { apiSnapshotPath, builtApiPath } from "../check/api-diff.ts";
import { verdictNote, type Change, type Level } from "../check/change.ts";
import { readReleasedBundle, releasedBundlePath, specDiff } from "../check/spec-diff.ts";

export const changesPath = resolve(repoRoot, "spec/CHANGES.md");
const HEADER =
  "# Changes to the API description\n\nWhat each release of `@copilot-spaces/openapi` changed in the API it describes, classified by `pnpm spec:diff`.\n";
const TITLES: Record<Level, string> = { breaking: "Breaking", "non-breaking": "Added", annotation: "Reworded" };

/**
 * One change as a Markdown list item's text: the operations as code, then where and what, and which
 * verdict asked for its level when the wire and TypeScript verdicts differ.
 */
const markdownLine = (c: Change, operations = [c.operation]): string =>
  `${operations.map((o) => `\`${o}\``).join(", ")} ${c.at}: ${c.what}${c.wire === c.typescript ? "" : ` (${verdictNote(c)})`}`;

/**
 * The same edit made to several operations (a header added to every answer, say) as one line that
 * names them all, where the first of them stands: a changelog line per operation would repeat it.
 */
export function groupedLines(changes: Change[], prefix: (c: Change) => string = () => ""): string[] {
  const groups = new Map<string, { change: Change; operations: string[] }>();
  for (const c of changes) {
    const key = JSON.stringify([c.level, c.wire, c.typescript, c.why ?? "", c.at, c.what]);
    const group = groups.get(key);
    if (group) group.operations.push(c.operation);
    else groups.set(key, { change: c, operations: [c.operation] });
  }
  return [...groups.values()].map(({ change, operations }) => `- ${prefix(change)}${markdownLine(change, operations)}`);
}

/** A release's section: its changes grouped by level, one line each. */
export function releaseSection(version: string, changes: Change[]): string {
  const groups = (["breaking", "non-breaking", "annotation"] as const)
    .map((level) => [level, changes.filter((c) => c.level === level)] as const)
    .filter(([, list]) => list.length > 0)
    .map(([level, list]) => `### ${TITLES[level]}\n\n${groupedLines(list).join("\n")}\n`);
  return `## ${version}\n\n${groups.length > 0 ? groups.join("\n") : "No change to the API.\n"}`;
}

/** spec/CHANGES.md with `section` first under the header. */
export function withSection(current: string | undefined, section: string): string {
  const body = (current ?? HEADER).replace(HEADER, "").trim();
  return `${HEADER}\n${section}${body ? `\n${body}\n` : ""}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const released = readReleasedBundle();
  const current = readBundle() as unknown as Json;
  const version = readManifest("spec").version;
  const existing = existsSync(changesPath) ? readFileSync(changesPath, "utf8") : undefined;
  // The description was not released again (only other packages moved): nothing to record yet.
  if (existing?.includes(`\n## ${version}\n`)) {
    console.log(`spec/CHANGES.md has ${version} already: the description's version did not move, so the baselines stay.`);
    process.exit(0);
  }
  const changes = specDiff(released, current);
  writeFileSync(changesPath, withSection(existing, releaseSection(version, changes)));
  writeFileSync(releasedBundlePath, readFileSync(bundleJsonPath));
  if (existsSync(builtApiPath)) writeFileSync(apiSnapshotPath, readFileSync(builtApiPath));
  console.log(`spec/CHANGES.md: ${version} with ${changes.length} change${changes.length === 1 ? "" : "s"}; spec/released/openapi.json is now this bundle.`);
}

/**
 * The bundle as the reference page shows it: the guide gains a "Changes" section, with what is not
 * released yet (the live diff) above the released versions of spec/CHANGES.md.
 */
export function withChanges<T extends { info: Record<string, unknown> }>(bundle: T): T {
  const released = readReleasedBundle();
  const unreleased = specDiff(released, bundle as unknown as Json);
  const history = existsSync(changesPath) ? readFileSync(changesPath, "utf8").replace(HEADER, "").trim() : "";
  const demoted = history.replace(/^(#+) /gm, "#$1 ");
  const lines = unreleased.length > 0 ? groupedLines(unreleased, (c) => `${c.level}: `).join("\n") : "No change since the last release.";
  const section = `## Changes\n\nThe API's own changelog, classified by \`pnpm spec:diff\` (breaking, added, reworded).\n\n### Unreleased\n\n${lines}\n${demoted ? `\n${demoted}\n` : ""}`;
  const copy = structuredClone(bundle);
  copy.info.description = `${String(copy.info.description ?? "").trimEnd()}\n\n${section}`;
  return copy;
}
