// The injections' rules, case by case: the Prefer words for delays and network faults, the latency
// profile's forms and refusals, its draws (the quantile function at fixed points), and how a drip
// spreads a body. These are the mock's rules, not the API's.
import { describe, expect, it } from "vitest";
import { dripPlan } from "../../src/core/injections/drip.js";
import { latencyPlan, profileOf, sample } from "../../src/core/injections/latency.js";
import { parsePrefer } from "../../src/core/rules/prefer.js";

describe("Prefer: delay, fault, drip-ms", () => {
  it.each([
    ["delay=250", { delay: 250 }],
    ["delay=0", { delay: 0 }],
    ["delay=60000", { delay: 60000 }],
    ["fault=reset", { fault: "reset" }],
    ["fault=hang, delay=10", { fault: "hang", delay: 10 }],
    ["fault=drip, drip-ms=2000", { fault: "drip", dripMs: 2000 }],
    ["fault=truncate, code=404", { fault: "truncate", code: 404 }],
    ["fault=empty", { fault: "empty" }],
  ])("%j reads as %j", (header, preferences) => {
    expect(parsePrefer(header)).toEqual({ ok: true, preferences });
  });

  it.each([
    ["delay=60001", /delay must be a whole number of milliseconds from 0 to 60000, got "60001"/],
    ["delay=1.5", /delay must be a whole number of milliseconds/],
    ["delay=-1", /delay must be a whole number of milliseconds/],
    ["fault=explode", /fault must be "rate-limit", "reset", "hang", "drip", "truncate" or "empty"; got "explode"/],
    ["fault=drip, drip-ms=soon", /drip-ms must be a whole number of milliseconds from 0 to 60000, got "soon"/],
    ["drip-ms=100", /drip-ms goes with fault=drip/],
    ["fault=reset, drip-ms=100", /drip-ms goes with fault=drip/],
  ])("%j is refused: %s", (header, message) => {
    const parsed = parsePrefer(header);
    expect(parsed.ok ? "" : parsed.message).toMatch(message);
  });
});

describe("profileOf", () => {
  it.each([
    [
      100,
      [
        [0, 100],
        [1, 100],
      ],
    ],
    [
      "100",
      [
        [0, 100],
        [1, 100],
      ],
    ],
    [
      "50-200",
      [
        [0, 50],
        [1, 200],
      ],
    ],
    [
      { min: 50, max: 200 },
      [
        [0, 50],
        [1, 200],
      ],
    ],
    [
      "p50=20,p95=200,p99=800",
      [
        [0, 0],
        [0.5, 20],
        [0.95, 200],
        [0.99, 800],
        [1, 800],
      ],
    ],
    [
      { p0: 5, p50: 20, p100: 90 },
      [
        [0, 5],
        [0.5, 20],
        [1, 90],
      ],
    ],
  ])("%j is the quantile points %j", (setting, points) => {
    expect(profileOf(setting, "latency")).toEqual(points);
  });

  it.each([
    [-1, /^latency: a latency must be a whole number of milliseconds from 0 to 60000; got -1$/],
    [60_001, /a latency must be a whole number of milliseconds from 0 to 60000/],
    ["fast", /^latency: expected milliseconds \("100"\), a range \("50-200"\) or percentiles/],
    ["200-50", /^latency: min must not be above max; got "200-50"$/],
    [{ min: 1 }, /a range has exactly min and max/],
    [{ p50: 90, p99: 10 }, /p99 must not be shorter than p50/],
    ["p50=20,p95=200,p50=30", /^latency: p50 is given twice; got "p50=20,p95=200,p50=30"$/],
    [{ p50: 20, "p50.0": 30 }, /^latency: p50 is given twice/],
    [{ q50: 1 }, /"q50" is not a percentile/],
    [{ p101: 1 }, /"p101" is not a percentile/],
    [{}, /give at least one percentile/],
    [null, /expected milliseconds \(100\), a range/],
    [[1, 2], /expected milliseconds \(100\), a range/],
  ])("%j is refused: %s", (setting, message) => {
    expect(() => profileOf(setting, "latency")).toThrow(message);
  });
});

describe("sample", () => {
  const profile = profileOf("p50=20,p95=200,p99=800", "latency");
  it.each([
    [0, 0],
    [0.25, 10],
    [0.5, 20],
    [0.9, 180],
    [0.97, 500],
    [0.995, 800],
    [0.999999, 800],
  ])("at %d draws %d ms", (u, ms) => {
    expect(sample(profile, u)).toBe(ms);
  });

  it("a uniform range spreads its draws evenly between min and max", () => {
    const range = profileOf("50-150", "latency");
    expect([0, 0.25, 0.5, 0.999].map((u) => sample(range, u))).toEqual([50, 75, 100, 150]);
  });
});

describe("latencyPlan", () => {
  const ids = ["things/list", "things/get"];
  it("an operation's own profile first, the profile for all otherwise; none → no plan", () => {
    const plan = latencyPlan({ latency: 10, latencyByOperation: { "things/get": "40-60" } }, ids, () => 0.5)!;
    expect([plan("things/list"), plan("things/get")]).toEqual([10, 50]);
    expect(latencyPlan({ latencyByOperation: { "things/get": 5 } }, ids)!("things/list")).toBeUndefined();
    expect(latencyPlan({}, ids)).toBeUndefined();
  });

  it("refuses an operationId that is not one of the description's, and a map that is not one", () => {
    expect(() => latencyPlan({ latencyByOperation: { "things/lst": 5 } }, ids)).toThrow(
      'latencyByOperation: "things/lst" is not an operationId of the description; it has things/list, things/get',
    );
    expect(() => latencyPlan({ latencyByOperation: [] as never }, ids)).toThrow(/^latencyByOperation: expected \{ "<operationId>": <latency> \}/);
  });
});

describe("dripPlan", () => {
  it("a chunk about every 100 ms, the last as the time is up, the body whole", () => {
    const body = new Uint8Array(1000).map((_, i) => i % 256);
    const { chunks, everyMs } = dripPlan(body, 1000);
    expect(chunks).toHaveLength(10);
    expect(everyMs).toBe(100);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(body));
  });

  it("at least two chunks, never more chunks than bytes, nothing to send for an empty body", () => {
    expect(dripPlan(new Uint8Array(10), 50).chunks).toHaveLength(2);
    expect(dripPlan(new Uint8Array(3), 10_000).chunks).toHaveLength(3);
    expect(dripPlan(new Uint8Array(0), 300)).toEqual({ chunks: [], everyMs: 300 });
  });
});
