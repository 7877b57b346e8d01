// Requests/s, p50, p99 and errors of the mock server (its CLI: GitHub's rules and Prism's engine in one
// process) beside bare Prism serving the same bundle, on a list and a get, at 10 and 50 connections.
// Each server runs in a process of its own; autocannon runs here. The servers are measured one after
// the other for each case, in rotating order, so that drift of the machine falls on all of them.
// The mock's rate limits are off: bare Prism has none, and one token's 5,000 would last a second here.
// Then the request journal's cost (journal-cost.ts): on beside off, over HTTP and in-process;
// `--journal-only` runs just that comparison (about a minute and a half with its defaults).
//
//   pnpm --filter @copilot-spaces/bench mock-throughput [-- --seconds 10] [--journal-only] [--rounds 5]
import { createMock } from "@copilot-spaces/mock-server";
import autocannon from "autocannon";
import { journalCost } from "./journal-cost.js";
import { bundle, freePort, mockCli, numberOption, prismCli, start } from "./servers.js";

const SECONDS = numberOption("seconds", 10);
const JOURNAL_ONLY = process.argv.includes("--journal-only");
// The journal's comparison: rounds of a few seconds each way, so that --journal-only stays short.
const journalRuns = () => ({ rounds: numberOption("rounds", 5), seconds: numberOption("seconds", 5), calls: numberOption("calls", 500) });

interface Row {
  server: string;
  path: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(server: string, base: string, path: string, connections: number, accept: string, seconds = SECONDS): Promise<Row> {
  const result = await autocannon({
    url: `${base}${path}`,
    connections,
    duration: seconds,
    headers: { authorization: "Bearer bench", accept },
  });
  return {
    server,
    path,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function main() {
  if (JOURNAL_ONLY) {
    const cost = await journalCost(journalRuns());
    console.log(cost.lines.join("\n"));
    return;
  }
  const [mockPort, prismPort, quietPort, statefulPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  // The mock takes GitHub's vendor type; bare Prism answers it 406, so it is asked for plain JSON.
  // "bare Prism" runs as its CLI does by default, logging every request; the mock's engine logs
  // nothing, so "bare Prism, -v error" is the like-for-like measure of what GitHub's rules cost.
  const servers = [
    {
      name: "mock server",
      base: `http://127.0.0.1:${mockPort}`,
      accept: "application/vnd.github+json",
      child: await start([mockCli, "--port", String(mockPort), "--quiet", "--rate-limit", "off"], mockPort),
    },
    {
      name: "mock server, stateful",
      base: `http://127.0.0.1:${statefulPort}`,
      accept: "application/vnd.github+json",
      child: await start([mockCli, "--port", String(statefulPort), "--quiet", "--stateful", "--rate-limit", "off"], statefulPort),
    },
    {
      name: "bare Prism",
      base: `http://127.0.0.1:${prismPort}`,
      accept: "application/json",
      child: await start([prismCli, "mock", bundle, "--port", String(prismPort), "--host", "127.0.0.1"], prismPort),
    },
    {
      name: "bare Prism, -v error",
      base: `http://127.0.0.1:${quietPort}`,
      accept: "application/json",
      child: await start([prismCli, "mock", bundle, "--port", String(quietPort), "--host", "127.0.0.1", "--verboseLevel", "error"], quietPort),
    },
  ];
  const rows: Row[] = [];
  try {
    const cases = [
      ["/orgs/octo-org/copilot-spaces?per_page=2", 10],
      ["/orgs/octo-org/copilot-spaces/3", 10],
      ["/orgs/octo-org/copilot-spaces?per_page=2", 50],
      ["/orgs/octo-org/copilot-spaces/3", 50],
    ] as const;
    for (const [index, [path, connections]] of cases.entries()) {
      const order = servers.map((_, i) => servers[(i + index) % servers.length]!);
      for (const s of order) {
        await load(s.name, s.base, path, connections, s.accept, 2); // warm-up of the JIT and the sockets, not counted
        rows.push(await load(s.name, s.base, path, connections, s.accept));
      }
    }
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
  }

  // The core's fetch, in this process: no socket, one request at a time; stateless, then stateful.
  const fetchRows: { mode: string; path: string; rps: number; msPerRequest: number }[] = [];
  for (const mode of ["stateless", "stateful"] as const) {
    const inProcess = await createMock({ stateful: mode === "stateful", rateLimit: false });
    try {
      for (const path of ["/orgs/octo-org/copilot-spaces?per_page=2", "/orgs/octo-org/copilot-spaces/3"]) {
        const once = async () => (await inProcess.fetch(`http://mock.test${path}`, { headers: { authorization: "Bearer bench" } })).arrayBuffer();
        for (const until = performance.now() + 2000; performance.now() < until; ) await once(); // warm-up, not counted
        let count = 0;
        const started = performance.now();
        while (performance.now() - started < SECONDS * 1000) {
          await once();
          count++;
        }
        const elapsed = performance.now() - started;
        fetchRows.push({ mode, path, rps: (count * 1000) / elapsed, msPerRequest: elapsed / count });
      }
    } finally {
      await inProcess.close();
    }
  }

  console.log(`\nautocannon, ${SECONDS} s per run after a warm-up run; all servers serve spec/dist/openapi.json\n`);
  const of = (server: string, row: Row) => rows.find((r) => r.server === server && r.path === row.path && r.connections === row.connections)!;
  console.log("| server | request | connections | req/s | p50 ms | p99 ms | errors | req/s × bare Prism | req/s × bare Prism, -v error |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const sorted = [...rows].sort(
    (a, b) =>
      a.connections - b.connections ||
      a.path.localeCompare(b.path) ||
      servers.findIndex((s) => s.name === a.server) - servers.findIndex((s) => s.name === b.server),
  );
  for (const row of sorted) {
    const verb = row.path.includes("?") ? "list" : "get";
    const ratio = (server: string) => (row.rps / of(server, row).rps).toFixed(2);
    console.log(
      `| ${row.server} | ${verb} | ${row.connections} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${ratio("bare Prism")} | ${ratio("bare Prism, -v error")} |`,
    );
  }
  console.log(`\nthe core's fetch in-process (createMock), one request at a time, ${SECONDS} s each\n`);
  console.log("| mode | request | req/s | ms per request |");
  console.log("| --- | --- | ---: | ---: |");
  for (const row of fetchRows)
    console.log(`| ${row.mode} | ${row.path.includes("?") ? "list" : "get"} | ${row.rps.toFixed(0)} | ${row.msPerRequest.toFixed(2)} |`);
  const mock = rows.filter((r) => r.server === "mock server");
  const met = (ok: boolean) => (ok ? "met" : "MISSED");
  const quiet = (row: Row) => row.rps / of("bare Prism, -v error", row).rps;
  const gets = mock.filter((r) => !r.path.includes("?"));
  const lists = mock.filter((r) => r.path.includes("?"));
  const inProcessGet = fetchRows.find((r) => r.mode === "stateless" && !r.path.includes("?"))!;
  console.log(
    `\ntargets: get ≥ 2.0× bare Prism -v error at 10 and 50 connections: ${met(gets.every((r) => quiet(r) >= 2))} (${gets.map((r) => quiet(r).toFixed(2)).join(", ")}); ` +
      `list ≥ 2.0×: ${met(lists.every((r) => quiet(r) >= 2))} (${lists.map((r) => quiet(r).toFixed(2)).join(", ")}); ` +
      `zero errors: ${met(mock.every((r) => r.errors === 0))}; ` +
      `in-process get ≤ 0.4 ms per request (stateless): ${met(inProcessGet.msPerRequest <= 0.4)} (${inProcessGet.msPerRequest.toFixed(2)} ms)`,
  );
  console.log((await journalCost(journalRuns())).lines.join("\n"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
