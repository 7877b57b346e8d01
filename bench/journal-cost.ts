// What the request journal costs a served request: the mock's CLI with its journal on (the default,
// a ring of 10,000) beside the same CLI with `--journal-size 0`, on a single-Space GET, and the core's
// `fetch` in-process on and off. Over HTTP the two are loaded at the same time, in-process in turns, so
// that the load of this shared machine falls on both alike; the figures compared are medians.
// Targets (issue 24): over HTTP, on within 10 % of off; in-process, on at most 0.05 ms a call slower.

import { createMock } from "@copilot-spaces/mock-server";
import autocannon from "autocannon";
import { freePort, mockCli, start } from "./servers.js";

const GET = "/orgs/octo-org/copilot-spaces/3";
const HEADERS = { authorization: "Bearer bench", accept: "application/vnd.github+json" };

export interface JournalCost {
  lines: string[];
  met: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function rps(port: number, seconds: number): Promise<{ rps: number; errors: number }> {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${GET}`, connections: 10, duration: seconds, headers: HEADERS });
  return { rps: result.requests.average, errors: result.errors + result.timeouts + result.non2xx };
}

/**
 * Requests/s over HTTP, on and off loaded at the same time (5 connections each), `rounds` runs of
 * `seconds`: both servers meet the same load of the machine at the same moment, so their ratio holds
 * even where the machine's load moves the figures of a run from one to the next.
 */
async function overHttp(rounds: number, seconds: number) {
  const [onPort, offPort] = [await freePort(), await freePort()];
  const servers = [
    {
      name: "on",
      port: onPort,
      child: await start([mockCli, "--port", String(onPort), "--quiet", "--rate-limit", "off"], onPort),
      rps: [] as number[],
      errors: 0,
    },
    {
      name: "off",
      port: offPort,
      child: await start([mockCli, "--port", String(offPort), "--quiet", "--rate-limit", "off", "--journal-size", "0"], offPort),
      rps: [] as number[],
      errors: 0,
    },
  ];
  const ratios: number[] = [];
  try {
    await Promise.all(servers.map((s) => rps(s.port, 2)));
    for (let round = 0; round < rounds; round++) {
      const runs = await Promise.all(servers.map((s) => rps(s.port, seconds)));
      runs.forEach((run, i) => {
        servers[i]!.rps.push(run.rps);
        servers[i]!.errors += run.errors;
      });
      ratios.push(runs[0]!.rps / runs[1]!.rps);
    }
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
  }
  return { servers, ratio: median(ratios) };
}

/** ms per call of the in-process fetch, on and off, in alternating blocks of `calls` calls; the median of the pairs' differences. */
async function inProcess(pairs: number, calls: number) {
  const mocks = [
    { name: "on", mock: await createMock({ rateLimit: false }), ms: [] as number[] },
    { name: "off", mock: await createMock({ rateLimit: false, journalSize: 0 }), ms: [] as number[] },
  ];
  const differences: number[] = [];
  try {
    const block = async (mock: (typeof mocks)[number]["mock"]) => {
      const started = performance.now();
      for (let i = 0; i < calls; i++) await (await mock.fetch(`http://mock.test${GET}`, { headers: HEADERS })).arrayBuffer();
      return (performance.now() - started) / calls;
    };
    // Warm-up of the JIT, and a full ring for "on" (10,000 entries kept, as in a long test run).
    for (const m of mocks) for (let kept = 0; kept < 12_000; kept += calls) await block(m.mock);
    for (let pair = 0; pair < pairs; pair++) {
      const [first, second] = pair % 2 === 0 ? mocks : [mocks[1]!, mocks[0]!];
      first!.ms.push(await block(first!.mock));
      second!.ms.push(await block(second!.mock));
      differences.push(mocks[0]!.ms.at(-1)! - mocks[1]!.ms.at(-1)!);
    }
  } finally {
    await Promise.all(mocks.map((m) => m.mock.close()));
  }
  return { mocks, difference: median(differences) };
}

export async function journalCost({ rounds, seconds, calls }: { rounds: number; seconds: number; calls: number }): Promise<JournalCost> {
  const http = await overHttp(rounds, seconds);
  const fetched = await inProcess(rounds * 8, calls);
  const met = (ok: boolean) => (ok ? "met" : "MISSED");
  const lines = [
    `\nthe journal's cost: single-Space GET (${GET}), on (default, a ring of 10,000, full) beside off (--journal-size 0 / journalSize: 0)`,
    `over HTTP: autocannon on both at once, 5 connections each, ${rounds} runs of ${seconds} s; in-process: ${rounds * 8} pairs of blocks of ${calls} calls, in turns\n`,
    "| journal | HTTP req/s (median) | HTTP req/s per run | errors | in-process ms per call (median) |",
    "| --- | ---: | --- | ---: | ---: |",
    ...http.servers.map(
      (s, i) =>
        `| ${s.name} | ${median(s.rps).toFixed(0)} | ${s.rps.map((r) => r.toFixed(0)).join(", ")} | ${s.errors} | ${median(fetched.mocks[i]!.ms).toFixed(4)} |`,
    ),
    `\ntargets: HTTP on ≥ 0.90 × off (median of the runs' ratios): ${met(http.ratio >= 0.9)} (${http.ratio.toFixed(3)}); ` +
      `in-process on − off ≤ 0.05 ms (median of the pairs' differences): ${met(fetched.difference <= 0.05)} (${fetched.difference.toFixed(4)} ms)`,
  ];
  return { lines, met: http.ratio >= 0.9 && fetched.difference <= 0.05 };
}
