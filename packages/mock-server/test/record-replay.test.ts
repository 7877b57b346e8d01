// The proxy's recording, replayed: every operation's example request recorded through the proxy from an upstream
// (a stateful mock under a GHES-style base, whose answers differ from the description's examples) is answered by
// a mock replaying that cassette with the same status, body and the headers that matter, and what got no answer while
// recording (a dropped connection) or matched no operation is left out of the replay, not served. An upstream that
// echoed the token back leaves no token-shaped text in its cassette, and that answer's violation stops its replay.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, type Mock } from "../src/doors/fetch.js";
import { startProxy } from "../src/proxy/proxy.js";
import { startUpstream, type Upstream } from "./upstreams.js";
import { examplePath, exampleInit, operations, tokenFree } from "./proxy-helpers.js";

/** What a replayed answer must keep of the recorded one. */
const KEPT = ["content-type", "etag", "last-modified"];

interface Heard {
  status: number;
  headers: Record<string, string | null>;
  body: string;
}

let upstream: Upstream;
let replaying: Mock | undefined;
const dir = mkdtempSync(join(tmpdir(), "record-replay-"));
const echoed = mkdtempSync(join(tmpdir(), "record-echo-"));
/** Reads first, then writes (a create before the delete of the same item): each operation once, in the description's order. */
const ordered = [...operations].sort((a, b) => Number(a.method !== "get") - Number(b.method !== "get"));
/** Each operation's answer as the proxy passed it on, by operationId. */
const recorded = new Map<string, Heard>();

const heard = async (response: Response): Promise<Heard> => ({
  status: response.status,
  headers: Object.fromEntries(KEPT.map((name) => [name, response.headers.get(name)])),
  body: await response.text(),
});

beforeAll(async () => {
  // Stateful, with its own items: the recording is of what this server had, not of the description's examples.
  upstream = await startUpstream({ basePath: "/api/v3", mock: { stateful: true } });
  const proxy = await startProxy({ upstream: upstream.url, port: 0, record: dir });
  const echoing = await startProxy({ upstream: upstream.url, port: 0, record: echoed });
  try {
    for (const op of ordered) recorded.set(op.operationId, await heard(await fetch(`${proxy.url}${examplePath(op)}`, exampleInit(op))));
    await (await fetch(`${echoing.url}${examplePath(ordered[0]!)}`, exampleInit(ordered[0]!, { "x-test-misbehave": "echo-token" }))).text();
    // Recorded too, and never replayed: no answer came, and no operation matches.
    await fetch(`${proxy.url}${examplePath(ordered[0]!)}`, exampleInit(ordered[0]!, { "x-test-misbehave": "drop" })).catch(() => undefined);
    await fetch(`${proxy.url}/orgs/octo-org/copilot-space`, exampleInit(ordered[0]!));
  } finally {
    await proxy.close();
    await echoing.close();
  }
});
afterAll(async () => {
  await replaying?.close();
  await upstream?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(echoed, { recursive: true, force: true });
});

/** The one cassette a proxy run wrote in `folder`, as text. */
function cassetteIn(folder: string): { name: string; text: string } {
  const files = readdirSync(folder).filter((name) => name.endsWith(".har"));
  expect(files).toHaveLength(1);
  return { name: files[0]!, text: readFileSync(join(folder, files[0]!), "utf8") };
}

describe("recorded through the proxy, then replayed", () => {
  it("records every exchange, the failed ones too, with no token-shaped text", () => {
    const { name, text } = cassetteIn(dir);
    expect(tokenFree(text, name)).toEqual([]);
    const entries = (JSON.parse(text) as { log: { entries: { response: { status: number } }[] } }).log.entries;
    expect(entries).toHaveLength(operations.length + 2);
    expect(entries.at(-2)!.response.status).toBe(0);
  });

  it("keeps an echoed token out of the cassette, and refuses to replay the answer that echoed it, naming the exchange and the rule", async () => {
    const { name, text } = cassetteIn(echoed);
    expect(tokenFree(text, name)).toEqual([]);
    const refused = await createMock({ replay: echoed }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(refused).toContain(`${name} entry 1: ${ordered[0]!.operationId}: rule token-echo at header/x-debug-authorization`);
  });

  it("answers every operation's request as the upstream did: status, body and the headers that matter", async () => {
    replaying = await createMock({ replay: dir, replayStrict: true, rateLimit: false });
    for (const op of operations) {
      const again = await heard(await replaying.fetch(`http://mock.test${examplePath(op)}`, exampleInit(op)));
      expect(again, op.operationId).toEqual(recorded.get(op.operationId));
    }
    const injected = replaying.requests().map((entry) => entry.injected.map((i) => i.source));
    expect(injected.every((sources) => sources.includes("replay"))).toBe(true);
  });

  it("serves nothing of what got no answer: with --replay-strict, that request is a 404 saying no recording matched", async () => {
    const op = operations[0]!;
    const other = await replaying!.fetch(`http://mock.test${examplePath(op).replace(/octo-org|octocat/, "another-owner")}`, exampleInit(op));
    expect(other.status).toBe(404);
    expect(((await other.json()) as { message: string }).message).toMatch(/no recorded exchange/i);
  });
});
