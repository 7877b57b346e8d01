// The page's Octokit and `gh api` samples, as a user copies them, against the kit's mock over HTTP:
// each must reach its operation with the operation's request example as its body and the API version
// header, and get a documented success whose body the description allows; on the stateful mock, what
// a create sample made is what the get sample reads. The Octokit samples also type-check against
// @octokit/core, whose route table (@octokit/types) holds GitHub's Copilot Spaces routes, so
// parameters and body fields are checked as strictly as Octokit's users see them.
import { execFile } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { startMockServer, type MockServer } from "@copilot-spaces/mock-server";
import { bundleModel, exampleValues, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator, responseSchemaPointer } from "@copilot-spaces/tools/bundle-validator";
import { extractPath } from "@copilot-spaces/tools/extract-github-description";
import { ghSample, octokitSample } from "@copilot-spaces/tools/generate-code-samples";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const execute = promisify(execFile);
const docsDir = resolve(import.meta.dirname, "..");
type Sample = { lang: string; label: string; source: string };
const docs = JSON.parse(readFileSync(resolve(docsDir, "dist/openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, { "x-codeSamples"?: Sample[] }>>;
};
const bundle = readBundle();
const validator = new BundleValidator(bundle);
const { operations } = bundleModel(bundle);
const sampleOf = (op: ModelOperation, label: string) => docs.paths[op.path]![op.method]!["x-codeSamples"]!.find((s) => s.label === label)!.source;
const pathParameters = (op: ModelOperation) => op.parameters.filter((p) => p.in === "path");
const examples = (op: ModelOperation): Record<string, unknown> => Object.fromEntries(pathParameters(op).map((p) => [p.name, p.node.example]));
const version = (op: ModelOperation) => String(op.parameters.find((p) => /^x-github-api-version$/i.test(p.name))!.schema.default);
const exampleBody = (op: ModelOperation) => exampleValues(bundle, op.operation.requestBody)[0];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byId = (list: ModelOperation[]) => list.map((op) => [op.operationId, op] as const);
const TOKEN = "ghp_samplesTestToken000000000000000000";
// GitHub's pages' Accept, which the gh samples send; the Octokit samples leave Octokit's default.
const GH_ACCEPT = "application/vnd.github+json";
const OCTOKIT_ACCEPT = "application/vnd.github.v3+json";

const gh = process.env.GH_PATH ?? "/usr/bin/gh";
// Inside the package, so that "@octokit/core" resolves from the samples as it does for a user's project.
const scratch = mkdtempSync(resolve(docsDir, ".samples-github-"));
const ghHome = mkdtempSync(resolve(tmpdir(), "gh-samples-"));
let files = 0;
// Stateless: every valid request gets the description's example, so every sample runs exactly as
// copied (the page's set examples name resources, 789 and 456, that a stateful store would not hold).
let mock: MockServer;
let stateful: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, host: "127.0.0.1" });
  stateful = await startMockServer({ port: 0, host: "127.0.0.1", stateful: true });
});
afterAll(async () => {
  await mock?.close();
  await stateful?.close();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(ghHome, { recursive: true, force: true });
});

/** Runs an Octokit sample as copied, but for the mock as baseUrl and the path parameters given; resolves to Octokit's response. */
async function runOctokit(
  op: ModelOperation,
  server: { url: string },
  values: Record<string, unknown>,
  sample = sampleOf(op, "JavaScript"),
): Promise<{ status: number; data: unknown }> {
  let source = sample;
  const transforms: [RegExp, string][] = [
    [/new Octokit\(\{\n/, `new Octokit({\n  baseUrl: ${JSON.stringify(server.url)},\n`],
    [/'YOUR-TOKEN'/, JSON.stringify(TOKEN)],
    [/await octokit\.request\(/, "export const response = await octokit.request("],
    // A path parameter is a first-level entry of the request's parameters (the body's fields never share its name).
    ...pathParameters(op).map((p): [RegExp, string] => [new RegExp(`^  ${escape(p.name)}: .*,$`, "m"), `  ${p.name}: ${JSON.stringify(values[p.name])},`]),
  ];
  for (const [pattern, replacement] of transforms) {
    expect(source, `${op.operationId}: ${String(pattern)}`).toMatch(pattern);
    source = source.replace(pattern, replacement);
  }
  const file = resolve(scratch, `run-${++files}.mjs`);
  writeFileSync(file, source);
  return ((await import(pathToFileURL(file).href)) as { response: { status: number; data: unknown } }).response;
}

/** Runs a gh sample with bash as copied, but for the mock's URL as the endpoint; resolves to gh's output. */
async function runGh(op: ModelOperation, server: { url: string }, values: Record<string, unknown>, source = sampleOf(op, "GitHub CLI")): Promise<string> {
  if (!existsSync(gh)) throw new Error(`The GitHub CLI is missing at ${gh}: run tools/bootstrap.sh (it installs Debian's gh), or set GH_PATH.`);
  // gh takes a full URL as its endpoint and then sends GH_ENTERPRISE_TOKEN to that host, over plain HTTP.
  const placeholders = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => name.toUpperCase());
  const filled = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
  const endpoint = new RegExp(`^  ${escape(placeholders)}( \\\\)?$`, "m");
  expect(source, `${op.operationId}: the endpoint line`).toMatch(endpoint);
  const script = source.replace(endpoint, `  ${server.url}${filled}$1`);
  const result = await execute("bash", ["-c", `gh() { "$GH_CLI" "$@"; }\n${script}`], {
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      HOME: ghHome,
      GH_CLI: gh,
      GH_CONFIG_DIR: ghHome,
      GH_ENTERPRISE_TOKEN: TOKEN,
      GH_NO_UPDATE_NOTIFIER: "1",
      GH_PROMPT_DISABLED: "1",
      NO_COLOR: "1",
    },
  }).catch((error: { code: number; stdout: string; stderr: string }) => ({ ...error, failed: true }));
  expect("failed" in result ? `exit ${result.code}: ${result.stderr}` : "exit 0", op.operationId).toBe("exit 0");
  expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN);
  return result.stdout;
}

/**
 * The one request the mock received: its operation, path parameters, body and headers as the sample
 * sent them, and a documented success as its answer, whose status it returns.
 */
function expectReceived(server: MockServer, op: ModelOperation, accept: string, values: Record<string, unknown>): number {
  const received = server.requests();
  server.clearRequests();
  expect(received, `${op.operationId}: one request`).toHaveLength(1);
  const entry = received[0]!;
  expect(entry.operationId, `${op.method.toUpperCase()} ${op.path}`).toBe(op.operationId);
  const asText = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, String(v)]));
  expect(asText(entry.pathParams ?? {}), `${op.operationId}: path parameters`).toEqual(asText(values));
  expect(entry.body ?? undefined, `${op.operationId}: the body is the request example`).toEqual(exampleBody(op));
  const headers = entry.headers as Record<string, string>;
  expect(headers["x-github-api-version"], `${op.operationId}: X-GitHub-Api-Version`).toBe(version(op));
  expect(headers.accept, `${op.operationId}: Accept`).toBe(accept);
  const successes = op.responses.filter((r) => r.status >= 200 && r.status < 300).map((r) => r.status);
  expect(successes, `${op.operationId}: ${entry.status} is a documented success`).toContain(entry.status);
  return Number(entry.status);
}

function expectDocumentedBody(op: ModelOperation, status: number, body: unknown) {
  const schema = responseSchemaPointer(op, status);
  if (schema) expect(validator.validate(schema, body).errors, `${op.operationId} ${status}`).toEqual([]);
  else expect(body, `${op.operationId} ${status} has no body`).toBeUndefined();
}

async function octokit(op: ModelOperation, server: MockServer, values: Record<string, unknown>): Promise<unknown> {
  const response = await runOctokit(op, server, values);
  const status = expectReceived(server, op, OCTOKIT_ACCEPT, values);
  expect(response.status).toBe(status);
  const body = status === 204 ? undefined : response.data;
  expectDocumentedBody(op, status, body);
  return body;
}

async function githubCli(op: ModelOperation, server: MockServer, values: Record<string, unknown>): Promise<unknown> {
  const stdout = await runGh(op, server, values);
  const status = expectReceived(server, op, GH_ACCEPT, values);
  const body = stdout.trim() === "" ? undefined : JSON.parse(stdout);
  expectDocumentedBody(op, status, body);
  return body;
}

describe("JavaScript (Octokit) samples", () => {
  it("type-check with tsc (strict) against @octokit/core's route types; only the description's own additions to GitHub's bodies are unknown to them", async () => {
    // The kit's description adds fields GitHub's page examples send but GitHub's published
    // description (Octokit's types) lacks; each is marked x-seed-addition. Those, and only those, may
    // be reported as unknown properties.
    const additions = new Set<string>();
    JSON.stringify(bundle, (_, value: unknown) => {
      if (value && typeof value === "object" && "properties" in value) {
        for (const [name, property] of Object.entries((value as { properties: Record<string, unknown> }).properties)) {
          if (property && typeof property === "object" && "x-seed-addition" in property) additions.add(name);
        }
      }
      return value;
    });
    const sources = operations.map((op) => {
      const file = resolve(scratch, `${op.operationId.replace(/\W+/g, "-")}.mts`);
      writeFileSync(file, sampleOf(op, "JavaScript"));
      return file;
    });
    // `request` takes any route string, and types its parameters only for a route of Octokit's table:
    // the route of each operation GitHub's description has must be one of them, or the check above
    // would check nothing. (An operation only the kit's description has is not in Octokit's table.)
    const github = JSON.parse(readFileSync(extractPath, "utf8")) as { paths: Record<string, Record<string, unknown>> };
    const routes = operations
      .filter((op) => github.paths[op.path]?.[op.method] !== undefined)
      .map((op) => /octokit\.request\('([^']+)'/.exec(sampleOf(op, "JavaScript"))?.[1]);
    expect(routes.length, "operations GitHub's description has").toBeGreaterThan(0);
    sources.push(resolve(scratch, "routes.mts"));
    writeFileSync(
      sources.at(-1)!,
      `import type { Endpoints } from "@octokit/types";\nexport const routes: (keyof Endpoints)[] = ${JSON.stringify(routes, null, 2)};\n`,
    );
    writeFileSync(
      resolve(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          strict: true,
          noEmit: true,
          types: [],
          lib: ["ES2022"],
          skipLibCheck: true,
        },
        files: sources,
      }),
    );
    const tsc = resolve(docsDir, "node_modules/.bin/tsc");
    const result = await execute(tsc, ["-p", scratch], { timeout: 180_000 }).catch((error: { stdout: string }) => error);
    const errors = result.stdout.split("\n").filter((line) => line.includes("error TS"));
    const unexplained = errors.filter((line) => {
      const excess = /error TS2353: Object literal may only specify known properties, and '([^']+)' does not exist/.exec(line);
      return !excess || !additions.has(excess[1]!);
    });
    expect(unexplained).toEqual([]);
  });

  it.each(byId(operations))("%s: the sample, run as copied with the mock as baseUrl, gets a documented answer", async (_, op) => {
    await octokit(op, mock, examples(op));
  });
});

describe("GitHub CLI (gh api) samples", () => {
  it.each(byId(operations))("%s: the sample, run by bash with the mock's URL as the endpoint, gets a documented answer", async (_, op) => {
    await githubCli(op, mock, examples(op));
  });
});

// A create and the get of its collection, where the get names an item by one parameter held by an item field.
const roundTrips = operations.flatMap((create) => {
  if (create.resource?.action !== "create") return [];
  const get = operations.find((o) => o.resource?.action === "get" && o.resource.collection === create.resource!.collection);
  const identity = get?.resource!.identity.length === 1 ? get.parameters.find((p) => p.name === get.resource!.identity[0]) : undefined;
  return get && identity?.itemField
    ? [[`${create.operationId} then ${get.operationId}`, { create, get, identity: identity.name, field: identity.itemField }] as const]
    : [];
});

describe.each([
  ["JavaScript (Octokit)", octokit],
  ["GitHub CLI (gh api)", githubCli],
])("%s samples on the stateful mock", (_, client) => {
  it.each(roundTrips)("%s: the get sample reads what the create sample made", async (__, { create, get, identity, field }) => {
    await fetch(`${stateful.url}/__mock/reset`, { method: "POST" });
    const made = (await client(create, stateful, examples(create))) as Record<string, unknown>;
    // A new item, not the description's example (which a mock that keeps nothing would answer).
    expect(made[field], `${create.operationId}: a new ${field}`).toBeDefined();
    expect(made[field], `${create.operationId}: a new ${field}`).not.toEqual(examples(get)[identity]);
    const read = await client(get, stateful, { ...examples(get), [identity]: made[field] });
    expect(read).toEqual(made);
  });
});

// Bodies of every shape the generators handle, beyond those of the description's examples: each
// sample must make its client send exactly that body (here to a server that only records it).
const shapes: [string, Record<string, unknown>][] = [
  ["strings with shell and JavaScript quoting", { s: `it's "quoted" $HOME \`x\` \\ back`, text: "line 1\nline 2 'q'", "not-an-identifier": "v" }],
  ["integers, booleans and null", { n: 42, negative: -7, yes: true, no: false, none: null }],
  ["nested objects", { outer: { a: "x=y", inner: { b: 1, c: "[]" } } }],
  ["an array of strings", { list: ["a", "b"] }],
  ["an array of objects whose keys do not repeat", { items: [{ id: 1 }, { name: "two", _destroy: true }] }],
  ["a fraction, an unsafe integer, an empty object and an empty array", { f: 1.5, big: 2 ** 60, empty: {}, none: [] }],
  ["a key gh's fields would read as nesting", { "key[x]": "v" }],
];

describe("the samples' encoding of a body", () => {
  const target = operations.find((op) => op.method !== "get" && op.requestBody)!;
  let received: unknown[] = [];
  let recorder: Server;
  let url = "";
  beforeAll(async () => {
    recorder = createServer((request, response) => {
      let text = "";
      request.on("data", (chunk: Buffer) => (text += chunk.toString()));
      request.on("end", () => {
        received.push(JSON.parse(text));
        response.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    recorder.listen(0, "127.0.0.1");
    await once(recorder, "listening");
    url = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((done) => recorder?.close(done)));

  it.each(shapes)("%s: gh and Octokit send exactly the body", async (_, body) => {
    received = [];
    await runGh(target, { url }, examples(target), ghSample(target, version(target), body));
    await runOctokit(target, { url }, examples(target), octokitSample(target, version(target), body));
    expect(received).toEqual([body, body]);
  });
});
