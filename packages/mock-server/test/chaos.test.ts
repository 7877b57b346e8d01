// Seeded chaos in-process: the same seed and order of requests give the same injections into the same
// requests; the rate, the scope by operationId and the kinds asked for are kept; reset replays the run;
// a run without a seed logs the one it picked. Operations are taken from the bundle.
import { afterEach, describe, expect, it } from "vitest";
import { type ChaosOptions, createMock, type JournalEntry, type Mock, RulesError } from "../src/index.js";
import { mulberry32 } from "../src/core/seeded-random.js";
import { auth, gets, itemGet, listGet, operations, pathOf } from "./traffic-helpers.js";

const BASE = "http://mock.test";
const opened: Mock[] = [];
afterEach(async () => void (await Promise.all(opened.splice(0).map((mock) => mock.close()))));

async function chaotic(chaos: ChaosOptions, log?: (line: string) => void): Promise<Mock> {
  const mock = await createMock({ rateLimit: false, chaos, ...(log ? { log } : {}) });
  opened.push(mock);
  return mock;
}

/** The reads of the description, one after the other, `rounds` times: the same order on every run. */
async function play(mock: Mock, rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) for (const operation of gets) await mock.fetch(`${BASE}${pathOf(operation)}`, { headers: auth("t") }).catch(() => undefined);
}

const fates = (entries: JournalEntry[]) => entries.map(({ seq, operationId, status, injected }) => ({ seq, operationId, status, injected }));

describe("seeded chaos", () => {
  it("the same seed injects the same things into the same requests; another seed does not", async () => {
    const delays: [number, number] = [1, 20];
    const runs = [];
    for (const seed of [42, 42, 43]) {
      const mock = await chaotic({ rate: 0.3, seed, delayMs: delays });
      await play(mock, 5);
      runs.push(fates(mock.requests()));
    }
    const injectedIn = (run: ReturnType<typeof fates>) => run.filter((entry) => entry.injected.length > 0);
    expect(injectedIn(runs[0]!).length).toBeGreaterThan(0);
    expect(runs[1]).toEqual(runs[0]);
    expect(injectedIn(runs[2]!)).not.toEqual(injectedIn(runs[0]!));
    for (const entry of injectedIn(runs[0]!)) expect(entry.injected.every((injection) => injection.source === "chaos")).toBe(true);
  });

  it("injects into about the rate asked for, and each kind it is given", async () => {
    const mock = await chaotic({ rate: 0.5, seed: 7, delayMs: [0, 5] });
    await play(mock, 40);
    const entries = mock.requests();
    const hit = entries.filter((entry) => entry.injected.length > 0);
    // The generator is fixed: these bounds hold for this seed, and would catch a rate ignored or inverted.
    expect(hit.length / entries.length).toBeGreaterThan(0.35);
    expect(hit.length / entries.length).toBeLessThan(0.65);
    const kinds = new Set(hit.map(({ injected: [i] }) => (i!.kind === "delay" ? "delay" : i!.kind === "fault" ? i!.fault : String(i!.status))));
    expect([...kinds].sort()).toEqual(["403", "429", "500", "502", "503", "delay", "drip", "empty", "reset", "truncate"]);
    for (const entry of hit.filter(({ injected: [i] }) => i!.kind === "status")) expect(entry.status).toBe((entry.injected[0] as { status: number }).status);
  });

  it("rate 0 injects nothing, rate 1 into every request; faults narrows what it injects", async () => {
    const calm = await chaotic({ rate: 0, seed: 1 });
    await play(calm, 3);
    expect(calm.requests().every((entry) => entry.injected.length === 0)).toBe(true);
    const stormy = await chaotic({ rate: 1, seed: 1, faults: ["503", "delay"], delayMs: [1, 2] });
    await play(stormy, 3);
    const injected = stormy.requests().map((entry) => entry.injected);
    expect(injected.every((list) => list.length === 1)).toBe(true);
    expect(new Set(injected.map(([i]) => i!.kind))).toEqual(new Set(["status", "delay"]));
    expect(
      injected
        .flat()
        .filter((i) => i.kind === "status")
        .every((i) => i.kind === "status" && i.status === 503),
    ).toBe(true);
  });

  it("operations scopes it: other operations are never touched and do not move the draws", async () => {
    const scoped = await chaotic({ rate: 1, seed: 3, operations: [listGet.operationId], faults: ["500"] });
    await play(scoped, 2);
    for (const entry of scoped.requests()) expect(entry.injected.length > 0).toBe(entry.operationId === listGet.operationId);
    // The list's requests alone, in another mock with other requests around them: the same draws.
    const mixed = await chaotic({ rate: 0.5, seed: 11, operations: [listGet.operationId] });
    const alone = await chaotic({ rate: 0.5, seed: 11, operations: [listGet.operationId] });
    for (let i = 0; i < 20; i++) {
      await mixed.fetch(`${BASE}${pathOf(itemGet)}`, { headers: auth("t") });
      for (const mock of [mixed, alone]) await mock.fetch(`${BASE}${pathOf(listGet)}`, { headers: auth("t") }).catch(() => undefined);
    }
    const lists = (mock: Mock) => mock.requests({ operationId: listGet.operationId }).map((entry) => entry.injected);
    expect(lists(mixed)).toEqual(lists(alone));
  });

  it("reset() replays the run from its first draw", async () => {
    const mock = await chaotic({ rate: 0.4, seed: 5, delayMs: [0, 3] });
    await play(mock, 5);
    const first = mock.requests().map((entry) => entry.injected);
    mock.reset();
    await play(mock, 5);
    expect(mock.requests().map((entry) => entry.injected)).toEqual(first);
  });

  it("without a seed, picks one and logs it; that seed replays the run; GET /__mock/chaos shows the settings", async () => {
    const lines: string[] = [];
    const picked = await chaotic({ rate: 0.5, delayMs: [0, 3] }, (line) => lines.push(line));
    const said = /^chaos: rate 0\.5, seed (\d+) \(picked at start/.exec(lines[0] ?? "");
    expect(said).not.toBeNull();
    await play(picked, 5);
    const replay = await chaotic({ rate: 0.5, delayMs: [0, 3], seed: Number(said![1]) });
    await play(replay, 5);
    expect(fates(replay.requests())).toEqual(fates(picked.requests()));
    const shown = (await (await replay.fetch(`${BASE}/__mock/chaos`)).json()) as Record<string, unknown>;
    expect(shown).toMatchObject({ rate: 0.5, seed: Number(said![1]), delayMs: [0, 3], drawn: gets.length * 5 });
    // The lines of the requests chaos touched say what they met.
    expect(lines.some((line) => / \[chaos: (delay \d+ ms|fault \w+|status \d+)\]$/.test(line))).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ["a rate above 1", { rate: 1.5 }, /^chaos\.rate: expected a fraction from 0 to 1, got 1\.5$/],
    ["a seed that is not whole", { rate: 0.1, seed: 1.5 }, /^chaos\.seed: expected a whole number from 0 to 4294967295/],
    [
      "an unknown operationId",
      { rate: 0.1, operations: ["nope"] },
      new RegExp(`^chaos\\.operations\\[0\\]: "nope" is not an operation of the description; known: .*${operations[0]!.operationId}`),
    ],
    [
      "an unknown kind",
      { rate: 0.1, faults: ["explode"] },
      /^chaos\.faults\[0\]: "explode" is not a kind of chaos; known: reset, hang, drip, truncate, empty, delay, 403, 429, 500, 502, 503$/,
    ],
    ["a delay range upside down", { rate: 0.1, delayMs: [10, 5] }, /^chaos\.delayMs\[1\]: expected a whole number from 10 /],
    [
      "a delay past the minute every injected wait stops at",
      { rate: 0.1, delayMs: [0, 60_001] },
      /^chaos\.delayMs\[1\]: expected a whole number from 0 to 60000 /,
    ],
    ["an unknown field", { rate: 0.1, sed: 4 }, /^chaos\.sed: unknown field; chaos takes rate, seed, operations, faults, delayMs$/],
  ])("%s is refused at start, naming the field", async (_name, chaos, message) => {
    const refused = await createMock({ chaos: chaos as ChaosOptions }).then(
      (mock) => (opened.push(mock), undefined),
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RulesError);
    expect((refused as Error).message).toMatch(message);
  });

  it("the generator is mulberry32: its published first outputs for seed 0", () => {
    // The reference sequence, from the C original (a = 0; a += 0x6D2B79F5; …): any change to the generator breaks replays.
    const next = mulberry32(0);
    expect([next(), next(), next()].map((n) => Math.floor(n * 2 ** 32))).toEqual([1144304738, 1416247, 958946056]);
  });
});
