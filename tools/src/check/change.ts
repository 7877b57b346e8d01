// A change between two bundles of the description, as spec:diff classifies it (./spec-diff.ts), and
// how it is printed. Each change has two verdicts, because the same edit means different things to
// two kinds of user:
// - wire: an HTTP caller, by GitHub's published breaking-change policy
//   (https://docs.github.com/en/rest/about-the-rest-api/breaking-changes: "Breaking changes are changes
//   that can potentially break an integration", then its lists of breaking and additive kinds);
// - TypeScript: a user of the generated client, whose code must still compile (an exhaustive `switch`
//   over a response enum does not once a value is added, which GitHub's policy calls additive).
// The change's level, which the gate bumps by, is the stronger of the two.

export type Level = "breaking" | "non-breaking" | "annotation";

export interface Change {
  /** The stronger of `wire` and `typescript`: what a release with the change must bump. */
  level: Level;
  /** By GitHub's breaking-change policy, for HTTP callers. */
  wire: Level;
  /** For TypeScript users of the generated client. */
  typescript: Level;
  /** Why the verdicts differ, said by the one that asked for `level`. */
  why?: string;
  /** The operationId, or "(document)". */
  operation: string;
  /** Where, as a reader finds it: "request field resources_attributes[].id", "200 body .spaces[].name". */
  at: string;
  /** What changed, in a few words. */
  what: string;
}

/** One level for both users, or a verdict each and why they differ. */
export type Verdict = Level | { wire: Level; typescript: Level; why: string };

export type Say = (verdict: Verdict, operation: string, where: string, what: string) => void;

const RANK: Record<Level, number> = { annotation: 0, "non-breaking": 1, breaking: 2 };

/** The stronger of two levels. */
export const stronger = (a: Level, b: Level): Level => (RANK[a] >= RANK[b] ? a : b);

/** A change from what a rule said. */
export function changeOf(verdict: Verdict, operation: string, at: string, what: string): Change {
  if (typeof verdict === "string") return { level: verdict, wire: verdict, typescript: verdict, operation, at, what };
  const { wire, typescript, why } = verdict;
  return { level: stronger(wire, typescript), wire, typescript, why, operation, at, what };
}

const WIRE: Record<Level, string> = { breaking: "breaking on the wire", "non-breaking": "additive on the wire", annotation: "no change on the wire" };
const TYPESCRIPT: Record<Level, string> = {
  breaking: "breaking for TypeScript",
  "non-breaking": "non-breaking for TypeScript",
  annotation: "no change for TypeScript",
};

/**
 * Which verdict asked for the change's level: "wire and TypeScript" when they agree, otherwise the
 * stronger one with its reason and what the other said ("TypeScript: …; additive on the wire").
 */
export function verdictNote(c: Change): string {
  if (c.wire === c.typescript) return "wire and TypeScript";
  const reason = c.why ? `: ${c.why}` : "";
  return RANK[c.wire] > RANK[c.typescript] ? `wire${reason}; ${TYPESCRIPT[c.typescript]}` : `TypeScript${reason}; ${WIRE[c.wire]}`;
}

/** One line per change: level, operation, location, what, and which verdict asked for the level. */
export function formatChanges(changes: Change[]): string {
  return changes.map((c) => `${c.level.padEnd(12)} ${c.operation}  ${c.at}: ${c.what} (${verdictNote(c)})`).join("\n");
}

/** Of the breaking changes, how many one verdict alone asked for: " (1 for TypeScript only)", or "" when both asked for all. */
export function breakingSplit(changes: Change[]): string {
  const breaking = changes.filter((c) => c.level === "breaking");
  const typescriptOnly = breaking.filter((c) => c.wire !== "breaking").length;
  const wireOnly = breaking.filter((c) => c.typescript !== "breaking").length;
  const parts = [typescriptOnly > 0 ? `${typescriptOnly} for TypeScript only` : "", wireOnly > 0 ? `${wireOnly} on the wire only` : ""].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
