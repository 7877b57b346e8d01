// A failure of the mock itself (here: a description whose success answer Prism cannot serve as JSON)
// is a GitHub-shaped 500 that says it is the mock's, and the mock goes on serving. A user's log
// function that throws costs nothing but its line.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, describe, expect, it } from "vitest";
import { createMock } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "mock-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const auth = { authorization: "Bearer t" };

/** The bundle, with one operation's success answer declared as CSV only: Prism has nothing to send for JSON. */
function bundleWithCsvSuccess(): { specPath: string; broken: string; intact: string } {
  const bundle = readBundle() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
  const [brokenPath, intactPath] = Object.keys(bundle.paths).filter((p) => bundle.paths[p]!.get && /\}$/.test(p));
  const ok = bundle.paths[brokenPath!]!.get!.responses["200"]!;
  ok.content = { "text/csv": { schema: { type: "string" }, example: "a,b" } };
  const specPath = join(dir, "openapi.json");
  writeFileSync(specPath, JSON.stringify(bundle));
  const examples = Object.fromEntries(
    operationsOf(readBundle()).flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), String(p.node.example)])),
  );
  const fill = (p: string) => p.replace(/\{([^}]+)\}/g, (_, name: string) => examples[name]!);
  return { specPath, broken: fill(brokenPath!), intact: fill(intactPath!) };
}

describe("failures of the mock itself", () => {
  it("answer 500 in GitHub's shape, say so, log the cause, and the mock goes on", async () => {
    const { specPath, broken, intact } = bundleWithCsvSuccess();
    const logs: string[] = [];
    const mock = await createMock({ specPath, log: (line) => logs.push(line) });
    try {
      const response = await mock.fetch(new Request(`http://mock.test${broken}`, { headers: auth }));
      expect(response.status).toBe(500);
      const body = (await response.json()) as { message: string; documentation_url: string; status: string };
      expect(body.message).toMatch(/^Mock server error \(a bug of the mock, not of your request; request ID [0-9A-F-]{36}\)\.$/);
      expect(body.message).toContain(response.headers.get("x-github-request-id"));
      expect(body).toMatchObject({ documentation_url: "https://docs.github.com/rest", status: "500" });
      expect(logs.some((line) => line.startsWith(`mock error on GET ${broken}:`))).toBe(true);
      expect((await mock.fetch(new Request(`http://mock.test${intact}`, { headers: auth }))).status).toBe(200);
    } finally {
      await mock.close();
    }
  });

  it("a stateful answer the description does not allow is a 500 that says so, and nothing else breaks", async () => {
    // The description, with a Space field made required that the store never writes.
    const bundle = readBundle() as unknown as { components: { schemas: Record<string, { required?: string[] }> } };
    const space = Object.values(bundle.components.schemas).find((s) => s.required?.includes("api_url"))!;
    space.required!.push("field_the_store_never_writes");
    const specPath = join(dir, "strict.json");
    writeFileSync(specPath, JSON.stringify(bundle));
    const logs: string[] = [];
    const mock = await createMock({ specPath, stateful: true, log: (line) => logs.push(line) });
    try {
      const created = await mock.fetch("http://mock.test/orgs/strict/copilot-spaces", { method: "POST", headers: auth, body: '{"name":"x"}' });
      expect(created.status).toBe(500);
      expect(((await created.json()) as { message: string }).message).toMatch(/^Mock server error/);
      expect(logs.join("\n")).toMatch(/the store's 201 answer breaks the description at body: .*field_the_store_never_writes/);
      expect(JSON.stringify(mock.snapshot()), "a write whose answer failed the check is not kept").not.toContain("field_the_store_never_writes");
      // (The owner itself may be stored, as its seed: numbers are taken from it before the check.)
      const kept = Object.values(mock.snapshot().owners).flatMap((owner) => owner.items.map((item) => item.name));
      expect(kept).not.toContain("x");
      expect((await mock.fetch("http://mock.test/orgs/strict/copilot-spaces/3", { headers: { ...auth, prefer: "code=404" } })).status).toBe(404);
    } finally {
      await mock.close();
    }
  });

  it("a log function that throws does not cost the answer", async () => {
    const mock = await createMock({
      log: () => {
        throw new Error("the user's logger is broken");
      },
    });
    try {
      expect((await mock.fetch(new Request("http://mock.test/users/octocat/copilot-spaces/5", { headers: auth }))).status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});
