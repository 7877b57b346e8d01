// The CLI's --tokens FILE: the table is used as the option is, and a file it cannot use is refused
// at once, naming the flag and the rule, never quoting a token.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, describe, expect, it } from "vitest";
import { cli, runToExit, scratchFiles } from "./cli-helpers.js";

const { file, remove } = scratchFiles("cli-tokens-");
afterAll(remove);
const refused = runToExit;

describe("copilot-spaces-mock --tokens", () => {
  it("narrows the tokens the file names", async () => {
    const o = operationsOf(readBundle()).find((op) => op.method === "get" && op.access?.tokenKinds.includes("classic-pat"))!;
    const examples = Object.fromEntries(o.parameters.filter((p) => p.in === "path").map((p) => [p.name, String(p.node.example)]));
    const child = spawn(process.execPath, [cli, "--port", "0", "--quiet", "--tokens", file("ok.json", JSON.stringify({ ghp_none: { scopes: [] } }))], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk));
      for (let waited = 0; !/ready at (\S+)/.test(out) && waited < 110_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      const url = /ready at (\S+)/.exec(out)![1]!;
      const path = o.path.replace(/\{([^}]+)\}/g, (_, name: string) => examples[name]!);
      expect((await fetch(`${url}${path}`, { headers: { authorization: "Bearer ghp_none" } })).status).toBe(403);
      expect((await fetch(`${url}${path}`, { headers: { authorization: "Bearer ghp_other" } })).status).toBe(200);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });

  it.each([
    ["not JSON", '{"ghp_secret_in_file": ', /--tokens: .*bad\.json is not valid JSON/],
    ["a bad entry", JSON.stringify({ ghp_secret_in_file: { scopes: "repo" } }), /--tokens: entry 1 \(classic-pat\): scopes must be a list of scope names/],
  ])("refuses %s, naming the flag, never the token", async (_, text, rule) => {
    const { code, stderr } = await refused(["--tokens", file("bad.json", text)]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(rule);
    expect(stderr).not.toContain("secret_in_file");
  });
});
