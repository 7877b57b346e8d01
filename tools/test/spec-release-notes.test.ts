import { describe, expect, it } from "vitest";
import type { Change } from "../src/check/change.ts";
import { releaseSection, withChanges, withSection } from "../src/release/spec-release-notes.ts";

const changes: Change[] = [
  { level: "non-breaking", wire: "non-breaking", typescript: "non-breaking", operation: "things/list", at: "200 body .color", what: "added" },
  { level: "breaking", wire: "breaking", typescript: "breaking", operation: "things/list", at: "200 body .name", what: "removed" },
  { level: "annotation", wire: "annotation", typescript: "annotation", operation: "things/list", at: "summary", what: "reworded" },
];

describe("the API's changelog", () => {
  it("a release's section groups its changes, breaking first", () => {
    expect(releaseSection("1.2.0", changes)).toBe(
      "## 1.2.0\n\n### Breaking\n\n- `things/list` 200 body .name: removed\n\n### Added\n\n- `things/list` 200 body .color: added\n\n### Reworded\n\n- `things/list` summary: reworded\n",
    );
    expect(releaseSection("1.2.1", [])).toBe("## 1.2.1\n\nNo change to the API.\n");
  });

  it("the same change to several operations is one line naming them", () => {
    const added = changes[0]!;
    const section = releaseSection("1.3.0", [added, { ...added, operation: "things/get" }, { ...added, at: "200 body .size" }]);
    expect(section).toBe("## 1.3.0\n\n### Added\n\n- `things/list`, `things/get` 200 body .color: added\n- `things/list` 200 body .size: added\n");
  });

  it("a new section goes above the older ones", () => {
    const first = withSection(undefined, releaseSection("0.2.0", changes.slice(0, 1)));
    const second = withSection(first, releaseSection("0.3.0", []));
    expect(second.indexOf("## 0.3.0")).toBeLessThan(second.indexOf("## 0.2.0"));
    expect(second.match(/^# Changes/gm)).toHaveLength(1);
  });

  it("the reference page's guide ends with a Changes section, what is unreleased first", () => {
    // A description made here (the tools' suite runs before any bundle is built): against the released
    // one, every operation of that one is gone, which the Unreleased list says.
    const description = String(withChanges({ info: { description: "The guide." }, paths: {} }).info.description);
    expect(description).toMatch(/^The guide\.\n\n## Changes\n[\s\S]*### Unreleased\n\n- breaking: `[^`]+` operation: removed/);
  });
});
