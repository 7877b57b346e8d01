// --state-file: the stateful mock kept in a file. Every answered write is in it before the answer is
// sent, so a kill -9 right after an answer leaves that state readable; a bad file stops the start.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMock } from "../src/index.js";

const cli = resolve(import.meta.dirname, "../dist/cli.cjs");
const dir = mkdtempSync(join(tmpdir(), "mock-state-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const auth = { authorization: "Bearer t" };

function start(args: string[]): { child: ChildProcess; url: Promise<string>; stderr: () => string } {
  const child = spawn(process.execPath, [cli, "--port", "0", "--quiet", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c));
  const url = new Promise<string>((resolveUrl, reject) => {
    child.stdout!.on("data", (c: Buffer) => {
      out += c;
      const match = /ready at (\S+) in/.exec(out);
      if (match) resolveUrl(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`exited (${String(code)}): ${err}`)));
  });
  url.catch(() => undefined);
  return { child, url, stderr: () => err };
}

describe("--state-file", () => {
  it("a write answered just before kill -9 is in the file, and a new mock on the file serves it", async () => {
    const file = join(dir, "state.json");
    const first = start(["--state-file", file]);
    let number: number;
    try {
      const url = await first.url;
      const created = await fetch(`${url}/orgs/durable/copilot-spaces`, { method: "POST", headers: auth, body: '{"name":"survives kill -9"}' });
      expect(created.status).toBe(201);
      number = ((await created.json()) as { number: number }).number;
      first.child.kill("SIGKILL");
      await once(first.child, "exit");
    } finally {
      first.child.kill("SIGKILL");
    }
    const saved = JSON.parse(readFileSync(file, "utf8")) as { owners: Record<string, { items: { name: string }[] }> };
    expect(saved.owners["orgs/durable"]!.items.map((i) => i.name)).toContain("survives kill -9");

    const second = start(["--state-file", file]);
    try {
      const url = await second.url;
      const read = await fetch(`${url}/orgs/durable/copilot-spaces/${number}`, { headers: auth });
      expect(read.status).toBe(200);
      expect(((await read.json()) as { name: string }).name).toBe("survives kill -9");
    } finally {
      second.child.kill("SIGKILL");
    }
  });

  it("a missing file starts from the seed and is written at once", async () => {
    const file = join(dir, "new.json");
    const mock = await createMock({ stateFile: file });
    try {
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ version: 1, owners: {}, counters: expect.any(Object) });
      await mock.fetch("http://mock.test/users/someone/copilot-spaces", { method: "POST", headers: auth, body: '{"name":"x"}' });
      expect(Object.keys((JSON.parse(readFileSync(file, "utf8")) as { owners: object }).owners)).toEqual(["users/someone"]);
      expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
      mock.reset();
      expect((JSON.parse(readFileSync(file, "utf8")) as { owners: object }).owners).toEqual({});
    } finally {
      await mock.close();
    }
  });

  it.each([
    ["not JSON", "{", /--state-file: .*bad-1\.json is not JSON/],
    ["not a snapshot", '{"version":1}', /--state-file: .*bad-2\.json is not a valid snapshot: owners: must be an object/],
  ])("a file that is %s stops the start with a clear error (exit 1)", async (_name, content, message) => {
    const file = join(dir, `bad-${_name === "not JSON" ? 1 : 2}.json`);
    writeFileSync(file, content);
    const run = start(["--state-file", file]);
    const [code] = await once(run.child, "exit");
    expect(code).toBe(1);
    expect(run.stderr()).toMatch(message);
    expect(readFileSync(file, "utf8")).toBe(content);
  });
});
