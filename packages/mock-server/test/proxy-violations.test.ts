// The validating proxy in front of a misbehaving upstream (the kit's mock, each misbehaviour asked for by a
// request header): each one reported exactly once, with the operation and the rule, in the answer's header,
// the JSON report and the JUnit report; a slow upstream a 504, a dropped connection a 502, a refused one a 502,
// each an `upstream` violation; a token the upstream echoes in no log line, report or cassette.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportJson } from "../src/conformance/report.js";
import type { ContractViolation } from "../src/conformance/violation.js";
import { startProxy, type Proxy } from "../src/proxy/proxy.js";
import { MAX_VIOLATIONS_HEADER_BYTES, OMITTED_HEADER, VIOLATIONS_HEADER, violationHeaders } from "../src/proxy/violation-header.js";
import { MISBEHAVIOURS, requiredPropertyOf, startUpstream, type Misbehaviour, type Upstream } from "./upstreams.js";
import { examplePath, exampleInit, operations, TOKEN, tokenFree } from "./proxy-helpers.js";

/** The rule each misbehaviour breaks (upstreams.ts says what each one does). */
const RULE_OF: Record<Misbehaviour, ContractViolation["rule"]> = {
  "missing-required": "body",
  "wrong-type": "body",
  "undocumented-status": "status",
  "wrong-media-type": "media-type",
  "broken-link": "link",
  slow: "upstream",
  drop: "upstream",
  "echo-token": "token-echo",
};
/** A paged read whose success has a required property: every misbehaviour applies to it. */
const op = operations.find((o) => o.method === "get" && o.paging && requiredPropertyOf(o))!;
const TIMEOUT_MS = 1500;

let upstream: Upstream;
let proxy: Proxy;
const lines: string[] = [];
const dir = mkdtempSync(join(tmpdir(), "proxy-violations-"));
const files = { report: join(dir, "reports", "violations.json"), junit: join(dir, "reports", "junit.xml"), record: join(dir, "cassettes") };

beforeAll(async () => {
  // The slow answer is held far longer than the proxy waits: the 504 cannot be a race.
  upstream = await startUpstream({ slowMs: 60_000 });
  proxy = await startProxy({ upstream: upstream.url, port: 0, upstreamTimeoutMs: TIMEOUT_MS, ...files, log: (line) => lines.push(line) });
});
afterAll(async () => {
  await proxy?.close();
  await upstream?.close();
  rmSync(dir, { recursive: true, force: true });
});

const headerOf = (response: Response) => JSON.parse(response.headers.get(VIOLATIONS_HEADER) ?? "[]") as ContractViolation[];

describe(`the proxy in front of a misbehaving upstream (${op.operationId})`, () => {
  it.each(MISBEHAVIOURS)("reports %s once, with the operation and the rule", async (misbehaviour) => {
    const response = await fetch(`${proxy.url}${examplePath(op)}`, exampleInit(op, { "x-test-misbehave": misbehaviour }));
    const body = await response.text();
    const found = headerOf(response);
    expect(found, JSON.stringify(found)).toHaveLength(1);
    expect(found[0]).toMatchObject({ operationId: op.operationId, rule: RULE_OF[misbehaviour] });
    if (misbehaviour === "slow") {
      expect(response.status).toBe(504);
      expect(JSON.parse(body)).toMatchObject({ message: expect.stringMatching(new RegExp(`did not answer within ${TIMEOUT_MS} ms`)) });
    }
    if (misbehaviour === "drop") {
      expect(response.status).toBe(502);
      expect(JSON.parse(body)).toMatchObject({
        message: expect.stringContaining(`The upstream ${new URL(upstream.url).origin}`),
        documentation_url: expect.any(String),
      });
    }
    expect(tokenFree(JSON.stringify(found), "header")).toEqual([]);
  });

  it("answers a refused connection with GitHub's shape of a 502 naming the upstream and ECONNREFUSED", async () => {
    // A port just freed: nothing listens on it, so the connection is refused at once.
    const closed = createServer().listen(0, "127.0.0.1");
    await once(closed, "listening");
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await startProxy({ upstream: `http://127.0.0.1:${port}`, port: 0 });
    try {
      const response = await fetch(`${refused.url}${examplePath(op)}`, exampleInit(op));
      expect(response.status).toBe(502);
      expect(((await response.json()) as { message: string }).message).toBe(`The upstream http://127.0.0.1:${port} refused the connection (ECONNREFUSED).`);
      expect(headerOf(response)).toEqual([expect.objectContaining({ operationId: op.operationId, rule: "upstream", location: "upstream" })]);
    } finally {
      await refused.close();
    }
  });

  it("keeps a token sent in the path out of the violation it causes", async () => {
    const response = await fetch(`${proxy.url}/${TOKEN}`, exampleInit(op));
    expect(response.status).toBe(404);
    const found = headerOf(response);
    expect(found).toEqual([expect.objectContaining({ operationId: null, rule: "operation" })]);
    expect(tokenFree(JSON.stringify(found), "header")).toEqual([]);
  });

  it("caps the header and says how many violations were left out", () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      operationId: op.operationId,
      rule: "body" as const,
      location: `body/${i}`,
      message: "é".repeat(40),
    }));
    const headers = violationHeaders(many, "ETag");
    expect(Buffer.byteLength(headers[VIOLATIONS_HEADER]!)).toBeLessThanOrEqual(MAX_VIOLATIONS_HEADER_BYTES);
    const kept = (JSON.parse(headers[VIOLATIONS_HEADER]!) as unknown[]).length;
    expect(kept).toBeGreaterThan(0);
    expect(Number(headers[OMITTED_HEADER])).toBe(200 - kept);
    expect(headers["access-control-expose-headers"]).toBe(`ETag, ${VIOLATIONS_HEADER}, ${OMITTED_HEADER}`);
  });

  it("writes reports that count each violation once per rule, and keeps the echoed token out of every file and line", async () => {
    await proxy.close();
    const report = JSON.parse(readFileSync(files.report, "utf8")) as ReportJson;
    const tally = report.operations.find((t) => t.operationId === op.operationId)!;
    const expected: Partial<Record<string, number>> = {};
    for (const m of MISBEHAVIOURS) expected[RULE_OF[m]] = (expected[RULE_OF[m]] ?? 0) + 1;
    expect(tally.byRule).toEqual(expected);
    expect(tally.exchanges).toBe(MISBEHAVIOURS.length);
    expect(report.violations).toBe(MISBEHAVIOURS.length + 1); // and the token in a path
    const junit = readFileSync(files.junit, "utf8");
    expect(junit).toContain(`name="${op.operationId}"`);
    for (const rule of new Set(Object.values(RULE_OF))) expect(junit, rule).toContain(`type="${rule}"`);
    const [cassette] = readdirSync(files.record);
    const har = readFileSync(join(files.record, cassette!), "utf8");
    expect((JSON.parse(har) as { log: { entries: unknown[] } }).log.entries).toHaveLength(MISBEHAVIOURS.length + 1);
    // The echoed token was really sent back upstream's way, and still is nowhere the proxy wrote.
    expect(har).toContain("x-debug-authorization");
    const written = { log: lines.join("\n"), report: JSON.stringify(report), junit, cassette: har };
    expect(Object.entries(written).flatMap(([where, text]) => tokenFree(text, where))).toEqual([]);
    expect(Object.values(written).some((text) => text.includes(TOKEN.slice(4)))).toBe(false);
    expect(lines.filter((line) => line.startsWith("violation ")).length).toBe(MISBEHAVIOURS.length + 1);
  });
});
