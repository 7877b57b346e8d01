// The validating proxy in front of a clean upstream: the kit's own mock under a GHES-style base path (`/api/v3`).
// Every operation's example request, a documented error forced by `Prefer` (forwarded), and every list followed
// page by page through the proxy's rewritten `Link` come back with no violation; the journal is the mock's; the
// recording holds each exchange with its operation, status and body, and no token.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cassette } from "../src/cassettes/har.js";
import { startProxy, type Proxy } from "../src/proxy/proxy.js";
import { VIOLATIONS_HEADER } from "../src/proxy/violation-header.js";
import { startUpstream, type Upstream } from "./upstreams.js";
import { examplePath, exampleInit, operations, TOKEN, tokenFree } from "./proxy-helpers.js";

let upstream: Upstream;
let proxy: Proxy;
const lines: string[] = [];
const dir = mkdtempSync(join(tmpdir(), "proxy-clean-"));

beforeAll(async () => {
  upstream = await startUpstream({ basePath: "/api/v3" });
  proxy = await startProxy({ upstream: upstream.url, port: 0, record: dir, log: (line) => lines.push(line) });
});
afterAll(async () => {
  await proxy?.close();
  await upstream?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The violations the proxy counted for these operations so far. */
const violationsOf = () => proxy.report().violations;

describe("the proxy in front of the kit's mock under /api/v3", () => {
  it("passes every operation's example request through with no violation", async () => {
    for (const op of operations) {
      const response = await fetch(`${proxy.url}${examplePath(op)}`, exampleInit(op));
      await response.text();
      expect(response.status, op.operationId).toBe(op.success.status);
      expect(response.headers.get(VIOLATIONS_HEADER), op.operationId).toBeNull();
      expect(response.headers.get("access-control-expose-headers"), op.operationId).toMatch(/x-copilot-spaces-violations$/);
    }
    expect(violationsOf()).toBe(0);
    const ids = new Set(proxy.report().operations.map((t) => t.operationId));
    for (const op of operations) expect(ids, op.operationId).toContain(op.operationId);
  });

  it("forwards Prefer, so that a documented error comes back from the upstream and passes", async () => {
    // One error per operation (its first documented one): every status would cost the suite seconds for little more.
    for (const op of operations) {
      const status = op.responses.map((r) => r.status).find((s) => s >= 400);
      if (status === undefined) continue;
      const response = await fetch(`${proxy.url}${examplePath(op)}`, exampleInit(op, { prefer: `code=${status}` }));
      await response.text();
      expect(response.status, op.operationId).toBe(status);
      expect(response.headers.get(VIOLATIONS_HEADER), `${op.operationId} ${status}`).toBeNull();
    }
    expect(violationsOf()).toBe(0);
  });

  it("follows every list page by page through the proxy's own Link URLs", async () => {
    const lists = operations.filter((op) => op.paging?.pageSize);
    expect(lists.length).toBeGreaterThan(0);
    for (const op of lists) {
      let next: string | undefined = `${proxy.url}${examplePath(op)}?${op.paging!.pageSize!.name}=1`;
      let pages = 0;
      while (next !== undefined && pages < 50) {
        const response: Response = await fetch(next, exampleInit(op));
        await response.text();
        expect(response.status, op.operationId).toBe(200);
        pages += 1;
        const link = response.headers.get("link");
        next = link === null ? undefined : /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
        // The client stays behind the proxy: every URL of the Link is the proxy's.
        for (const [, href] of (link ?? "").matchAll(/<([^>]+)>/g)) expect(href!.startsWith(`${proxy.url}/`), href).toBe(true);
      }
      expect(pages, `${op.operationId}: pages followed`).toBeGreaterThan(1);
    }
    expect(violationsOf()).toBe(0);
  });

  it("keeps the mock's journal, credentials redacted, and forwards a request it cannot route with an operation violation", async () => {
    const op = operations[0]!;
    const typo = examplePath(op).replace(/copilot-spaces/, "copilot-space");
    const response = await fetch(`${proxy.url}${typo}`, exampleInit(op));
    expect(response.status).toBe(404);
    const header = JSON.parse(response.headers.get(VIOLATIONS_HEADER) ?? "[]") as { operationId: string | null; rule: string }[];
    expect(header).toEqual([expect.objectContaining({ operationId: null, rule: "operation" })]);
    const unrouted = proxy.requests({ operationId: null });
    expect(unrouted.at(-1)).toMatchObject({ path: typo, status: 404 });
    expect(unrouted.at(-1)!.nearMiss?.operationId).toBe(op.operationId);
    // The journal over HTTP, as a mock's: each request with its operation, the token never in it.
    const text = await (await fetch(`${proxy.url}/__mock/requests?operationId=${encodeURIComponent(op.operationId)}`)).text();
    const entries = (JSON.parse(text) as { requests: { operationId: string; headers: Record<string, string> }[] }).requests;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]!.headers.authorization).toMatch(/^Bearer classic-pat:[0-9a-f]{8}$/);
    expect(tokenFree(text, "journal")).toEqual([]);
    expect(proxy.report().operations.find((t) => t.operationId === null)?.byRule).toEqual({ operation: 1 });
  });

  it("passes a CORS preflight on, unchecked: it is the server's answer to a browser, not an operation", async () => {
    const response = await fetch(`${proxy.url}${examplePath(operations[0]!)}`, {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get(VIOLATIONS_HEADER)).toBeNull();
  });

  it("records every exchange in one HAR cassette with its operation, status and body, and no token", async () => {
    const file = proxy.cassette!;
    expect(file.startsWith(dir)).toBe(true);
    // Rewritten through a temporary file renamed over it: none is left behind.
    expect(readdirSync(dir)).toEqual([basename(file)]);
    const text = readFileSync(file, "utf8");
    const cassette = JSON.parse(text) as Cassette;
    expect(cassette.log.entries.length).toBe(proxy.report().exchanges);
    const op = operations.find((o) => o.success.status === 200 && o.method === "get")!;
    const entry = cassette.log.entries.find((e) => e._operationId === op.operationId && e.response.status === 200)!;
    expect(entry.request.url.startsWith(upstream.url)).toBe(true);
    expect(JSON.parse(entry.response.content.text!)).toBeTypeOf("object");
    expect(entry._violations).toEqual([]);
    expect(entry.request.headers.find((h) => h.name === "authorization")?.value).toMatch(/^Bearer classic-pat:/);
    expect(tokenFree(text, "cassette")).toEqual([]);
    expect(tokenFree(lines.join("\n"), "log")).toEqual([]);
    expect(text).not.toContain(TOKEN.slice(4));
  });

  it("refuses a record or report folder it cannot write, naming the option, before it listens", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    await expect(startProxy({ upstream: upstream.url, port: 0, record: join(file, "sub") })).rejects.toThrow(
      /^record: cannot write a cassette in .*a-file\/sub \(ENOTDIR\)$/,
    );
    await expect(startProxy({ upstream: upstream.url, port: 0, junit: join(file, "sub", "junit.xml") })).rejects.toThrow(
      /^junit: cannot write to the folder .*a-file\/sub \(ENOTDIR\)$/,
    );
  });
});
