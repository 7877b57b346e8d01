// The contract coverage table: operationId × (success, each documented status, the traffic answers,
// fuzzed valid, fuzzed invalid), each cell a count. The suites run in workers of their own, so each fills and checks its
// own columns, then leaves them in the run's coverage folder; the global setup's teardown prints the
// columns of every suite that ran as one table. No vitest import: the teardown runs outside a worker.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** operationId → column → count, for the columns the description documents for that operation. */
type Cells = Record<string, Record<string, number>>;

export class Coverage {
  private readonly cells: Cells;

  /** `columns`: each operationId with the columns this suite must fill for it. */
  constructor(columns: [operationId: string, columns: string[]][]) {
    this.cells = Object.fromEntries(columns.map(([id, names]) => [id, Object.fromEntries(names.map((name) => [name, 0]))]));
  }

  count(operationId: string, column: string, n = 1): void {
    const row = this.cells[operationId]!;
    row[column] = (row[column] ?? 0) + n;
  }

  /** The cells nothing filled, as `operationId × column`. */
  empty(): string[] {
    return Object.entries(this.cells).flatMap(([id, row]) => Object.entries(row).flatMap(([column, n]) => (n ? [] : [`${id} × ${column}`])));
  }

  /** Leaves this suite's cells in the run's coverage folder, for the table. */
  save(dir: string, suite: string): void {
    writeFileSync(join(dir, `${suite}.json`), JSON.stringify(this.cells));
  }
}

/** One table of the cells the suites left in `dir`; undefined when none did. */
export function coverageTable(dir: string, seed: number): string | undefined {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort();
  if (files.length === 0) return undefined;
  const rows = new Map<string, Record<string, number>>();
  for (const file of files) {
    for (const [id, row] of Object.entries(JSON.parse(readFileSync(join(dir, file), "utf8")) as Cells)) rows.set(id, { ...rows.get(id), ...row });
  }
  const present = new Set([...rows.values()].flatMap((row) => Object.keys(row)));
  const statuses = [...present].filter((column) => /^\d+$/.test(column)).sort((a, b) => Number(a) - Number(b));
  const ends = ["success", "fuzz valid", "fuzz invalid"];
  // Other suites' own columns (traffic.test.ts's rate limits, say) go between the statuses and the fuzzing, in the order met.
  const named = [...present].filter((column) => !/^\d+$/.test(column) && !ends.includes(column));
  const columns = ["success", ...statuses, ...named, "fuzz valid", "fuzz invalid"].filter((column) => present.has(column));
  const lines = [...rows].map(([id, row]) => `| ${id} | ${columns.map((column) => (column in row ? String(row[column]) : "–")).join(" | ")} |`);
  return `\nContract coverage (seed ${seed}; – = not documented for that operation)\n\n| operationId | ${columns.join(" | ")} |\n| --- |${columns.map(() => " ---: |").join("")}\n${lines.join("\n")}\n`;
}
