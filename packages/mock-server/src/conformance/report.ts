// The violations of a run (a proxy's life, a live contract run) counted per operation, and written as the
// reports CI reads: JSON (`--report FILE`) and JUnit XML (`--junit FILE`, one test case per operation, a
// failure per distinct violation). Messages hold no token (check-answer.ts makes them so).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { ContractViolation, Rule } from "./violation.js";

/** The same violation seen again is counted, not listed again: a proxy may see thousands of the same answer. */
export interface CountedViolation extends ContractViolation {
  count: number;
}

export interface OperationTally {
  /** null: requests that matched no operation. */
  operationId: string | null;
  exchanges: number;
  violations: number;
  byRule: Partial<Record<Rule, number>>;
  /** Each distinct violation (rule, location, message) once, with how often it was seen. */
  distinct: CountedViolation[];
}

export interface ReportJson {
  /** What was checked: the upstream or base URL, without credentials. */
  target: string;
  startedAt: string;
  finishedAt: string;
  exchanges: number;
  violations: number;
  operations: OperationTally[];
}

/** Distinct violations kept per operation; past it they are counted, not listed. */
const MAX_DISTINCT = 200;

export class ViolationReport {
  readonly #tallies = new Map<string | null, OperationTally>();
  readonly #started = new Date();

  constructor(readonly target: string) {}

  /** One exchange and what was found wrong with it (nothing, for most). */
  record(operationId: string | null, violations: ContractViolation[]): void {
    let tally = this.#tallies.get(operationId);
    if (!tally) this.#tallies.set(operationId, (tally = { operationId, exchanges: 0, violations: 0, byRule: {}, distinct: [] }));
    tally.exchanges += 1;
    for (const v of violations) {
      tally.violations += 1;
      tally.byRule[v.rule] = (tally.byRule[v.rule] ?? 0) + 1;
      const same = tally.distinct.find((d) => d.rule === v.rule && d.location === v.location && d.message === v.message);
      if (same) same.count += 1;
      else if (tally.distinct.length < MAX_DISTINCT) tally.distinct.push({ ...v, count: 1 });
    }
  }

  get exchanges(): number {
    return [...this.#tallies.values()].reduce((n, t) => n + t.exchanges, 0);
  }

  get violations(): number {
    return [...this.#tallies.values()].reduce((n, t) => n + t.violations, 0);
  }

  toJSON(): ReportJson {
    const operations = [...this.#tallies.values()]
      .map((t) => structuredClone(t))
      .sort((a, b) => (a.operationId ?? "\uffff").localeCompare(b.operationId ?? "\uffff"));
    return {
      target: this.target,
      startedAt: this.#started.toISOString(),
      finishedAt: new Date().toISOString(),
      exchanges: this.exchanges,
      violations: this.violations,
      operations,
    };
  }

  /** JUnit XML as CI systems read it: a suite, a test case per operation, a failure per distinct violation. */
  toJUnit(suiteName = "copilot-spaces contract"): string {
    const report = this.toJSON();
    const seconds = ((Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000).toFixed(3);
    const failing = report.operations.filter((t) => t.violations > 0).length;
    const cases = report.operations.map((t) => {
      const name = t.operationId ?? "(no operation)";
      const failures = t.distinct.map(
        (d) =>
          `      <failure type="${xml(d.rule)}" message="${xml(`${d.location}: ${d.message}`)}">${xml(`${d.rule} at ${d.location}, seen ${d.count} time(s): ${d.message}`)}</failure>`,
      );
      const open = `    <testcase classname="${xml(suiteName)}" name="${xml(name)}" assertions="${t.exchanges}"`;
      return failures.length === 0 ? `${open}/>` : `${open}>\n${failures.join("\n")}\n    </testcase>`;
    });
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="${xml(suiteName)}" tests="${report.operations.length}" failures="${failing}" time="${seconds}">`,
      `  <testsuite name="${xml(`${suiteName}: ${report.target}`)}" tests="${report.operations.length}" failures="${failing}" errors="0" time="${seconds}" timestamp="${report.startedAt}">`,
      ...cases,
      "  </testsuite>",
      "</testsuites>",
      "",
    ].join("\n");
  }

  /** Writes the reports asked for (each file's folder made first). */
  write(files: { json?: string | undefined; junit?: string | undefined }): void {
    if (files.json !== undefined) writeAt(files.json, `${JSON.stringify(this.toJSON(), null, 2)}\n`);
    if (files.junit !== undefined) writeAt(files.junit, this.toJUnit());
  }
}

function writeAt(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// XML 1.0 cannot hold most control characters even escaped: they are dropped.
const xml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
