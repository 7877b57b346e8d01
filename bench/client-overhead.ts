// Per-call cost of `listForOrg` against a loopback server, side by side with raw fetch, bare
// openapi-fetch and @octokit/core's request, and the bundled size (min+gzip) of the client next to
// @octokit/core's. The machine is noisy: the contenders run interleaved, in short rounds whose order
// rotates; each ratio is taken within a round (the calls it compares ran seconds apart) and the
// table shows the median over the rounds. Sizes: the client without `cache` and `throttle` (a chunk
// imported only by a client that turns one on), and with them.
//
// On a shared 2-core VM the loopback times swing by ±20 % from round to round, more than the
// differences being measured; so a second table times each library's own work per call with fetch
// answered in-process (still building the Request, as undici's fetch does): its ratios are steadier,
// though its absolute µs move with the machine from one run to the next.
//
//   pnpm --filter @copilot-spaces/bench client-overhead [-- --rounds 30 --calls 200]
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { Octokit } from "@octokit/core";
import { createCopilotSpacesClient, type paths } from "@copilot-spaces/client";
import { build, type Plugin } from "esbuild";
import createClient from "openapi-fetch";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a whole number, 1 or more`);
  return value;
};
const ROUNDS = arg("rounds", 30);
const CALLS = arg("calls", 200);
const LOCAL_CALLS = 2000;
const TOKEN = "ghp_bench_token";
const ORG = "octo-org";

const BODY = JSON.stringify({ spaces: [{ id: 84, number: 3, name: "Team Planning Space", description: null }] });

// The server lives in its own process, so that its work does not share the client's event loop.
const SERVER = `
const http = require("node:http");
const body = ${JSON.stringify(BODY)};
const server = http.createServer((req, res) => {
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60000;
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

async function startServer() {
  const child = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolvePort, reject) => {
    child.once("error", reject);
    child.stdout.once("data", (chunk: Buffer) => resolvePort(Number(chunk.toString().trim())));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

const headers = {
  authorization: `Bearer ${TOKEN}`,
  accept: "application/vnd.github+json",
  "x-github-api-version": "2026-03-10",
  "user-agent": "bench",
};

function contenders(baseUrl: string): Record<string, () => Promise<unknown>> {
  const url = `${baseUrl}/orgs/${ORG}/copilot-spaces?per_page=30`;
  const bare = createClient<paths>({ baseUrl, headers });
  const client = createCopilotSpacesClient({ token: TOKEN, baseUrl });
  const untimed = createCopilotSpacesClient({ token: TOKEN, baseUrl, timeoutMs: Infinity });
  const octokit = new Octokit({ auth: TOKEN, baseUrl, userAgent: "bench" });
  return {
    "raw fetch": async () => (await fetch(url, { headers })).json(),
    "openapi-fetch": async () => (await bare.GET("/orgs/{org}/copilot-spaces", { params: { path: { org: ORG }, query: { per_page: 30 } } })).data,
    // What a per-attempt timeout costs by itself: undici follows the signal of every request.
    "openapi-fetch + timeout signal": async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        return (await bare.GET("/orgs/{org}/copilot-spaces", { params: { path: { org: ORG }, query: { per_page: 30 } }, signal: controller.signal })).data;
      } finally {
        clearTimeout(timer);
      }
    },
    "@copilot-spaces/client": () => client.copilotSpaces.listForOrg({ org: ORG, per_page: 30 }),
    "@copilot-spaces/client, timeoutMs: Infinity": () => untimed.copilotSpaces.listForOrg({ org: ORG, per_page: 30 }),
    "@octokit/core": async () =>
      (await octokit.request("GET /orgs/{org}/copilot-spaces", { org: ORG, per_page: 30, headers: { "x-github-api-version": "2026-03-10" } })).data,
  };
}

/** µs per call: wall time, and this process's CPU time (the client's own work; the server runs apart). */
async function timeRound(call: () => Promise<unknown>, calls = CALLS): Promise<{ wall: number; cpu: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < calls; i++) await call();
  const used = process.cpuUsage(cpu);
  return { wall: ((performance.now() - started) * 1000) / calls, cpu: (used.user + used.system) / calls };
}

/** Each library's own work per call: the global fetch answers at once, after building the Request. */
async function libraryWork(names: string[]): Promise<Map<string, number[]>> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    new Request(input, init);
    return new Response(BODY, { status: 200, headers: { "content-type": "application/json; charset=utf-8", "content-length": String(BODY.length) } });
  };
  try {
    const calls = contenders("http://127.0.0.1:9");
    for (const name of names) await timeRound(calls[name]!, LOCAL_CALLS);
    const samples = new Map(names.map((name) => [name, [] as number[]]));
    for (let round = 0; round < 15; round++) {
      for (const name of names.map((_, i) => names[(i + round) % names.length]!)) {
        samples.get(name)!.push((await timeRound(calls[name]!, LOCAL_CALLS)).wall);
      }
    }
    return samples;
  } finally {
    globalThis.fetch = realFetch;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The first and third quartiles: half of the rounds fall between them. */
function quartiles(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
  return [at(0.25), at(0.75)];
}

/**
 * The bundle's size, esbuild minified, gzip -9. `lazy` says which of the client's dynamic imports are
 * bundled (each is otherwise left out, as a chunk that a client not using it never loads): the
 * options `cache` and `throttle` (traffic), a redirect, a 403's access reader, middleware.
 */
const lazyChunks = (lazy: RegExp): Plugin => ({
  name: "lazy-chunks",
  setup: (esbuild) =>
    void esbuild.onResolve({ filter: /.*/ }, ({ kind, path }) => (kind === "dynamic-import" && !lazy.test(path) ? { path, external: true } : undefined)),
});

async function gzipSize(entry: string, label: string, lazy = /^$/): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["import", "default"],
    write: false,
    logLevel: "silent",
    plugins: [lazyChunks(lazy)],
  }).catch((error: Error) => {
    throw new Error(`bundling ${label} failed: ${error.message}`);
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

async function main() {
  const server = await startServer();
  try {
    const calls = contenders(server.url);
    const names = Object.keys(calls);
    for (const name of names) await timeRound(calls[name]!); // warm-up: JIT, connections
    const samples = new Map(names.map((name) => [name, [] as { wall: number; cpu: number }[]]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]!);
      for (const name of order) samples.get(name)!.push(await timeRound(calls[name]!));
    }
    const of = (name: string, kind: "wall" | "cpu") => samples.get(name)!.map((s) => s[kind]);
    const ratios = (name: string, to: string, kind: "wall" | "cpu") => of(name, kind).map((us, round) => us / of(to, kind)[round]!);
    const ratio = (name: string, to: string, kind: "wall" | "cpu") => median(ratios(name, to, kind));
    console.log(`\nlistForOrg against a loopback server: ${ROUNDS} interleaved rounds of ${CALLS} calls; medians over the rounds`);
    for (const kind of ["wall", "cpu"] as const) {
      console.log(
        kind === "wall"
          ? "\nWall time per call (what a caller waits):\n"
          : "\nClient CPU per call (the work each library adds; the server runs in another process):\n",
      );
      console.log("| contender | µs per call | × raw fetch | × openapi-fetch (middle half of rounds) | × @octokit/core |");
      console.log("| --- | ---: | ---: | ---: | ---: |");
      for (const name of names) {
        const spread = quartiles(ratios(name, "openapi-fetch", kind));
        const cells = [
          ratio(name, "raw fetch", kind).toFixed(2),
          `${ratio(name, "openapi-fetch", kind).toFixed(2)} (${spread[0].toFixed(2)}–${spread[1].toFixed(2)})`,
          ratio(name, "@octokit/core", kind).toFixed(2),
        ];
        console.log(`| ${name} | ${median(of(name, kind)).toFixed(1)} | ${cells.join(" | ")} |`);
      }
    }

    const work = await libraryWork(names);
    const workRatio = (name: string, to: string) => median(work.get(name)!.map((us, round) => us / work.get(to)![round]!));
    console.log("\nEach library's own work per call (fetch answered in-process, no socket):\n");
    console.log("| contender | µs per call | µs over openapi-fetch | × openapi-fetch | × @octokit/core |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    const baseWork = median(work.get("openapi-fetch")!);
    for (const name of names) {
      const us = median(work.get(name)!);
      console.log(
        `| ${name} | ${us.toFixed(1)} | ${(us - baseWork).toFixed(1)} | ${workRatio(name, "openapi-fetch").toFixed(2)} | ${workRatio(name, "@octokit/core").toFixed(2)} |`,
      );
    }
    // What the added work makes of a loopback call: openapi-fetch's loopback time plus the client's extra µs.
    const loopbackBase = median(of("openapi-fetch", "wall"));
    const extra = median(work.get("@copilot-spaces/client")!) - baseWork;
    const projected = (loopbackBase + extra) / loopbackBase;

    const require = createRequire(import.meta.url);
    const clientEntry = resolve(dirname(require.resolve("@copilot-spaces/client/package.json")), "dist/index.js");
    const octokitEntry = resolve(dirname(require.resolve("@octokit/core")), "index.js");
    const ours = await gzipSize(clientEntry, "@copilot-spaces/client");
    const traffic = await gzipSize(clientEntry, "@copilot-spaces/client with cache and throttle", /traffic/);
    const everything = await gzipSize(clientEntry, "@copilot-spaces/client, every chunk", /./);
    const theirs = await gzipSize(octokitEntry, "@octokit/core");
    console.log("\n| bundle (esbuild, minified, gzip -9) | bytes | × @octokit/core |");
    console.log("| --- | ---: | ---: |");
    console.log(`| @copilot-spaces/client (with openapi-fetch), neither cache nor throttle | ${ours} | ${(ours / theirs).toFixed(2)} |`);
    console.log(`| @copilot-spaces/client with \`cache\` and \`throttle\` (+${traffic - ours}) | ${traffic} | ${(traffic / theirs).toFixed(2)} |`);
    console.log(
      `| @copilot-spaces/client, every chunk (+ redirects, a 403's access reader, middleware) | ${everything} | ${(everything / theirs).toFixed(2)} |`,
    );
    console.log(`| @octokit/core | ${theirs} | 1.00 |`);
    const target = (ok: boolean) => (ok ? "met" : "MISSED");
    console.log(`\nsize budgets: neither option ≤ 12,819 B: ${target(ours <= 12_819)}; cache + throttle add ≤ 2,048 B: ${target(traffic - ours <= 2_048)}`);
    const client = "@copilot-spaces/client";
    console.log(
      `\nThe client's added work (${extra.toFixed(1)} µs) on openapi-fetch's loopback call (${loopbackBase.toFixed(0)} µs): ${projected.toFixed(3)}×`,
    );
    console.log(
      `targets: ≤ 1.05× openapi-fetch per call: ${target(projected <= 1.05)} by added work, ` +
        `${target(ratio(client, "openapi-fetch", "wall") <= 1.05)} by loopback wall time (median ${ratio(client, "openapi-fetch", "wall").toFixed(2)}); ` +
        `< 0.85× @octokit/core per call: ${target(ratio(client, "@octokit/core", "wall") < 0.85)} by loopback wall time, ` +
        `${target(workRatio(client, "@octokit/core") < 0.85)} by library work`,
    );
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
