// Start and stop as users do: startMockServer()/close(), a parent killed outright, and the CLI.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.js";

const packageDir = resolve(import.meta.dirname, "..");
const cli = resolve(packageDir, "dist/cli.js");
const auth = { authorization: "Bearer t" };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number, withinMs = 5000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < withinMs; ) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !alive(pid);
}

/** The child processes of `pid`, from /proc. */
async function childrenOf(pid: number): Promise<number[]> {
  const ps = spawn("ps", ["-o", "pid=", "--ppid", String(pid)]);
  let out = "";
  ps.stdout.on("data", (c: Buffer) => (out += c));
  await once(ps, "exit");
  return out.split("\n").map((line) => Number(line.trim())).filter((n) => n > 0);
}

/** Reads a process's stdout until `pattern` matches; rejects if it exits first. */
function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpExecArray> {
  let seen = "";
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${seen}`)), timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${String(code)}) before ${pattern}; output:\n${seen}`));
    });
  });
}

describe("startMockServer", () => {
  it("resolves once the server answers, and close() leaves no listening port and no child process", async () => {
    const mock = await startMockServer({ port: 0 });
    const prism = mock.prismPid!;
    try {
      expect((await fetch(`${mock.url}/users/octocat/copilot-spaces/5`, { headers: auth })).status).toBe(200);
      expect(alive(prism)).toBe(true);
    } finally {
      await mock.close();
    }
    expect(await gone(prism)).toBe(true);
    await expect(fetch(`${mock.url}/users/octocat/copilot-spaces/5`, { headers: auth })).rejects.toThrow();
  });

  it("refuses a port outside 0–65535, naming it", async () => {
    await expect(startMockServer({ port: 70_000 })).rejects.toThrow("port: expected a whole number from 0 to 65535, got 70000");
  });

  it("leaves no Prism behind when its parent is killed outright", async () => {
    const parent = spawn(
      process.execPath,
      ["--input-type=module", "-e", `import { startMockServer } from ${JSON.stringify(resolve(packageDir, "dist/index.js"))}; const m = await startMockServer({ port: 0 }); console.log("prism " + m.prismPid);`],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const [, pid] = await waitFor(parent, /prism (\d+)/);
    expect(alive(Number(pid))).toBe(true);
    parent.kill("SIGKILL");
    expect(await gone(Number(pid))).toBe(true);
  });
});

describe("copilot-spaces-mock", () => {
  it("serves the API, logs each request, and stops with its Prism on SIGTERM", async () => {
    const child = spawn(process.execPath, [cli, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const [, url] = await waitFor(child, /ready at (http:\/\/127\.0\.0\.1:\d+) in \d+ ms/);
      const [prism] = await childrenOf(child.pid!);
      expect(prism).toBeGreaterThan(0);
      const logged = waitFor(child, /GET \/orgs\/octo-org\/copilot-spaces\/3 200 \d+ms/);
      expect((await fetch(`${url}/orgs/octo-org/copilot-spaces/3`, { headers: auth })).status).toBe(200);
      await logged;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      expect((await exited)[0]).toBe(0);
      expect(await gone(prism!)).toBe(true);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("--quiet logs no request, and SIGINT stops it too", async () => {
    const child = spawn(process.execPath, [cli, "--port", "0", "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    try {
      const [, url] = await waitFor(child, /ready at (http:\/\/\S+) in/);
      await (await fetch(`${url}/users/octocat/copilot-spaces`, { headers: auth })).arrayBuffer();
      const exited = once(child, "exit");
      child.kill("SIGINT");
      expect((await exited)[0]).toBe(0);
      expect(out).not.toMatch(/GET \/users/);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it.each([
    [["--port", "99999"], '--port: expected a whole number from 0 to 65535, got "99999"'],
    [["--port", "abc"], '--port: expected a whole number from 0 to 65535, got "abc"'],
    [["--colour"], "Unknown option '--colour'"],
  ])("refuses %j with a clear message and exit code 2", async (args, message) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (c: Buffer) => (err += c));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("Usage: copilot-spaces-mock");
  });
});
