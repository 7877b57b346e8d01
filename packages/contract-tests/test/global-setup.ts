// Starts the real mock server twice, on free loopback ports: stateless (the description's examples)
// and stateful (a store behind the description). Picks the run's property-based seed, and a folder
// where the suites leave their coverage cells; at the end, prints them as one table.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockServer } from "@copilot-spaces/mock-server";
import type { TestProject } from "vitest/node";
import { coverageTable } from "./coverage.js";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
    statefulMockUrl: string;
    /** fast-check's seed for the whole run: CONTRACT_SEED replays one. */
    contractSeed: number;
    coverageDir: string;
  }
}

export default async function setup(project: TestProject) {
  const seed = Number(process.env.CONTRACT_SEED ?? Date.now() % 2 ** 31);
  const coverageDir = await mkdtemp(join(tmpdir(), "copilot-spaces-contract-coverage-"));
  // Rate limits off: these suites send thousands of requests, hundreds of writes a minute, with one
  // token, which GitHub's budgets (5,000 an hour, 80 writes a minute) would refuse. They check the
  // answers to each request; the limits themselves are checked by traffic.test.ts, on mocks of its own.
  const unlimited = { port: 0, rateLimit: false } as const;
  const [stateless, stateful] = await Promise.all([startMockServer(unlimited), startMockServer({ ...unlimited, stateful: true })]);
  project.provide("mockUrl", stateless.url);
  project.provide("statefulMockUrl", stateful.url);
  project.provide("contractSeed", seed);
  project.provide("coverageDir", coverageDir);
  return async () => {
    try {
      const table = coverageTable(coverageDir, seed);
      if (table) console.log(table);
    } finally {
      await rm(coverageDir, { recursive: true, force: true });
      await Promise.all([stateless.close(), stateful.close()]);
    }
  };
}
