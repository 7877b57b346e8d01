import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Change } from "../src/check/change.ts";
import { breakingBump, gate, pendingBumps, type Bump } from "../src/check/spec-gate.ts";

const packages = new Map([
  ["@x/openapi", "0.3.1"],
  ["@x/client", "0.3.1"],
  ["@x/mock", "0.3.1"],
]);
const change = (level: Change["level"]): Change => ({ level, wire: level, typescript: level, operation: "things/list", at: "200 body .name", what: "removed" });
const run = (changes: Change[], pending: [string, Bump][], generatedMoved: string[] = []) =>
  gate({ changes, pending: new Map(pending), packages, generatedMoved, description: "@x/openapi" });
const all = (bump: Bump): [string, Bump][] => [...packages.keys()].map((name) => [name, bump]);

describe("spec:gate", () => {
  it("a breaking change without a changeset fails, naming each package and the bump it needs", () => {
    expect(run([change("breaking")], [])).toEqual([
      "@x/openapi needs a minor changeset (1 breaking change to the description); pending: none.",
      "@x/client needs a minor changeset (1 breaking change to the description); pending: none.",
      "@x/mock needs a minor changeset (1 breaking change to the description); pending: none.",
    ]);
  });

  it("a breaking change with a patch only still fails; with a minor (0.x) it passes", () => {
    expect(run([change("breaking")], all("patch"))).toHaveLength(3);
    expect(run([change("breaking")], all("minor"))).toEqual([]);
  });

  it("past 1.0 a breaking change needs a major", () => {
    expect(breakingBump("1.2.0")).toBe("major");
    expect(breakingBump("0.9.0")).toBe("minor");
  });

  it("a non-breaking change needs the description's changeset, and one for each package whose generated files moved", () => {
    expect(run([change("non-breaking")], [], ["@x/client"])).toEqual([
      "@x/openapi needs a patch changeset (the description changed); pending: none.",
      "@x/client needs a patch changeset (its generated files changed); pending: none.",
    ]);
    expect(
      run(
        [change("non-breaking")],
        [
          ["@x/openapi", "patch"],
          ["@x/client", "minor"],
        ],
        ["@x/client"],
      ),
    ).toEqual([]);
  });

  it("an annotation-only change needs none", () => {
    expect(run([change("annotation")], [])).toEqual([]);
  });

  it("reads the pending changesets' bumps, the highest per package", () => {
    const dir = mkdtempSync(resolve(tmpdir(), "changesets-"));
    try {
      writeFileSync(resolve(dir, "README.md"), "# not a changeset\n");
      writeFileSync(resolve(dir, "one.md"), '---\n"@x/client": patch\n"@x/openapi": minor\n---\n\nOne.\n');
      writeFileSync(resolve(dir, "two.md"), "---\n'@x/client': major\n---\n\nTwo.\n");
      // As changesets reads them: CRLF, a BOM, a comment, a quoted bump.
      writeFileSync(resolve(dir, "three.md"), '\uFEFF---\r\n"@x/mock": "minor" # the mock too\r\n---\r\n\r\nThree.\r\n');
      expect(Object.fromEntries(pendingBumps(dir))).toEqual({ "@x/client": "major", "@x/openapi": "minor", "@x/mock": "minor" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
