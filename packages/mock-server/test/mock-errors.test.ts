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
type Json = Record<string, unknown>;

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
    // The description, with a field made required in the create's answer that the store never writes
    // (its example has it: examples are checked when the bundle is loaded).
    const bundle = readBundle() as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, Json> }> }>>;
      components: { examples: Record<string, { value: Json }> };
    };
    const created201 = bundle.paths["/orgs/{org}/copilot-spaces"]!.post!.responses["201"]!.content["application/json"]!;
    created201.schema = { allOf: [created201.schema, { required: ["field_the_store_never_writes"] }] };
    const [example] = Object.values(created201.examples as Record<string, { $ref: string }>);
    const value = bundle.components.examples[example!.$ref.split("/").at(-1)!]!.value;
    created201.examples = { strict: { value: { ...value, field_the_store_never_writes: true } } };
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

  it("a bundle whose example breaks its schema is refused when it is loaded, naming the example and the rule", async () => {
    const bundle = readBundle() as unknown as { components: { examples: Record<string, { value: Json }> } };
    // A named example whose body lacks a field its schema requires.
    const [name, example] = Object.entries(bundle.components.examples).find(([, e]) => typeof e.value?.name === "string" && "html_url" in e.value)!;
    delete example.value.name;
    const specPath = join(dir, "bad-example.json");
    writeFileSync(specPath, JSON.stringify(bundle));
    await expect(createMock({ specPath })).rejects.toThrow(
      new RegExp(`^specPath: the example "${name}" of \\S+ \\(\\d{3}\\) breaks its schema at body: .*required property 'name'`),
    );
  });

  it("a bundle without the named examples GitHub's errors are read from is refused when it is loaded, naming the example", async () => {
    // The example under another name, wherever it is defined or referred to: a whole bundle, without it.
    const specPath = join(dir, "no-error-example.json");
    writeFileSync(
      specPath,
      JSON.stringify(readBundle()).replaceAll('"requires-authentication"', '"no-token"').replaceAll('/requires-authentication"', '/no-token"'),
    );
    await expect(createMock({ specPath })).rejects.toThrow(/^specPath: the bundle has no example "requires-authentication" \(components\.examples\)/);
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
