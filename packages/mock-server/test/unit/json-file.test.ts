// A flag's JSON file (--rules, --tokens) as users save them: a BOM is skipped, and a file that is not JSON
// is refused with JSON.parse's reason and where (line, column, position), never with the file's text.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseJsonText } from "../../src/cli/json-file.js";
import { scenarioOptions } from "../../src/cli/scenario-flags.js";

const dir = mkdtempSync(join(tmpdir(), "json-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parseJsonText", () => {
  it.each([
    ["a trailing comma in an array", '{"rules":[{"status":503},]}', "Unexpected token ']' at line 1, column 26 (position 25)"],
    [
      "a trailing comma in an object",
      '{\n  "rules": [\n    {"status": 503,}\n  ]\n}',
      "Expected double-quoted property name at line 3, column 20 (position 34)",
    ],
    ["a word that is not a value", '{"a": x}', "Unexpected token 'x' at line 1, column 7 (position 6)"],
    ["text after the value", '{"a":1} x', "Unexpected non-whitespace character after JSON at line 1, column 9 (position 8)"],
    ["a file cut short", '{"a":', "Unexpected end of JSON input at line 1, column 6 (position 5)"],
  ])("%s: the reason and its place", (_name, text, reason) => {
    expect(parseJsonText(text)).toEqual({ reason });
  });

  it("never quotes the text (a token in it stays out of the message)", () => {
    const token = `ghp_${"x".repeat(36)}`;
    const parsed = parseJsonText(`{"${token}": {"revoked": tru}}`);
    expect(parsed).toHaveProperty("reason");
    expect(JSON.stringify(parsed)).not.toContain("ghp_");
  });

  it("a leading UTF-8 BOM is skipped", () => {
    expect(parseJsonText('\uFEFF{"rules":[]}')).toEqual({ value: { rules: [] } });
  });
});

describe("--rules FILE", () => {
  it("names the file, the reason and the place; a file with a BOM is read", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"rules":[{"status":503},]}');
    expect(scenarioOptions({ rules: bad })).toBe(`--rules: ${bad} is not valid JSON: Unexpected token ']' at line 1, column 26 (position 25)`);
    const bom = join(dir, "bom.json");
    writeFileSync(bom, '\uFEFF{"rules":[{"status":503}]}');
    expect(scenarioOptions({ rules: bom })).toEqual({ options: { rules: { rules: [{ status: 503 }] } } });
  });
});
