// A change between two bundles of the description, as spec:diff classifies it (./spec-diff.ts), and
// how it is printed.

export type Level = "breaking" | "non-breaking" | "annotation";

export interface Change {
  level: Level;
  /** The operationId, or "(document)". */
  operation: string;
  /** Where, as a reader finds it: "request field resources_attributes[].id", "200 body .spaces[].name". */
  at: string;
  /** What changed, in a few words. */
  what: string;
}

export type Say = (level: Level, operation: string, where: string, what: string) => void;

/** One line per change: level, operation, location, what. */
export function formatChanges(changes: Change[]): string {
  return changes.map((c) => `${c.level.padEnd(12)} ${c.operation}  ${c.at}: ${c.what}`).join("\n");
}
