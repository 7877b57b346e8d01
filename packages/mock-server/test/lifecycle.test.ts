// Start and stop as users do: startMockServer()/close(), createMock()/close(), the CLI with its signals,
// and the CLI under a wrapper (npm run, a node script) that is killed outright.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createMock, startMockServer } from "../src/index.js";

const packageDir = resolve(import.meta.dirname, "..");
const cli = resolve(packageDir, "dist/cli.cjs");
const auth = { authorization: "Bearer t" };
/**
 * How long a CLI may take to be gone once its wrapper is killed. It notices within 250 ms and exits
 * within a second when the machine is idle; on a busy one, loading Prism's engine alone can take ten.
 * A CLI that never noticed would serve on: this bound tells the two apart with room to spare.
 */
const GONE_WITHIN_MS = 30_000;
/** The default closeTimeoutMs: a close() that ignored the option given would wait this long. */
const DEFAULT_CLOSE_TIMEOUT_MS = 4000;

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), done(true)));
    socket.once("error", () => done(false));
  });
}

/** Resolves true once nothing listens on the port, false if something still does after `withinMs`. */
async function portClosed(port: number, withinMs = GONE_WITHIN_MS): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < withinMs; await new Promise((r) => setTimeout(r, 50))) {
    if (!(await listening(port))) return true;
  }
  return !(await listening(port));
}

/** The CPU time a process has used, from /proc (Linux, as the CLI's orphan watch is). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime, fields 14 and 15 of the line, in clock ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resolves once `condition` holds, checked every 20 ms; rejects after GONE_WITHIN_MS. */
async function until(condition: () => boolean): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() - started > GONE_WITHIN_MS) throw new Error(`not so within ${GONE_WITHIN_MS} ms: ${condition.toString()}`);
  }
}

/** Reads a process's stdout until `pattern` matches; rejects if it exits first. */
function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs = 90_000): Promise<RegExpExecArray> {
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

/**
 * A create request whose body is sent in two halves: the first once the server has taken the request
 * (it answers `Expect: 100-continue` when its handler has the request, which `inFlight` waits for),
 * the second when `finish()` is called. Until then the request is in flight on the server.
 */
function slowCreate(url: string): { finish(): void; answer: Promise<{ status: number; body: string }>; inFlight: Promise<void> } {
  const body = JSON.stringify({ name: "Sent slowly" });
  const { hostname, port } = new URL(url);
  const request = httpRequest({
    hostname,
    port,
    method: "POST",
    path: "/users/octocat/copilot-spaces",
    headers: { ...auth, "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue" },
  });
  const answer = new Promise<{ status: number; body: string }>((resolvePromise, reject) => {
    request.on("response", (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c));
      res.on("end", () => resolvePromise({ status: res.statusCode!, body: text }));
    });
    request.on("error", reject);
  });
  const inFlight = once(request, "continue").then(() => void request.write(body.slice(0, 5)));
  request.flushHeaders();
  return {
    finish: () =>
      void inFlight.then(
        () => request.end(body.slice(5)),
        () => undefined,
      ),
    answer,
    inFlight,
  };
}

describe("startMockServer", () => {
  it("serves, and close() releases the port", async () => {
    const mock = await startMockServer({ port: 0 });
    const port = Number(new URL(mock.url).port);
    try {
      expect((await fetch(`${mock.url}/users/octocat/copilot-spaces/5`, { headers: auth })).status).toBe(200);
    } finally {
      await mock.close();
    }
    expect(await listening(port)).toBe(false);
  });

  it("close() answers a request in flight before it resolves, and takes no new connection", async () => {
    const mock = await startMockServer({ port: 0 });
    const port = Number(new URL(mock.url).port);
    const slow = slowCreate(mock.url);
    await slow.inFlight;
    const closed = mock.close();
    expect(await listening(port)).toBe(false);
    slow.finish();
    expect((await slow.answer).status).toBe(201);
    await closed;
  });

  it("close() gives up on a request that never finishes after closeTimeoutMs", async () => {
    const mock = await startMockServer({ port: 0, closeTimeoutMs: 200 });
    const slow = slowCreate(mock.url);
    slow.answer.catch(() => undefined);
    await slow.inFlight;
    const started = performance.now();
    await mock.close();
    expect(performance.now() - started).toBeLessThan(DEFAULT_CLOSE_TIMEOUT_MS);
    await expect(slow.answer).rejects.toThrow();
  });

  it.each([
    [{ port: 70_000 }, "port: expected a whole number from 0 to 65535, got 70000"],
    [{ port: 1.5 }, "port: expected a whole number from 0 to 65535, got 1.5"],
    [{ port: 0, closeTimeoutMs: -1 }, "closeTimeoutMs: expected a number of milliseconds, 0 or more, got -1"],
    [{ port: 0, host: "" }, 'host: expected an address such as 127.0.0.1 (0.0.0.0 for every interface), got ""'],
    [{ port: 0, specPath: "/nonexistent/openapi.json" }, "specPath: cannot read /nonexistent/openapi.json: no such file"],
  ])("refuses %j, naming the option", async (options, message) => {
    await expect(startMockServer(options)).rejects.toThrow(message);
  });

  it("a port that is taken is reported, and nothing is left behind", async () => {
    const first = await startMockServer({ port: 0 });
    try {
      await expect(startMockServer({ port: Number(new URL(first.url).port) })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

describe("createMock", () => {
  /** A create request whose body is held back until `finish()`. */
  function heldBody() {
    let finish!: () => void;
    const rest = new Promise<void>((r) => (finish = r));
    const body = new ReadableStream<Uint8Array>({
      start: (c) => c.enqueue(new TextEncoder().encode('{"name":')),
      pull: async (c) => {
        await rest;
        c.enqueue(new TextEncoder().encode('"Held"}'));
        c.close();
      },
    });
    return {
      request: new Request("http://mock.test/users/octocat/copilot-spaces", { method: "POST", headers: auth, body, duplex: "half" } as RequestInit),
      finish,
    };
  }

  it("close() waits for a request in flight, then refuses new ones", async () => {
    const mock = await createMock();
    const held = heldBody();
    let finished = false;
    const pending = mock.fetch(held.request);
    const closed = mock.close().then(() => finished);
    await new Promise((r) => setTimeout(r, 100));
    finished = true;
    held.finish();
    expect(await closed, "close() resolved while a request was in flight").toBe(true);
    expect((await pending).status).toBe(201);
    await expect(mock.fetch("http://mock.test/users/octocat/copilot-spaces/5", { headers: auth })).rejects.toThrow("This mock is closed");
  });

  it("close() resolves after closeTimeoutMs when a request never finishes", async () => {
    const mock = await createMock({ closeTimeoutMs: 100 });
    const held = heldBody();
    void mock.fetch(held.request);
    const started = performance.now();
    await mock.close();
    expect(performance.now() - started).toBeLessThan(DEFAULT_CLOSE_TIMEOUT_MS);
    held.finish();
  });
});

describe("copilot-spaces-mock", () => {
  const start = (args: string[]) => spawn(process.execPath, [cli, "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });

  it("serves the API, logs each request, and exits 0 on SIGTERM", async () => {
    const child = start([]);
    try {
      const [, url] = await waitFor(child, /ready at (http:\/\/127\.0\.0\.1:\d+) in \d+ ms/);
      const logged = waitFor(child, /GET \/orgs\/octo-org\/copilot-spaces\/3 200 \d+ms/);
      expect((await fetch(`${url}/orgs/octo-org/copilot-spaces/3`, { headers: auth })).status).toBe(200);
      await logged;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      expect((await exited)[0]).toBe(0);
      expect(await listening(Number(new URL(url!).port))).toBe(false);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("on SIGTERM, answers the requests in flight before it exits", async () => {
    const child = start(["--quiet"]);
    try {
      const [, url] = await waitFor(child, /ready at (\S+) in/);
      // One create first, so that the three in flight do not also pay for the first validation.
      expect((await fetch(`${url}/users/octocat/copilot-spaces`, { method: "POST", headers: auth, body: '{"name":"x"}' })).status).toBe(201);
      const slow = [slowCreate(url!), slowCreate(url!), slowCreate(url!)];
      await Promise.all(slow.map((s) => s.inFlight));
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      // The CLI has acted on the signal once it takes no new connection; the three are still in flight.
      expect(await portClosed(Number(new URL(url!).port))).toBe(true);
      for (const s of slow) s.finish();
      const answers = await Promise.all(slow.map((s) => s.answer));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      expect((await exited)[0]).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("--stateful with --user and --max-owners", async () => {
    const child = start(["--quiet", "--stateful", "--user", "cli-bot", "--max-owners", "1"]);
    try {
      const [, url] = await waitFor(child, /ready at (\S+) in/);
      const create = (org: string) => fetch(`${url}/orgs/${org}/copilot-spaces`, { method: "POST", headers: auth, body: '{"name":"x"}' });
      const created = await create("first");
      expect(created.status).toBe(201);
      expect(((await created.json()) as { creator: { login: string } }).creator.login).toBe("cli-bot");
      expect((await create("second")).status).toBe(403);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("--quiet logs no request, and SIGINT stops it too", async () => {
    const child = start(["--quiet"]);
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
    [["--max-owners", "0"], '--max-owners: expected a whole number, 1 or more, got "0"'],
    [["--user", " "], "--user: expected a login such as octocat"],
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

describe("a wrapper killed outright leaves nothing listening", () => {
  it("killed while the CLI is still starting → the CLI exits", async () => {
    const wrapper = spawn(
      process.execPath,
      [
        "-e",
        `const c = require("node:child_process").spawn(process.execPath, [${JSON.stringify(cli)}, "--port", "0", "--quiet"], { stdio: "inherit" }); console.log("cli " + c.pid)`,
      ],
      {
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      const [, pid] = await waitFor(wrapper, /cli (\d+)/);
      // Once the CLI has spent 0.2 s of CPU it has run its first lines (node itself starts in about
      // 0.05 s), which note who started it, and is loading the engine (about 1.5 s of CPU): measured in
      // its own CPU time, this holds however busy the machine is.
      await until(() => cpuSeconds(Number(pid)) >= 0.2);
      wrapper.kill("SIGKILL");
      const alive = () => {
        try {
          process.kill(Number(pid), 0);
          return true;
        } catch {
          return false;
        }
      };
      const started = Date.now();
      while (alive() && Date.now() - started < GONE_WITHIN_MS) await new Promise((r) => setTimeout(r, 50));
      expect(alive()).toBe(false);
    } finally {
      try {
        process.kill(-wrapper.pid!, "SIGKILL");
      } catch {
        // the group is gone already
      }
    }
  });

  const spawnCli = `require("node:child_process").spawn(process.execPath, [${JSON.stringify(cli)}, "--port", "0", "--quiet"], { stdio: "inherit" })`;
  it("--detached keeps serving after its wrapper is killed, until SIGTERM", async () => {
    const wrapper = spawn(
      process.execPath,
      [
        "-e",
        `const c = require("node:child_process").spawn(process.execPath, [${JSON.stringify(cli)}, "--port", "0", "--quiet", "--detached"], { stdio: "inherit" }); console.log("cli " + c.pid)`,
      ],
      {
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      const [, pid] = await waitFor(wrapper, /cli (\d+)/);
      const [, url] = await waitFor(wrapper, /ready at (\S+) in/);
      wrapper.kill("SIGKILL");
      await new Promise((r) => setTimeout(r, 1000));
      const port = Number(new URL(url!).port);
      expect(await listening(port)).toBe(true);
      process.kill(Number(pid), "SIGTERM");
      expect(await portClosed(port)).toBe(true);
    } finally {
      try {
        process.kill(-wrapper.pid!, "SIGKILL");
      } catch {
        // the group is gone already
      }
    }
  });

  it.each([
    ["npm run mock", "npm", ["run", "--silent", "mock", "--", "--port", "0", "--quiet"]],
    ["a node script that spawned it", process.execPath, ["-e", spawnCli]],
    // As with `pnpm mock`: the wrapper the user typed dies, the one between it and the CLI lives on.
    [
      "a wrapper above a parent that lives on",
      process.execPath,
      ["-e", `require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(spawnCli)}], { stdio: "inherit" })`],
    ],
  ])("%s, killed with SIGKILL → the port is closed", async (_name, command, args) => {
    // A process group of its own, so that `finally` can stop the CLI too should the test fail.
    const wrapper = spawn(command, args, {
      cwd: packageDir,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, npm_config_update_notifier: "false" },
    });
    try {
      const [, url] = await waitFor(wrapper, /ready at (\S+) in/);
      const port = Number(new URL(url!).port);
      expect(await listening(port)).toBe(true);
      wrapper.kill("SIGKILL");
      expect(await portClosed(port)).toBe(true);
    } finally {
      try {
        process.kill(-wrapper.pid!, "SIGKILL");
      } catch {
        // the group is gone already
      }
    }
  });
});
