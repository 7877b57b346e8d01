// spec:promote-example in a scratch copy of the repository (never the real spec/): a recorded answer becomes a named
// example, referenced from its response (a path file's, or a shared one), and the copy's bundle then passes the
// spec's example check; each refusal says what is wrong. Cassettes are made from the bundle's own examples, shaped
// as the proxy writes them (packages/mock-server/src/cassettes/har.ts).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HarEntry } from "../../packages/mock-server/src/cassettes/har.ts";
import { operationsOf, type ModelOperation } from "../src/model/bundle-model.ts";
import { BundleValidator, examplesOf } from "../src/model/bundle-validator.ts";
import { copyTrackedFiles, readBundle, repoRoot, type OpenApiDocument } from "../src/model/paths.ts";
import { promoteExample } from "../src/generate/promote-example.ts";

const model = operationsOf(readBundle());
/** A read of one item whose 200 has a JSON example: what a proxy most often records. */
const get = model.find((m) => m.resource?.action === "get" && m.method === "get" && m.success.schemaPointer && m.success.examples.length > 0)!;
const shared404 = get.responses.find((r) => r.status === 404)!;
let copy: string;
let spec: string;

const entry = (operation: ModelOperation, status: number, body: unknown): HarEntry => {
  const path = operation.path.replace(/\{[^}]+\}/g, (p) => (p.includes("org") || p.includes("user") ? "recorded-org" : "7"));
  const text = body === undefined ? undefined : JSON.stringify(body);
  return {
    startedDateTime: "2026-12-03T08:00:00.000Z",
    time: 1,
    request: {
      method: operation.method.toUpperCase(),
      url: `https://ghes.example/api/v3${path}`,
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: [{ name: "authorization", value: `Bearer ghp_${"Q".repeat(36)}` }],
      queryString: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText: "",
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: [{ name: "content-type", value: "application/json; charset=utf-8" }],
      content: { size: text?.length ?? 0, mimeType: "application/json", ...(text === undefined ? {} : { text }) },
      redirectURL: "",
      headersSize: -1,
      bodySize: text?.length ?? 0,
    },
    cache: {},
    timings: { send: 0, wait: 1, receive: 0 },
    _operationId: operation.operationId,
    _pathParams: {},
    _violations: [],
  };
};

/** The get's example with its first string field changed: an answer the description allows that no example holds. */
const recordedBody = (() => {
  const value = structuredClone(get.success.examples[0]) as Record<string, unknown>;
  const key = Object.keys(value).find((k) => typeof value[k] === "string")!;
  // With a token-shaped string in it, as an upstream that echoes one would send: the tool sanitizes again.
  value[key] = `${String(value[key])} (recorded) ghp_${"T".repeat(36)}`;
  return value;
})();

let cassette: string;
const bundleCopy = () => {
  execFileSync(
    resolve(spec, "node_modules/.bin/redocly"),
    ["bundle", "--config", "../redocly.yaml", "openapi.yaml", "--ext", "json", "-o", "dist/openapi.json"],
    {
      cwd: spec,
      stdio: "ignore",
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    },
  );
  return JSON.parse(readFileSync(resolve(spec, "dist/openapi.json"), "utf8")) as OpenApiDocument;
};
const refusal = (options: Partial<Parameters<typeof promoteExample>[0]>) => {
  try {
    promoteExample({ specDir: spec, cassette, exchange: 1, name: "never-written", ...options });
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return "promoted";
};

beforeAll(() => {
  copy = resolve(mkdtempSync(resolve(tmpdir(), "promote-example-")), "repo");
  copyTrackedFiles(copy);
  for (const dir of [".", "tools", "spec", "packages/mock-server"]) symlinkSync(resolve(repoRoot, dir, "node_modules"), resolve(copy, dir, "node_modules"));
  spec = resolve(copy, "spec");
  mkdirSync(resolve(spec, "dist"), { recursive: true });
  bundleCopy();
  cassette = resolve(copy, "..", "exchanges.har");
  const entries = [
    entry(get, 200, recordedBody),
    entry(get, shared404.status, shared404.examples[0]),
    entry(get, 304, undefined),
    entry(get, 418, { message: "teapot" }),
    entry(get, 200, {}),
    // What the proxy writes when no answer came.
    entry(get, 0, undefined),
  ];
  writeFileSync(cassette, JSON.stringify({ log: { version: "1.2", creator: { name: "test", version: "0" }, comment: "", entries } }));
}, 120_000);
afterAll(() => rmSync(resolve(copy, ".."), { recursive: true, force: true }));

describe("spec:promote-example", () => {
  it("writes the example, references it from the path file and from a shared response, and the example check passes", () => {
    const pathFile = resolve(
      spec,
      readFileSync(resolve(spec, "openapi.yaml"), "utf8").match(new RegExp(`  ${get.path.replace(/[{}]/g, "\\$&")}:\\n    \\$ref: (\\S+)`))![1]!,
    );
    const before = readFileSync(pathFile, "utf8");
    // Through the copy's own script, as `pnpm spec:promote-example` runs it (from the root: INIT_CWD).
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", resolve(copy, "tools/src/generate/promote-example.ts"), "../exchanges.har", "1", "recorded-space"],
      {
        cwd: resolve(copy, "tools"),
        env: { ...process.env, INIT_CWD: copy },
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`spec/components/examples/recorded-space.yaml: the 200 answer of ${get.operationId}`);
    const after = readFileSync(pathFile, "utf8");
    // Comments and layout survive: the file is the old one, byte for byte, with the reference added.
    const added = /\n +recorded-space:\n +\$ref: \.\.\/components\/examples\/recorded-space\.yaml/;
    expect(after).toMatch(added);
    expect(after.replace(added, "")).toBe(before);
    const example = readFileSync(resolve(spec, "components/examples/recorded-space.yaml"), "utf8");
    expect(example).toMatch(/^summary: .*recorded from https:\/\/ghes\.example\/api\/v3 \(exchanges\.har, exchange 1,/);
    expect(example).not.toContain("ghp_");

    const shared = promoteExample({ specDir: spec, cassette, exchange: 2, name: "recorded-not-found" });
    expect(shared.shared).toBe(true);
    expect(shared.referencedFrom).toMatch(/components\/responses\/[a-z_]+\.yaml$/);
    expect(readFileSync(shared.referencedFrom, "utf8")).toContain("$ref: ../examples/recorded-not-found.yaml");

    const bundle = bundleCopy();
    const validator = new BundleValidator(bundle);
    const promoted = examplesOf(bundle).filter((e) => e.label.endsWith("→ recorded-space") || e.label.endsWith("→ recorded-not-found"));
    expect(promoted.map((e) => e.label).join("\n")).toContain(`→ 200 application/json → recorded-space`);
    expect(promoted.some((e) => e.label.endsWith("→ recorded-not-found"))).toBe(true);
    for (const e of promoted) expect(validator.validate(e.schemaPointer, e.value).errors).toEqual([]);
    const value = promoted.find((e) => e.label.endsWith("→ recorded-space"))!.value as Record<string, unknown>;
    expect(JSON.stringify(value)).not.toContain("ghp_");
    expect(Object.keys(value)).toEqual(Object.keys(recordedBody));
    expect(Object.values(value).filter((v) => typeof v === "string" && v.includes(" (recorded) "))).toHaveLength(1);
  }, 120_000);

  it("refuses a name that is not kebab-case or exists already", () => {
    expect(refusal({ name: "Recorded_Space" })).toContain(
      'PromoteError: name: expected kebab-case (lower-case letters and digits joined by single hyphens), got "Recorded_Space"',
    );
    const existing = Object.keys(readBundle().components.examples!)[0]!;
    expect(refusal({ name: existing })).toContain(`name: an example named "${existing}" exists already`);
    // A file of that name that nothing references yet is not overwritten either.
    writeFileSync(resolve(spec, "components/examples/unreferenced.yaml"), "summary: kept\nvalue: {}\n");
    expect(refusal({ name: "unreferenced" })).toContain('name: an example named "unreferenced" exists already');
  });

  it("refuses an exchange number out of range (numbered from 1)", () => {
    expect(refusal({ exchange: 0 })).toContain("exchange: 0 is out of range: exchanges.har has 6 exchanges, numbered from 1");
    expect(refusal({ exchange: 7 })).toContain("exchange: 7 is out of range");
  });

  it("refuses an answer with no body, an undocumented status and a body invalid for the schema", () => {
    expect(refusal({ exchange: 3 })).toContain(`exchange 3 (${get.operationId}): the 304 answer has no body`);
    expect(refusal({ exchange: 6 })).toContain(`exchange 6 (${get.operationId}): no answer was recorded (status 0: the upstream failed)`);
    expect(refusal({ exchange: 4 })).toContain(`exchange 4 (${get.operationId}): 418 is not a documented status of ${get.operationId} (documented: `);
    expect(refusal({ exchange: 5 })).toMatch(
      new RegExp(`exchange 5 \\(${get.operationId}\\): the body is invalid for the 200 response's schema: \\(root\\) must have required property`),
    );
  });
});
