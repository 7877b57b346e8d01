// Start-up of the mock's CLI beside the bare Prism CLI on the same bundle: from process start to the
// first answer to a real request, the wait a test suite has before it can use either. Rounds
// alternate the two, so that drift of this shared machine falls on both; the ratio is of medians.
//
//   pnpm --filter @copilot-spaces/bench mock-startup [-- --rounds 7]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { bundle, freePort, mockCli, numberOption, prismCli } from "./servers.js";

const ROUNDS = numberOption("rounds", 7);

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

const servers = [
  { name: "mock server (copilot-spaces-mock)", args: (port: number) => [mockCli, "--port", String(port), "--quiet"], accept: "application/vnd.github+json" },
  { name: "bare Prism CLI", args: (port: number) => [prismCli, "mock", bundle, "--port", String(port), "--host", "127.0.0.1"], accept: "application/json" },
];
const times = new Map<string, number[]>(servers.map((s) => [s.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const s of round % 2 === 0 ? servers : [...servers].reverse()) times.get(s.name)!.push(await readyMs(s.args, s.accept));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const prism = median(times.get("bare Prism CLI")!);
console.log(`\nprocess start → first answer, ${ROUNDS} rounds, alternating\n`);
console.log("| server | median ms | min ms | max ms | × bare Prism CLI |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const [name, values] of times) {
  console.log(
    `| ${name} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} | ${(median(values) / prism).toFixed(2)} |`,
  );
}
const ratio = median(times.get(servers[0]!.name)!) / prism;
console.log(`\ntarget: ready ≤ 0.4× the bare Prism CLI: ${ratio <= 0.4 ? "met" : "MISSED"} (${ratio.toFixed(2)}×)`);
