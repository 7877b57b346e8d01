// What rules and chaos cost a request that they do not touch: the core's fetch in-process, one GET of a
// Space at a time, with no scenario, with 100 rules that all miss it (each one tried), and with chaos at
// rate 0 (every request draws, none is injected), and again with none (the noise floor). The cases take turns, round after round, so that
// drift of this shared machine falls on all of them; the table gives the median of the rounds.
//
//   pnpm --filter @copilot-spaces/bench mock-scenarios [-- --rounds 7 --calls 2000]
import { operations } from "@copilot-spaces/client";
import { createMock, type Mock, type MockOptions } from "@copilot-spaces/mock-server";
import { numberOption, pathExamples } from "./servers.js";

const ROUNDS = numberOption("rounds", 7);
const CALLS = numberOption("calls", 2000);

// A get of one Space: the first GET of the client's table with more than one path parameter that is not a list.
const get = Object.values(operations.copilotSpaces).find((o) => o.method === "GET" && o.pathParams.length > 1 && !("itemsKey" in o))!;
// Its path parameters' examples, from the description.
const examples = pathExamples(get.path);
const url = `http://mock.test${get.path.replace(/\{([^}]+)\}/g, (_, name: string) => String(examples[name]))}`;
// Rules that match the operation but never this request: each is tried, none applies.
const missing = Array.from({ length: 100 }, (_, i) => ({ operationId: get.operationId, headers: { "x-bench-case": `miss-${i}` }, status: 503 }));

const cases: [string, MockOptions][] = [
  ["no rules, no chaos", {}],
  ["100 rules, none matching", { rules: { rules: missing } }],
  ["chaos at rate 0", { chaos: { rate: 0, seed: 1 } }],
  // The same as the first: how far two identical mocks differ here is the noise floor of the other rows.
  ["no rules, no chaos (again)", {}],
];

async function perCall(mock: Mock): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const response = await mock.fetch(url, { headers: { authorization: "Bearer t" } });
    if (response.status !== 200) throw new Error(`expected 200, got ${response.status}`);
    await response.arrayBuffer();
  }
  return (performance.now() - started) / CALLS;
}

const mocks = await Promise.all(cases.map(([, options]) => createMock({ rateLimit: false, journalSize: 0, ...options })));
for (const mock of mocks) await perCall(mock); // warm-up, not counted
const times: number[][] = cases.map(() => []);
for (let round = 0; round < ROUNDS; round++)
  for (let k = 0; k < cases.length; k++) {
    const i = (round + k) % cases.length;
    times[i]!.push(await perCall(mocks[i]!));
  }
await Promise.all(mocks.map((mock) => mock.close()));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const base = median(times[0]!);
console.log(`\nin-process GET ${get.path}, ${CALLS} calls a round, median of ${ROUNDS} rounds (journal off)\n`);
console.log("| case | ms per request | beside no scenario |");
console.log("| --- | ---: | ---: |");
for (const [i, [name]] of cases.entries()) {
  const ms = median(times[i]!);
  console.log(`| ${name} | ${ms.toFixed(3)} | ${ms - base >= 0 ? "+" : ""}${((ms - base) * 1000).toFixed(1)} µs |`);
}
