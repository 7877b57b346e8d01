import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const specDir = resolve(import.meta.dirname, "..");

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer?: string; source?: { ref?: string } }[] }[];
}

describe("redocly lint", () => {
  it("reports zero errors and zero warnings under recommended-strict and the example rules", async () => {
    const redocly = resolve(specDir, "node_modules/.bin/redocly");
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)(redocly, ["lint", "--config", "../redocly.yaml", "--format", "json", "openapi.yaml"], {
        cwd: specDir,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1" },
      }));
    } catch (error) {
      // A failing lint exits non-zero; its report is still on stdout.
      stdout = (error as { stdout?: string }).stdout ?? "";
      if (!stdout.trim().startsWith("{")) throw error;
    }
    const report = JSON.parse(stdout) as LintReport;
    const problems = report.problems.map((p) => `${p.ruleId}: ${p.message} (${p.location[0]?.source?.ref ?? ""}${p.location[0]?.pointer ?? ""})`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
