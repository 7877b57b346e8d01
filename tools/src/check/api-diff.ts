// The client's public types (packages/client/dist/index.d.ts) against their committed snapshot
// (packages/client/api/index.d.ts), classified as spec:diff classifies the description's changes.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "../model/paths.ts";
import { changeOf, type Change, type Verdict } from "./change.ts";

/**
 * The client's public types against their committed snapshot (packages/client/api/index.d.ts), so that
 * a generator or openapi-typescript upgrade is classified like a change to the description: a
 * declaration line gone or changed is breaking for TypeScript users, one only added is not, comments
 * are annotations. HTTP callers see none of it: on the wire these are no change.
 */
export function apiDiff(snapshot: string, built: string): Change[] {
  const lines = (text: string) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
  const isComment = (line: string) => /^(\/\*\*?|\*|\/\/)/.test(line);
  const count = (list: string[]) => list.reduce((m, line) => m.set(line, (m.get(line) ?? 0) + 1), new Map<string, number>());
  const before = count(lines(snapshot));
  const after = count(lines(built));
  const changes: Change[] = [];
  const shown = (line: string) => (line.length > 120 ? `${line.slice(0, 119)}…` : line);
  const typesOnly = (typescript: "breaking" | "non-breaking", why: string): Verdict => ({ wire: "annotation", typescript, why });
  for (const [line, n] of before) {
    if ((after.get(line) ?? 0) >= n) continue;
    if (isComment(line)) changes.push(changeOf("annotation", "(client API)", shown(line), "comment changed"));
    else
      changes.push(changeOf(typesOnly("breaking", "code that uses it may no longer compile"), "(client API)", shown(line), "declaration removed or changed"));
  }
  for (const [line, n] of after) {
    if ((before.get(line) ?? 0) >= n) continue;
    if (!isComment(line))
      changes.push(changeOf(typesOnly("non-breaking", "the client's public types gain it"), "(client API)", shown(line), "declaration added"));
  }
  return changes;
}

export const apiSnapshotPath = resolve(repoRoot, "packages/client/api/index.d.ts");
export const builtApiPath = resolve(repoRoot, "packages/client/dist/index.d.ts");

/** The client API's changes, or a note when the client is not built. */
export function clientApiChanges(): { changes: Change[]; note?: string } {
  if (!existsSync(builtApiPath)) return { changes: [], note: "the client is not built: its public types were not compared (pnpm build)" };
  return { changes: apiDiff(readFileSync(apiSnapshotPath, "utf8"), readFileSync(builtApiPath, "utf8")) };
}
