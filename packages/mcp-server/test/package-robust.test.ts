// The packed bin as a long-running child process: it answers lines that are not JSON-RPC and goes on,
// writes nothing but protocol to stdout, exits 0 when stdin closes or on SIGTERM, and a call the client
// cancels aborts its request to GitHub. Run from the release project with npx, as a host starts it.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { LATEST_PROTOCOL_VERSION } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { binPidBelow, call, connectStdio, type RawChild, startRaw, type StdioSession, waitFor, workflowOperations } from "./package-helpers.ts";

/** A generous bound for a process to end: well under a second when idle. */
const EXIT_BOUND_MS = 30_000;
const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms).unref())]);

const started: RawChild[] = [];
const raw = (args: string[]) => {
  const child = startRaw(args);
  started.push(child);
  return child;
};
afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

const send = (child: RawChild, line: string) => child.child.stdin!.write(`${line}\n`);
const parsed = (line: string) =>
  JSON.parse(line) as { jsonrpc: string; id: unknown; result?: Record<string, unknown>; error?: { code: number; message: string } };

describe("lines that are not JSON-RPC", () => {
  it("answers a malformed line with -32700 and a non-request with -32600, goes on, writes only JSON-RPC to stdout, and exits 0 when stdin closes", async () => {
    const bin = raw(["--mock"]);
    send(bin, "{not json");
    const parseError = parsed(await bin.line(0));
    expect(parseError).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32700 } });

    send(
      bin,
      JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: { protocolVersion: LATEST_PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: "raw", version: "1" } },
      }),
    );
    expect(parsed(await bin.line(1))).toMatchObject({ jsonrpc: "2.0", id: 1, result: { serverInfo: { name: "copilot-spaces" } } });
    send(bin, JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }));

    // JSON, but not a JSON-RPC message: its id is kept when it has one.
    send(bin, JSON.stringify({ id: 7, hello: "world" }));
    expect(parsed(await bin.line(2))).toMatchObject({ jsonrpc: "2.0", id: 7, error: { code: -32600 } });
    send(bin, "[1, 2, 3]");
    expect(parsed(await bin.line(3))).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32600 } });

    send(bin, JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }));
    const listed = parsed(await bin.line(4));
    expect(listed.id).toBe(2);
    expect((listed.result!.tools as unknown[]).length).toBeGreaterThan(0);

    bin.child.stdin!.end();
    expect(await within(bin.exited, EXIT_BOUND_MS, "exit after stdin closed")).toEqual({ code: 0, signal: null });
    // Every line on stdout was a JSON-RPC message, and there were no more than the five answers.
    expect(bin.lines).toHaveLength(5);
    for (const line of bin.lines) expect(parsed(line).jsonrpc).toBe("2.0");
    expect(bin.stderr()).toMatch(/over stdio/);
  });

  it("exits 0 on SIGTERM", async () => {
    const bin = raw(["--mock"]);
    await waitFor(bin.stderr, /over stdio/, "the ready line");
    // The bin's own process, below npx and its shell: npx forwards a signal but reports it as its own death.
    const pid = binPidBelow(bin.child.pid!);
    expect(pid, "the bin's node process below npx").toBeDefined();
    process.kill(pid!, "SIGTERM");
    expect(await within(bin.exited, EXIT_BOUND_MS, "exit after SIGTERM")).toEqual({ code: 0, signal: null });
  });
});

describe("a call the client cancels, against GitHub's API (a loopback server that never answers)", () => {
  const token = `test-token-${randomUUID()}`;
  let upstream: Server;
  const seen: { url: string; authorization: string | undefined; closed?: number }[] = [];
  let session: StdioSession;

  beforeAll(async () => {
    upstream = createServer((req: IncomingMessage) => {
      const entry: (typeof seen)[number] = { url: req.url ?? "", authorization: req.headers.authorization };
      seen.push(entry);
      req.socket.once("close", () => (entry.closed = Date.now()));
      // Never answered.
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    session = await connectStdio(["--base-url", base], { GITHUB_TOKEN: token });
  });
  afterAll(async () => {
    await session?.close();
    upstream?.closeAllConnections();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it("rejects the client's promise and closes the request to GitHub, and the token never reaches stderr", async () => {
    const ops = workflowOperations();
    const controller = new AbortController();
    const pending = call(session.client, ops.get, { [ops.owner]: "octo-org", [ops.identity]: 1 }, { signal: controller.signal });
    const rejected = expect(pending).rejects.toThrow();
    await waitFor(() => String(seen.length), /^[1-9]/, "the upstream request");
    expect(seen[0]!.authorization).toBe(`Bearer ${token}`);
    expect(seen[0]!.closed).toBeUndefined();
    const aborted = Date.now();
    controller.abort();
    await rejected;
    // The server aborted its fetch: the socket to GitHub closes (not only the client giving up).
    await waitFor(() => String(seen[0]!.closed ?? ""), /\d/, "the upstream request's socket closing");
    expect(seen[0]!.closed! - aborted).toBeLessThan(EXIT_BOUND_MS);
    // No retry of a cancelled call.
    await new Promise((r) => setTimeout(r, 500));
    expect(seen).toHaveLength(1);
    expect(session.stderr()).toMatch(/over stdio/);
    expect(session.stderr()).not.toContain(token);
  });
});
