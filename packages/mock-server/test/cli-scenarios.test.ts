// The bin's scenarios, as a user meets them: --rules FILE plays its rules over HTTP; --chaos 0.2 --seed 7
// injects the same things into the same requests on two runs (their journals and log lines compared);
// a rules file or a chaos flag it cannot use is refused at once with the flag, the rule and an exit code.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runToExit, scratchFiles, withBin } from "./cli-helpers.js";
import { auth, create, operations, pathOf } from "./traffic-helpers.js";

const { dir, file, remove } = scratchFiles("cli-scenarios-");
afterAll(remove);
const refused = runToExit;

const bodyOf = (operation: (typeof operations)[number]) => (operation.requestBody ? JSON.stringify(operation.requestBody.examples[0]) : undefined);
const send = (url: string, operation: (typeof operations)[number]) => {
  const body = bodyOf(operation);
  return fetch(`${url}${pathOf(operation)}`, {
    method: operation.method.toUpperCase(),
    headers: { ...auth("t"), ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body } : {}),
  });
};

describe("copilot-spaces-mock --rules", () => {
  it("fails the first two creates with 503, then answers as usual; GET /__mock/rules shows the count spent", async () => {
    const rules = file("rules.json", JSON.stringify({ rules: [{ operationId: create.operationId, times: 2, status: 503 }] }));
    await withBin(["--rate-limit", "off", "--rules", rules], async (url) => {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await send(url, create)).status);
      expect(statuses).toEqual([503, 503, create.success.status]);
      const shown = (await (await fetch(`${url}/__mock/rules`)).json()) as { rules: { remaining: number }[] };
      expect(shown.rules.map((rule) => rule.remaining)).toEqual([0]);
    });
  });

  const id = create.operationId;
  it.each<[string, string[], number, RegExp]>([
    ["a file that is not there", ["--rules", join(dir, "missing.json")], 2, /--rules: cannot read .*missing\.json: no such file/],
    ["a file that is not JSON", ["--rules", "NOT_JSON"], 2, /--rules: .*not-json\.json is not valid JSON/],
    [
      "an unknown operationId",
      ["--rules", "UNKNOWN_ID"],
      1,
      new RegExp(`--rules .*unknown-id\\.json: rules\\[0\\]\\.operationId: "${id}-typo" is not an operation of the description; its operations: `),
    ],
    [
      "an undocumented status",
      ["--rules", "UNDOCUMENTED"],
      1,
      new RegExp(`--rules .*undocumented\\.json: rules\\[1\\]\\.status: 418 is not documented for ${id}; documented: `),
    ],
    ["--seed without --chaos", ["--seed", "7"], 2, /--seed: goes with --chaos RATE/],
    ["--chaos above 1", ["--chaos", "1.5"], 2, /--chaos: expected a fraction of requests from 0 to 1, such as 0\.1; got "1\.5"/],
    ["--seed that is not a number", ["--chaos", "0.1", "--seed", "abc"], 2, /--seed: expected a whole number from 0 to 4294967295; got "abc"/],
    ["--chaos-delay upside down", ["--chaos", "0.1", "--chaos-delay", "9-3"], 2, /--chaos-delay: expected MIN-MAX in ms/],
    [
      "--chaos-faults with an unknown kind",
      ["--chaos", "0.1", "--chaos-faults", "reset,explode"],
      1,
      /--chaos-faults\[1\]: "explode" is not a kind of chaos; known: reset, hang/,
    ],
    [
      "--chaos-operations with an unknown operationId",
      ["--chaos", "0.1", "--chaos-operations", "nope"],
      1,
      /--chaos-operations\[0\]: "nope" is not an operation of the description/,
    ],
  ])("refuses %s, naming the flag and the rule, with its exit code", async (_name, args, code, message) => {
    const files: Record<string, string> = {
      NOT_JSON: file("not-json.json", "{ rules: "),
      UNKNOWN_ID: file("unknown-id.json", JSON.stringify({ rules: [{ operationId: `${id}-typo`, status: 503 }] })),
      UNDOCUMENTED: file("undocumented.json", JSON.stringify({ rules: [{ status: 503 }, { operationId: id, status: 418 }] })),
    };
    const result = await refused(args.map((arg) => files[arg] ?? arg));
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(code);
  });
});

describe("copilot-spaces-mock --chaos", () => {
  /** What a run's journal says of each request: the same seed and order must give the same list. */
  type Noted = { seq: number; operationId: string | null; injected: unknown[] };
  /** A run: every operation of the description, in order, four times; what the client met, the bin's log lines without their timings, and its journal. */
  async function run(args: string[]): Promise<{ met: (number | string)[]; lines: string[]; journal: Noted[] }> {
    let result = { met: [] as (number | string)[], lines: [] as string[], journal: [] as Noted[] };
    await withBin(
      args,
      async (url, out) => {
        const met: (number | string)[] = [];
        for (let round = 0; round < 4; round++)
          for (const operation of operations)
            met.push(
              // The doors play the faults: a reset or an empty answer rejects the fetch, a truncated body its read.
              await send(url, operation)
                .then(async (response) => (await response.arrayBuffer(), response.status))
                .catch((error: Error) => `${error.name}: ${(error.cause as { code?: string } | undefined)?.code ?? error.message}`),
            );
        const requestLines = () =>
          out()
            .split("\n")
            // Reading the journal is logged too: only the operations' requests are compared.
            .filter((line) => /^[A-Z]+ \//.test(line) && !line.includes(" /__mock/"));
        const journal = async () => ((await (await fetch(`${url}/__mock/requests`)).json()) as { requests: Noted[] }).requests;
        // Each line and entry is written once its answer is made, which a broken connection does not wait for: wait (generously) for the last.
        for (let waited = 0; (requestLines().length < met.length || (await journal()).length < met.length) && waited < 30_000; waited += 50)
          await new Promise((r) => setTimeout(r, 50));
        result = {
          met,
          lines: [out().split("\n")[0]!, ...requestLines().map((line) => line.replace(/ \d+ms/, ""))],
          journal: (await journal()).map(({ seq, operationId, injected }) => ({ seq, operationId, injected })),
        };
      },
      { quiet: false },
    );
    return result;
  }

  it("--chaos 0.2 --seed 7 injects the same things into the same requests on two runs, by their journals", async () => {
    // No hang or drip: a run should not wait on them; the door's playing of faults is tested with the door.
    const args = [
      "--rate-limit",
      "off",
      "--chaos",
      "0.2",
      "--seed",
      "7",
      "--chaos-faults",
      "reset,truncate,empty,delay,429,500,502,503",
      "--chaos-delay",
      "1-30",
    ];
    const first = await run(args);
    const second = await run(args);
    expect(first.lines[0]).toBe("chaos: rate 0.2, seed 7 (replay this run with --chaos 0.2 --seed 7)");
    expect(first.lines.length).toBe(operations.length * 4 + 1);
    expect(first.journal.map((entry) => entry.seq)).toEqual(first.met.map((_, i) => i + 1));
    expect(first.journal.map((entry) => entry.operationId)).toEqual(first.met.map((_, i) => operations[i % operations.length]!.operationId));
    const injected = first.journal.filter((entry) => entry.injected.some((what) => (what as { source?: string }).source === "chaos"));
    expect(injected.length).toBeGreaterThan(operations.length * 4 * 0.1);
    expect(injected.length).toBeLessThan(operations.length * 4 * 0.3);
    expect(second.journal).toEqual(first.journal);
    expect(second.lines).toEqual(first.lines);
    expect(second.met).toEqual(first.met);
  });

  it("without --seed, picks one and prints it even with --quiet", async () => {
    await withBin(["--chaos", "0.1"], async (_url, out) => {
      expect(out()).toMatch(/^chaos: rate 0\.1, seed \d+ \(replay this run with --chaos 0\.1 --seed \d+\)\n/);
    });
  });
});
