import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { freePort, mockCli } from "./servers.js";
const sizes = process.argv.slice(2);
const servers = [];
for (const size of sizes) {
  const port = await freePort();
  const child = spawn(process.execPath, [mockCli, "--port", String(port), "--quiet", "--rate-limit", "off", "--journal-size", size], { stdio: "ignore" });
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  servers.push({ size, port, child });
}
const run = (port: number, d: number) =>
  autocannon({
    url: `http://127.0.0.1:${port}/orgs/octo-org/copilot-spaces/3`,
    connections: 4,
    duration: d,
    headers: { authorization: "Bearer bench", accept: "application/vnd.github+json" },
  });
await Promise.all(servers.map((s) => run(s.port, 3)));
for (let r = 0; r < 3; r++) {
  const res = await Promise.all(servers.map((s) => run(s.port, 4)));
  console.log(servers.map((s, i) => `${s.size}: ${res[i]!.requests.average.toFixed(0)}`).join("  "));
}
for (const s of servers) s.child.kill("SIGTERM");
