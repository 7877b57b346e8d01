// The live contract run's round trips against the kit's stateful mock over HTTP: they pass and leave the owner
// as they found it; a step made to fail mid-trip (a mock rule) fails the run and is still cleaned up after; a
// cleanup that fails is reported with the URL left behind; a read-only run changes nothing and sends only GETs.
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadBundle } from "../src/core/load-bundle.js";
import { runLiveContract } from "../src/index.js";
import { startUpstream, type Upstream } from "./upstreams.js";

const model = operationsOf(loadBundle(undefined));
const TOKEN = `ghp_${"wr1tes".repeat(6)}`;
const ORG = "contract-org";
const USER = "contract-user";

let upstream: Upstream;
const control = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${upstream.url}/__mock/${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  expect(response.status, `${method} /__mock/${path}`).toBeLessThan(300);
  const text = await response.text();
  return (text === "" ? undefined : JSON.parse(text)) as unknown;
};
type State = { owners: Record<string, { nextNumber?: number }>; counters: unknown };
/**
 * The owners' content: numbers and ids are never reused after a delete (the mock's convention, TESTING.md), so
 * the counters move on; everything else must be as it was.
 */
const asFound = async () => {
  const state = (await control("GET", "state")) as State;
  return Object.fromEntries(Object.entries(state.owners).map(([key, { nextNumber: _, ...rest }]) => [key, rest]));
};
const run = (extra: { allowWrites?: boolean; user?: string; bodies?: Record<string, unknown> } = {}) =>
  runLiveContract({ baseUrl: upstream.url, token: TOKEN, org: ORG, maxItems: 3, perPage: 2, allowWrites: true, ...extra });
const ofAction = (...actions: string[]) => model.filter((m) => actions.includes(m.resource?.action ?? "")).map((m) => m);

beforeAll(async () => {
  upstream = await startUpstream({ mock: { stateful: true } });
  // Each owner written once, so that the state holds it as it was found (an owner never written is its seed, stored by no read).
  for (const [kind, name] of [
    ["orgs", ORG],
    ["users", USER],
  ]) {
    const created = (await (
      await fetch(`${upstream.url}/${kind}/${name}/copilot-spaces`, {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "Found here" }),
      })
    ).json()) as { number: number };
    expect(created.number).toBeGreaterThan(0);
  }
});
afterEach(() => control("PUT", "rules", { rules: [] }));
afterAll(() => upstream?.close());

describe("contract run with --allow-writes, against the stateful mock", () => {
  it("passes every round trip of both owners, and leaves them as it found them", async () => {
    const before = await asFound();
    await control("DELETE", "requests");
    const result = await run({ user: USER });
    expect(result.report.toJSON().operations.flatMap((o) => o.distinct)).toEqual([]);
    expect(result).toMatchObject({ passed: true, leftBehind: [], failures: [] });
    // Every write the description has was made, and checked.
    const writes = ofAction("create", "set", "delete").map((m) => m.operationId);
    const sent = new Set(((await control("GET", "requests")) as { requests: { operationId: string }[] }).requests.map((e) => e.operationId));
    for (const operationId of writes) expect(sent.has(operationId), operationId).toBe(true);
    expect(await asFound()).toEqual(before);
  });

  it("fails when a set answers 500 mid-trip, and still deletes what it created", async () => {
    const [set] = ofAction("set").filter((m) => m.resource!.owner.length > 1);
    const before = await asFound();
    await control("PUT", "rules", { rules: [{ operationId: set!.operationId, status: 500 }] });
    const result = await run();
    expect(result.passed).toBe(false);
    expect(result.report.toJSON().operations.find((o) => o.operationId === set!.operationId)!.byRule).toEqual({ status: 1 });
    expect(result.leftBehind).toEqual([]);
    expect(await asFound()).toEqual(before);
  });

  it("reports a cleanup that fails with the URL it leaves behind", async () => {
    const before = (await control("GET", "state")) as State;
    const [remove] = ofAction("delete").filter((m) => m.resource!.owner.length > 1 && m.path.startsWith(`/${"orgs"}/`));
    await control("PUT", "rules", { rules: [{ operationId: remove!.operationId, status: 500 }] });
    const result = await run();
    expect(result.passed).toBe(false);
    expect(result.leftBehind).toHaveLength(1);
    expect(result.leftBehind[0]).toMatchObject({ operationId: remove!.operationId, why: expect.stringContaining("500") });
    expect(new URL(result.leftBehind[0]!.url).pathname).toMatch(new RegExp(`^/orgs/${ORG}/`));
    await control("PUT", "state", before);
  });
});

describe("contract run with bodies of one's own (--body)", () => {
  it("sends the body given in place of the description's example, marked with the run, and refuses one for a read", async () => {
    const [create] = ofAction("create").filter((m) => m.resource!.owner.length === 1 && m.path.startsWith("/orgs/"));
    await control("DELETE", "requests");
    const result = await run({ bodies: { [create!.operationId]: { name: "Mine" } } });
    expect(result.passed).toBe(true);
    const sent = (await control("GET", `requests?operationId=${encodeURIComponent(create!.operationId)}`)) as { requests: { body: { name: string } }[] };
    expect(sent.requests.map((e) => e.body)).toEqual([{ name: expect.stringMatching(/^Mine \[contract \S+\]$/) }]);
    const [get] = ofAction("get");
    await expect(run({ bodies: { [get!.operationId]: {} } })).rejects.toThrow(`bodies: "${get!.operationId}" is not a create or set of the description`);
  });
});

describe("contract run without --allow-writes, against the stateful mock", () => {
  it("sends only GETs and changes nothing", async () => {
    const before = await control("GET", "state");
    await control("DELETE", "requests");
    const result = await run({ allowWrites: false, user: USER });
    expect(result.passed).toBe(true);
    const methods = new Set(((await control("GET", "requests")) as { requests: { method: string }[] }).requests.map((e) => e.method));
    expect([...methods]).toEqual(["GET"]);
    expect(await control("GET", "state")).toEqual(before);
  });
});
