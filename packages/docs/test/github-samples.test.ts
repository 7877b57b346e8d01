// The page's Octokit and `gh api` samples, as a user copies them, against the kit's mock over HTTP:
// each must reach its operation with the operation's request example as its body and the API version
// header, and get a documented success whose body the description allows. The Octokit samples also
// type-check against @octokit/core, whose route table (@octokit/types) holds GitHub's Copilot Spaces
// routes, so parameters and body fields are checked as strictly as Octokit's users see them.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { startMockServer, type MockServer } from "@copilot-spaces/mock-server";
import { bundleModel, exampleValues, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator, responseSchemaPointer } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const docsDir = resolve(import.meta.dirname, "..");
type Sample = { lang: string; label: string; source: string };
const docs = JSON.parse(readFileSync(resolve(docsDir, "dist/openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, { "x-codeSamples"?: Sample[] }>>;
};
const bundle = readBundle();
const validator = new BundleValidator(bundle);
const model = bundleModel(bundle);
const sampleOf = (op: ModelOperation, label: string) => docs.paths[op.path]![op.method]!["x-codeSamples"]!.find((s) => s.label === label)!.source;
const pathParameters = (op: ModelOperation) => op.parameters.filter((p) => p.in === "path");
const version = (op: ModelOperation) => String(op.parameters.find((p) => /^x-github-api-version$/i.test(p.name))!.schema.default);
const exampleBody = (op: ModelOperation) => exampleValues(bundle, op.operation.requestBody)[0];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TOKEN = "ghp_samplesTestToken000000000000000000";

const gh = process.env.GH_PATH ?? "/usr/bin/gh";
// Inside the package, so that "@octokit/core" resolves from the samples as it does for a user's project.
const scratch = mkdtempSync(resolve(docsDir, ".samples-github-"));
const ghHome = mkdtempSync(resolve(tmpdir(), "gh-samples-"));
let mock: MockServer;
beforeAll(async () => {
  // Stateless: every valid request gets the description's example, so the samples run exactly as
  // copied (the page's set examples name resources, 789 and 456, that no created Space would hold).
  mock = await startMockServer({ port: 0, host: "127.0.0.1" });
});
beforeEach(() => mock?.clearRequests());
afterAll(async () => {
  await mock?.close();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(ghHome, { recursive: true, force: true });
});

/**
 * The one request the mock received: its operation, body and headers as the sample sent them; its
 * answer documented. `accept` is the sample's own Accept (Octokit's samples leave Octokit's default).
 */
function expectReceived(op: ModelOperation, accept: string): number {
  const received = mock.requests();
  expect(received, `${op.operationId}: one request`).toHaveLength(1);
  const entry = received[0]!;
  expect(entry.operationId, `${op.method.toUpperCase()} ${op.path}`).toBe(op.operationId);
  const examples = Object.fromEntries(pathParameters(op).map((p) => [p.name, String(p.node.example)]));
  expect(
    Object.fromEntries(Object.entries(entry.pathParams ?? {}).map(([k, v]) => [k, String(v)])),
    `${op.operationId}: the path parameters' examples`,
  ).toEqual(examples);
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

describe("JavaScript (Octokit) samples", () => {
  it("type-check with tsc (strict) against @octokit/core's route types; only the description's own additions to GitHub's bodies are unknown to them", async () => {
    // The kit's description adds fields GitHub's page examples send but GitHub's published
    // description (Octokit's types) lacks; each is marked x-seed-addition. Those, and only those, may
    // be reported as unknown properties.
    const additions = new Set<string>();
    JSON.stringify(bundle, (key, value: unknown) => {
      if (value && typeof value === "object" && "properties" in value) {
        for (const [name, property] of Object.entries((value as { properties: Record<string, unknown> }).properties)) {
          if (property && typeof property === "object" && "x-seed-addition" in property) additions.add(name);
        }
      }
      return value;
    });
    const files = model.operations.map((op) => {
      const file = resolve(scratch, `${op.operationId.replace(/\W+/g, "-")}.mts`);
      writeFileSync(file, sampleOf(op, "JavaScript"));
      return file;
    });
    // `request` takes any route string, and types its parameters only for a route of Octokit's table:
    // each sample's route must be one of them, or the check above would check nothing.
    const routes = model.operations.map((op) => /octokit\.request\('([^']+)'/.exec(sampleOf(op, "JavaScript"))?.[1]);
    files.push(resolve(scratch, "routes.mts"));
    writeFileSync(
      files.at(-1)!,
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
        files,
      }),
    );
    const tsc = resolve(docsDir, "node_modules/.bin/tsc");
    const result = await run(tsc, ["-p", scratch], { timeout: 180_000 }).catch((error: { stdout: string }) => error);
    const errors = result.stdout.split("\n").filter((line) => line.includes("error TS"));
    const unexplained = errors.filter((line) => {
      const excess = /error TS2353: Object literal may only specify known properties, and '([^']+)' does not exist/.exec(line);
      return !excess || !additions.has(excess[1]!);
    });
    expect(unexplained).toEqual([]);
  });

  it.each(model.operations.map((op) => [op.operationId, op] as const))(
    "%s: the sample, run as copied with the mock as baseUrl, gets a documented answer",
    async (_, op) => {
      let source = sampleOf(op, "JavaScript");
      const transforms: [RegExp, string][] = [
        [/new Octokit\(\{\n/, `new Octokit({\n  baseUrl: ${JSON.stringify(mock.url)},\n`],
        [/await octokit\.request\(/, "export const response = await octokit.request("],
        // The placeholders for path parameters, replaced by the description's examples.
        ...pathParameters(op)
          .filter((p) => source.includes(`${p.name}: '${p.name.toUpperCase()}'`))
          .map((p): [RegExp, string] => [
            new RegExp(`\\b${escape(p.name)}: '${escape(p.name.toUpperCase())}'`),
            `${p.name}: ${JSON.stringify(p.node.example)}`,
          ]),
      ];
      for (const [pattern, replacement] of transforms) {
        expect(source, `${op.operationId}: ${String(pattern)}`).toMatch(pattern);
        source = source.replace(pattern, replacement);
      }
      source = source.replace("'YOUR-TOKEN'", JSON.stringify(TOKEN));
      const file = resolve(scratch, `run-${op.operationId.replace(/\W+/g, "-")}.mjs`);
      writeFileSync(file, source);
      const { response } = (await import(pathToFileURL(file).href)) as { response: { status: number; data: unknown } };
      // Octokit's default Accept, which GitHub's samples keep.
      const status = expectReceived(op, "application/vnd.github.v3+json");
      expect(response.status).toBe(status);
      expectDocumentedBody(op, status, status === 204 ? undefined : response.data);
    },
  );
});

describe("GitHub CLI (gh api) samples", () => {
  beforeAll(() => {
    if (!existsSync(gh)) throw new Error(`The GitHub CLI is missing at ${gh}: run tools/bootstrap.sh (it installs Debian's gh), or set GH_PATH.`);
  });

  it.each(model.operations.map((op) => [op.operationId, op] as const))(
    "%s: the sample, run by bash with the mock's URL as the endpoint, gets a documented answer",
    async (_, op) => {
      const source = sampleOf(op, "GitHub CLI");
      // gh takes a full URL as its endpoint and then sends GH_ENTERPRISE_TOKEN to that host, over plain HTTP.
      const placeholders = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => name.toUpperCase());
      const filled = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodeURIComponent(String(pathParameters(op).find((p) => p.name === name)!.node.example)),
      );
      const endpoint = new RegExp(`^  ${escape(placeholders)}( \\\\)?$`, "m");
      expect(source, `${op.operationId}: the endpoint line`).toMatch(endpoint);
      const script = source.replace(endpoint, `  ${mock.url}${filled}$1`);
      const result = await run("bash", ["-c", `gh() { "$GH_CLI" "$@"; }\n${script}`], {
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
      const status = expectReceived(op, "application/vnd.github+json");
      expectDocumentedBody(op, status, result.stdout.trim() === "" ? undefined : JSON.parse(result.stdout));
    },
  );
});
