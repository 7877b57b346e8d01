// The mock's MSW door with msw 3, as a user of msw 3 gets it: in a scratch folder outside the
// repository, plain `npm install` of a Node 22 binary (`node@22`: msw 3 declares Node >= 22.12, and the
// workspace runs Node 20), msw 3 and the packed tarballs must succeed (no ERESOLVE: the mock's peer
// range admits msw 3); then a script run by that Node 22 puts `copilotSpacesHandlers` under msw 3's
// `setupServer`, creates and reads a Space through the global fetch, and has an unhandled request
// refused by msw 3's `onUnhandledFrame: "error"` (msw 2 named it `onUnhandledRequest`).
//
// npm's own cache keeps the Node 22 package and msw 3 between runs (`--prefer-offline`). Only when the
// npm registry cannot be reached, and not in CI, is the check skipped, with a warning that says so.
//
//   tsx src/release/msw3-check.ts <tarball>...    the check alone (release-check.ts runs it after its install)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The msw 3 release the door is checked with (the one issue 24 reported), and the Node line msw 3 needs. */
export const MSW3_VERSION = "3.0.5";
export const NODE_FOR_MSW3 = "22";

const env = { ...process.env, npm_config_fund: "false", npm_config_audit: "false", npm_config_update_notifier: "false" };

// Runs under the Node 22 binary, in the scratch project. Exits non-zero naming what went wrong.
const SCRIPT = `import { setupServer } from "msw/node";
import { createMock } from "@copilot-spaces/mock-server";
import { copilotSpacesHandlers } from "@copilot-spaces/mock-server/msw";
import { readFileSync } from "node:fs";
const fail = (why) => { console.error(why); process.exit(1); };
const msw = JSON.parse(readFileSync("node_modules/msw/package.json", "utf8")).version;
if (!msw.startsWith("3.")) fail("msw " + msw + " is installed, not msw 3");
const mock = await createMock({ stateful: true });
const server = setupServer(...copilotSpacesHandlers(mock));
server.listen({ onUnhandledFrame: "error" });
try {
  const headers = { authorization: "Bearer t", "content-type": "application/json" };
  const base = "https://api.github.com/orgs/msw-three/copilot-spaces";
  const created = await fetch(base, { method: "POST", headers, body: JSON.stringify({ name: "Through msw 3" }) });
  if (created.status !== 201) fail("POST answered " + created.status + ": " + (await created.text()));
  const { number } = await created.json();
  const got = await fetch(base + "/" + number, { headers });
  const space = await got.json();
  if (got.status !== 200 || space.name !== "Through msw 3") fail("GET answered " + got.status + " " + JSON.stringify(space));
  const unhandled = await fetch("https://elsewhere.invalid/", { signal: AbortSignal.timeout(30000) }).then(
    (response) => "answered " + response.status,
    (error) => (error instanceof TypeError ? "refused" : "rejected with " + error),
  );
  if (unhandled !== "refused") fail("onUnhandledFrame: 'error' did not refuse an unhandled request: it " + unhandled);
  const seen = mock.requests().map((entry) => entry.method + " " + entry.status);
  if (seen.join() !== "POST 201,GET 200") fail("the journal holds " + JSON.stringify(seen));
  console.log(JSON.stringify({ node: process.version, msw, seen }));
} finally {
  server.close();
  await mock.close();
}
`;

export type Msw3Result = { ran: true; node: string; msw: string; installMs: number; runMs: number } | { ran: false; why: string };

/** Installs Node 22, msw 3 and the tarballs in a scratch folder and runs the door there; throws naming the failing step. */
export function checkMsw3(tarballs: string[]): Msw3Result {
  const scratch = mkdtempSync(resolve(tmpdir(), "copilot-spaces-msw3-"));
  try {
    writeFileSync(resolve(scratch, "package.json"), JSON.stringify({ name: "msw3-check", private: true, type: "module" }));
    const started = Date.now();
    try {
      execFileSync(
        "npm",
        ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", `node@${NODE_FOR_MSW3}`, `msw@${MSW3_VERSION}`, ...tarballs],
        { cwd: scratch, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 600_000 },
      );
    } catch (error) {
      const output = `${(error as { stdout?: string }).stdout ?? ""}${(error as { stderr?: string }).stderr ?? ""}`;
      if (!registryReachable(scratch) && !process.env.CI) return { ran: false, why: `the npm registry cannot be reached:\n${output}` };
      throw new Error(`npm install of node@${NODE_FOR_MSW3}, msw@${MSW3_VERSION} and the tarballs failed:\n${output}`);
    }
    const installMs = Date.now() - started;
    writeFileSync(resolve(scratch, "msw3.mjs"), SCRIPT);
    const node22 = resolve(scratch, "node_modules/.bin/node");
    const ran = Date.now();
    let out: string;
    try {
      out = execFileSync(node22, ["msw3.mjs"], { cwd: scratch, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 });
    } catch (error) {
      throw new Error(`the msw 3 script failed under ${node22}:\n${(error as { stderr?: string }).stderr ?? String(error)}`);
    }
    const { node, msw } = JSON.parse(out.trim().split("\n").at(-1)!) as { node: string; msw: string };
    if (!node.startsWith(`v${NODE_FOR_MSW3}.`)) throw new Error(`the script ran on Node ${node}, not Node ${NODE_FOR_MSW3}`);
    return { ran: true, node, msw, installMs, runMs: Date.now() - ran };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function registryReachable(cwd: string): boolean {
  try {
    execFileSync("npm", ["ping", "--loglevel=error"], { cwd, env, stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** One line for release:check's log (or a loud warning when skipped). */
export function describeMsw3(result: Msw3Result): string {
  if (!result.ran) return `WARNING: the msw 3 check was SKIPPED, ${result.why}`;
  return `msw ${result.msw} on Node ${result.node}: npm install of it, node@${NODE_FOR_MSW3} and the tarballs succeeded (${(result.installMs / 1000).toFixed(1)} s); copilotSpacesHandlers served a POST and a GET through fetch and onUnhandledFrame refused an unhandled request (${(result.runMs / 1000).toFixed(1)} s)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    console.log(`msw3-check: ${describeMsw3(checkMsw3(process.argv.slice(2).map((t) => resolve(t))))}`);
  } catch (error) {
    console.error(`msw3-check: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
