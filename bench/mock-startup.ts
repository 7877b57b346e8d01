// Start-up of the mock's CLI beside the bare Prism CLI on the same bundle: from process start to the
// first answer to a real request, the wait a test suite has before it can use either. Both as users
// install them (the mock's packed tarballs with npm, the Prism CLI with npm, each in a scratch project:
// installed.ts), and both as this workspace builds them. Rounds alternate the servers, so that drift
// of this shared machine falls on all of them; the ratios are of medians.
//
//   pnpm --filter @copilot-spaces/bench mock-startup [-- --rounds 7]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { installedMock, installedPrism } from "./installed.js";
import { bundle, freePort, mockCli, numberOption, prismCli } from "./servers.js";

const ROUNDS = numberOption("rounds", 7);
const TARGET = 0.35;

/** Milliseconds from spawning `args` to the first answer to a GET of a Space. */
async function readyMs(args: (port: number) => string[], accept: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args(port), { stdio: "ignore", env: { ...process.env, SCARF_ANALYTICS: "false" } });
  try {
    for (;;) {
      const answered = await fetch(`http://127.0.0.1:${port}/orgs/octo-org/copilot-spaces/3`, { headers: { authorization: "Bearer bench", accept } }).then(
        (r) => r.arrayBuffer().then(() => r.ok),
        () => false,
      );
      if (answered) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error(`${args(port).join(" ")} gave no answer within 60 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill("SIGKILL");
    await once(child, "exit");
  }
}

console.log("installing the packed mock and the Prism CLI with npm, each in a scratch project …");
const mock = installedMock();
const prism = installedPrism();
const mockArgs = (cli: string) => (port: number) => [cli, "--port", String(port), "--quiet"];
const prismArgs = (cli: string) => (port: number) => [cli, "mock", bundle, "--port", String(port), "--host", "127.0.0.1"];
const servers = [
  { name: "mock server, installed", args: mockArgs(mock.cli), accept: "application/vnd.github+json", beside: "bare Prism CLI, installed" },
  { name: "bare Prism CLI, installed", args: prismArgs(prism.cli), accept: "application/json" },
  { name: "mock server, workspace build", args: mockArgs(mockCli), accept: "application/vnd.github+json", beside: "bare Prism CLI, workspace" },
  { name: "bare Prism CLI, workspace", args: prismArgs(prismCli), accept: "application/json" },
];
const times = new Map<string, number[]>(servers.map((s) => [s.name, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of round % 2 === 0 ? servers : [...servers].reverse()) times.get(s.name)!.push(await readyMs(s.args, s.accept));
  }
} finally {
  for (const dir of [mock.dir, prism.dir]) rmSync(dir, { recursive: true, force: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`\nprocess start → first answer, ${ROUNDS} rounds, alternating\n`);
console.log("| server | median ms | min ms | max ms | × its bare Prism CLI |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const s of servers) {
  const values = times.get(s.name)!;
  const ratio = s.beside ? (median(values) / median(times.get(s.beside)!)).toFixed(2) : "";
  console.log(`| ${s.name} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} | ${ratio} |`);
}
const installed = median(times.get(servers[0]!.name)!) / median(times.get(servers[1]!.name)!);
console.log(
  `\ntarget: the installed mock ready ≤ ${TARGET}× the installed bare Prism CLI: ${installed <= TARGET ? "met" : "MISSED"} (${installed.toFixed(2)}×)`,
);
