// The bin's scenarios, as a user meets them: --rules FILE plays its rules over HTTP; --chaos 0.2 --seed 7
// injects the same things into the same requests on two runs (their request log lines compared);
// a rules file or a chaos flag it cannot use is refused at once with the flag, the rule and an exit code.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auth, create, operations, pathOf } from "./traffic-helpers.js";

const cli = resolve(import.meta.dirname, "../dist/cli.cjs");
const dir = mkdtempSync(join(tmpdir(), "cli-scenarios-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Runs the bin with `args` for the test's body (given its URL and what it has written so far), and stops it however the body ends. */
async function withBin(args: string[], body: (url: string, out: () => string) => Promise<void>): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, [cli, "--port", "0", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => (out += chunk));
    for (let waited = 0; !/ready at (\S+)/.test(out) && waited < 110_000 && child.exitCode === null; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    await body(/ready at (\S+)/.exec(out)![1]!, () => out);
  } finally {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
}

/** Runs the bin until it exits: its exit code and what it wrote to stderr. */
async function refused(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, "--port", "0", ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stderr };
}

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
    await withBin(["--quiet", "--rate-limit", "off", "--rules", rules], async (url) => {
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
  /** A run: every operation of the description, in order, four times; what the client met, and the bin's log lines without their timings. */
  const said = (error: Error) => `${error.name}: ${(error.cause as { code?: string } | undefined)?.code ?? error.message}`;
  async function run(args: string[]): Promise<{ met: (number | string)[]; lines: string[] }> {
    let result = { met: [] as (number | string)[], lines: [] as string[] };
    await withBin(args, async (url, out) => {
      const met: (number | string)[] = [];
      for (let round = 0; round < 4; round++)
        for (const operation of operations)
          met.push(
            await send(url, operation).then(
              // A truncated body fails only when read: that is met too (its status, then the error).
              (response) =>
                response.arrayBuffer().then(
                  () => response.status,
                  (error: Error) => `${response.status}, then ${said(error)}`,
                ),
              said,
            ),
          );
      const requestLines = () =>
        out()
          .split("\n")
          .filter((line) => /^[A-Z]+ \//.test(line));
      // Each line is written once its answer is made: wait (generously) for the last one.
      for (let waited = 0; requestLines().length < met.length && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      result = { met, lines: [out().split("\n")[0]!, ...requestLines().map((line) => line.replace(/ \d+ms/, ""))] };
    });
    return result;
  }

  it("--chaos 0.2 --seed 7 injects the same things into the same requests on two runs", async () => {
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
    const injected = first.lines.filter((line) => / \[chaos: .*\]$/.test(line));
    expect(injected.length).toBeGreaterThan(operations.length * 4 * 0.1);
    expect(injected.length).toBeLessThan(operations.length * 4 * 0.3);
    expect(second.lines).toEqual(first.lines);
    expect(second.met).toEqual(first.met);
  });

  it("without --seed, picks one and prints it even with --quiet", async () => {
    await withBin(["--quiet", "--chaos", "0.1"], async (_url, out) => {
      expect(out()).toMatch(/^chaos: rate 0\.1, seed \d+ \(replay this run with --chaos 0\.1 --seed \d+\)\n/);
    });
  });
});
