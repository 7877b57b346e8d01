// The mock as users get it: the packed tarballs of the description and the mock, installed with plain
// npm by `pnpm release:check` (whose release:packages part turbo runs before this suite; it also runs publint and
// arethetypeswrong), then started with npx, used from ESM and CommonJS, compiled with tsc, and
// compared with the workspace's mock on every operation, from a folder of this suite's own.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { exampleValues, operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { requireReleaseProject } from "@copilot-spaces/tools/release";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");
const bin = (name: string) => resolve(packageDir, "node_modules/.bin", name);
const version = (JSON.parse(readFileSync(resolve(packageDir, "package.json"), "utf8")) as { version: string }).version;
const bundle = readBundle();

/** This suite's folder inside the release project (release:packages installed the tarballs there). */
let scratch: string;
let project: string;
const installed = (path: string) => resolve(project, "node_modules", path);

beforeAll(() => {
  project = requireReleaseProject();
  scratch = mkdtempSync(resolve(project, "mock-suite-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npx copilot-spaces-mock …` in the scratch project, in a process group of its own (so `finally` can end it all). */
function npx(args: string[]): ChildProcess {
  return spawn("npx", ["--no-install", "copilot-spaces-mock", ...args], {
    cwd: scratch,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}
const stopGroup = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // gone already
  }
};
function readyUrl(child: ChildProcess): Promise<string> {
  let seen = "";
  return new Promise((resolvePromise, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk;
      const match = /ready at (\S+) in/.exec(seen);
      if (match) resolvePromise(match[1]!);
    });
    child.stderr!.on("data", (chunk: Buffer) => (seen += chunk));
    child.once("exit", (code) => reject(new Error(`exited (${String(code)}) before it was ready:\n${seen}`)));
  });
}

describe("installed with npm from the packed tarballs", () => {
  it("depends on the description and faker only, by version; Prism's engine is inside dist", () => {
    const manifest = JSON.parse(readFileSync(installed("@copilot-spaces/mock-server/package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["@copilot-spaces/openapi", "@faker-js/faker"]);
    expect((manifest as { peerDependenciesMeta?: Record<string, { optional?: boolean }> }).peerDependenciesMeta?.msw?.optional).toBe(true);
    for (const range of Object.values(manifest.dependencies)) expect(range).toMatch(/^\^?\d/);
    expect(existsSync(installed("@stoplight"))).toBe(false);
    expect(readFileSync(installed("@copilot-spaces/mock-server/dist/THIRD_PARTY_NOTICES.md"), "utf8")).toMatch(
      /## @stoplight\/prism-http@[\d.]+ \(Apache-2\.0\)[\s\S]*Apache License/,
    );
    expect(readFileSync(installed("@copilot-spaces/mock-server/README.md"), "utf8")).toMatch(/^# @copilot-spaces\/mock-server[\s\S]*?## Install/);
  });

  it("npx copilot-spaces-mock --version and --help", async () => {
    const { stdout } = await run("npx", ["--no-install", "copilot-spaces-mock", "--version"], { cwd: scratch });
    expect(stdout.trim()).toBe(version);
    const help = await run("npx", ["--no-install", "copilot-spaces-mock", "--help"], { cwd: scratch });
    expect(help.stdout).toMatch(/--spec[\s\S]*--version/);
  });

  it("--spec refuses what is not a bundle of this description, in words that make sense outside this repository", async () => {
    writeFileSync(resolve(scratch, "petstore.json"), JSON.stringify({ openapi: "3.1.0", info: { title: "Petstore", version: "1" }, paths: {} }));
    for (const [spec, message] of [
      ["petstore.json", /--spec: petstore\.json is not a bundle of the Copilot Spaces description: its info\.title is "Petstore"/],
      ["missing.json", /--spec: cannot read missing\.json: no such file/],
    ] as const) {
      const failure = await run("npx", ["--no-install", "copilot-spaces-mock", "--spec", spec, "--port", "0"], { cwd: scratch }).catch(
        (e: { code: number; stderr: string }) => e,
      );
      expect((failure as { code: number }).code).toBe(1);
      expect((failure as { stderr: string }).stderr).toMatch(message);
      expect((failure as { stderr: string }).stderr).not.toMatch(/pnpm/);
    }
  });

  it("npx copilot-spaces-mock --spec (the YAML bundle) serves, and SIGTERM of npx leaves nothing listening", async () => {
    const child = npx(["--port", "0", "--quiet", "--spec", installed("@copilot-spaces/openapi/dist/openapi.yaml")]);
    try {
      const url = await readyUrl(child);
      expect((await fetch(`${url}/users/octocat/copilot-spaces/5`, { headers: { authorization: "Bearer t" } })).status).toBe(200);
      child.kill("SIGTERM");
      const port = Number(new URL(url).port);
      const started = Date.now();
      let listening = true;
      // Gone within a second when idle; 30 s leaves room for a busy machine, and a CLI left serving still fails.
      while (listening && Date.now() - started < 30_000) {
        listening = await fetch(`http://127.0.0.1:${port}/`).then(
          () => true,
          () => false,
        );
        if (listening) await new Promise((r) => setTimeout(r, 100));
      }
      expect(listening).toBe(false);
    } finally {
      stopGroup(child);
    }
  });

  it.each([
    [
      "ESM",
      "msw.mjs",
      'import { createMock } from "@copilot-spaces/mock-server"; import { copilotSpacesHandlers } from "@copilot-spaces/mock-server/msw"; import { setupServer } from "msw/node";',
    ],
    [
      "CommonJS",
      "msw.cjs",
      'const { createMock } = require("@copilot-spaces/mock-server"); const { copilotSpacesHandlers } = require("@copilot-spaces/mock-server/msw"); const { setupServer } = require("msw/node");',
    ],
  ])("the ./msw door works from %s", async (_kind, file, load) => {
    writeFileSync(
      resolve(scratch, file),
      `${load}
(async () => {
  const mock = await createMock({ stateful: true });
  const server = setupServer(...copilotSpacesHandlers(mock));
  server.listen({ onUnhandledRequest: "error" });
  const headers = { authorization: "Bearer t" };
  const created = await fetch("https://api.github.com/orgs/acme/copilot-spaces", { method: "POST", headers, body: JSON.stringify({ name: "via msw" }) });
  const { number } = await created.json();
  const read = await fetch("https://api.github.com/orgs/acme/copilot-spaces/" + number, { headers });
  console.log(JSON.stringify([created.status, (await read.json()).name]));
  server.close();
  await mock.close();
})();`,
    );
    const { stdout } = await run(process.execPath, [file], { cwd: scratch });
    expect(JSON.parse(stdout)).toEqual([201, "via msw"]);
  });

  it.each([
    ["ESM", "use.mjs", 'import { createMock, startMockServer } from "@copilot-spaces/mock-server";'],
    ["CommonJS", "use.cjs", 'const { createMock, startMockServer } = require("@copilot-spaces/mock-server");'],
  ])("works from %s: createMock and startMockServer", async (_kind, file, load) => {
    writeFileSync(
      resolve(scratch, file),
      `${load}
(async () => {
  const headers = { authorization: "Bearer t" };
  const mock = await createMock();
  const server = await startMockServer({ port: 0 });
  const a = await mock.fetch("http://mock.test/orgs/octo-org/copilot-spaces/3", { headers });
  const b = await fetch(server.url + "/orgs/octo-org/copilot-spaces/3", { headers });
  console.log(JSON.stringify([a.status, b.status, (await a.json()).number === (await b.json()).number]));
  await Promise.all([mock.close(), server.close()]);
})();`,
    );
    const { stdout } = await run(process.execPath, [file], { cwd: scratch });
    expect(JSON.parse(stdout)).toEqual([200, 200, true]);
  });

  it("./browser: the browser build imports and answers in Node, and resolves from CommonJS to its one file", async () => {
    writeFileSync(
      resolve(scratch, "browser.mjs"),
      `import { createMock } from "@copilot-spaces/mock-server/browser";
const mock = await createMock({ stateful: true });
const headers = { authorization: "Bearer t" };
const created = await mock.fetch("https://api.github.com/orgs/acme/copilot-spaces", { method: "POST", headers, body: JSON.stringify({ name: "in a page" }) });
const { number } = await created.json();
const read = await mock.fetch("https://api.github.com/orgs/acme/copilot-spaces/" + number, { headers });
const refused = await createMock({ dynamic: true }).then(() => "taken", (e) => e.constructor.name + ": " + e.message.split(":")[0]);
console.log(JSON.stringify([created.status, read.status, (await read.json()).name, refused]));
await mock.close();`,
    );
    const { stdout } = await run(process.execPath, ["browser.mjs"], { cwd: scratch });
    expect(JSON.parse(stdout)).toEqual([201, 200, "in a page", "TypeError: dynamic"]);
    // What a build step that embeds it in a page does (the docs generator): resolve the file from CommonJS.
    const { stdout: resolved } = await run(process.execPath, ["-p", 'require.resolve("@copilot-spaces/mock-server/browser")'], { cwd: scratch });
    expect(resolved.trim()).toBe(installed("@copilot-spaces/mock-server/dist/browser.js"));
  });

  it("./browser type-checks for a TypeScript user under bundler, node16 and node10 resolution", async () => {
    writeFileSync(
      resolve(scratch, "use-browser.mts"),
      `import { createMock, type Mock } from "@copilot-spaces/mock-server/browser";
export async function use(): Promise<number> {
  const mock: Mock = await createMock({ stateful: true, latency: 10 });
  // @ts-expect-error stateful is a boolean
  await createMock({ stateful: "yes" });
  // @ts-expect-error dynamic mode is not in the browser build
  await createMock({ dynamic: true });
  // @ts-expect-error a browser has no file to read the description from
  await createMock({ specPath: "openapi.json" });
  const response: Response = await mock.fetch("https://api.github.com/users/octocat/copilot-spaces/5");
  await mock.close();
  return response.status;
}
`,
    );
    const resolutions = [
      ["ESNext", "Bundler"],
      ["NodeNext", "NodeNext"],
      ["ESNext", "node10"],
    ];
    // The three compilers at once: one test's wait instead of three.
    const results = await Promise.all(
      resolutions.map(([module, moduleResolution]) => {
        const config = resolve(scratch, `tsconfig.browser-${moduleResolution}.json`);
        writeFileSync(
          config,
          JSON.stringify({
            compilerOptions: { module, moduleResolution, target: "ES2022", strict: true, noEmit: true, types: [], lib: ["ES2022", "DOM"] },
            files: ["use-browser.mts"],
          }),
        );
        return run(bin("tsc"), ["-p", config]).then(
          () => `${moduleResolution}: ok`,
          (e: { stdout: string }) => `${moduleResolution}: ${e.stdout}`,
        );
      }),
    );
    expect(results).toEqual(resolutions.map(([, moduleResolution]) => `${moduleResolution}: ok`));
  });

  it.each([
    ["node16 (NodeNext)", "NodeNext", "NodeNext", "use-node16.mts"],
    ["node10", "CommonJS", "node10", "use-node10.ts"],
  ])("type-checks a TypeScript user under %s resolution", async (_name, module, moduleResolution, file) => {
    const config = `tsconfig.${moduleResolution}.json`;
    writeFileSync(
      resolve(scratch, config),
      JSON.stringify({
        compilerOptions: { module, moduleResolution, target: "ES2022", strict: true, noEmit: true, types: [], lib: ["ES2022", "DOM"] },
        files: [file],
      }),
    );
    writeFileSync(
      resolve(scratch, file),
      `import { createMock, startMockServer, type Mock, type MockServer } from "@copilot-spaces/mock-server";
import { copilotSpacesHandlers } from "@copilot-spaces/mock-server/msw";
import type { HttpHandler } from "msw";
export async function use(): Promise<number> {
  const handlers: HttpHandler[] = copilotSpacesHandlers(await createMock({ stateful: true }), { baseUrl: "https://api.github.com" });
  void handlers;
  const mock: Mock = await createMock({ dynamic: false, closeTimeoutMs: 100 });
  const server: MockServer = await startMockServer({ port: 0, log: (line: string) => void line });
  // @ts-expect-error the port is a number
  await startMockServer({ port: "4010" });
  const response: Response = await mock.fetch("http://mock.test/users/octocat/copilot-spaces/5");
  await Promise.all([mock.close(), server.close()]);
  return response.status;
}
`,
    );
    await expect(run(bin("tsc"), ["-p", resolve(scratch, config)])).resolves.toBeDefined();
  });
});

describe("the packed mock answers as the workspace's does, on every operation", () => {
  let packed: ChildProcess;
  let packedUrl: string;
  let workspace: MockServer;
  beforeAll(async () => {
    // Every status of every operation with one token: more writes than GitHub's secondary limit allows a minute.
    packed = npx(["--port", "0", "--quiet", "--rate-limit", "off"]);
    [packedUrl, workspace] = await Promise.all([readyUrl(packed), startMockServer({ port: 0, rateLimit: false })]);
  });
  afterAll(async () => {
    stopGroup(packed);
    await workspace?.close();
  });

  const examples = Object.fromEntries(
    operationsOf(bundle).flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), String(p.node.example)])),
  );
  // Every documented status of every operation: the success as it comes, each other one forced.
  const cases = operationsOf(bundle).flatMap((o) => {
    const path = o.path.replace(/\{([^}]+)\}/g, (_, name: string) => examples[name]!);
    const body = o.operation.requestBody ? JSON.stringify(exampleValues(bundle, o.operation.requestBody)[0]) : undefined;
    const statuses = Object.keys(o.operation.responses as object).map(Number);
    const success = statuses.find((s) => s < 300)!;
    return statuses.map(
      (status) =>
        [`${String(o.operation.operationId)} ${status}`, o.method.toUpperCase(), path, body, status === success ? undefined : `code=${status}`] as const,
    );
  });

  it.each(cases)("%s", async (_name, method, path, body, prefer) => {
    const ask = async (base: string) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: "Bearer t", ...(prefer ? { prefer } : {}) },
        ...(body ? { body } : {}),
      });
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        link: response.headers.get("link")?.replaceAll(base, "BASE") ?? null,
        // A rate limit's message names the request, which differs from one answer to the other.
        body: (await response.text()).replaceAll(response.headers.get("x-github-request-id") ?? "\0", "REQUEST-ID"),
      };
    };
    const [fromPacked, fromWorkspace] = await Promise.all([ask(packedUrl), ask(workspace.url)]);
    expect(fromPacked).toEqual(fromWorkspace);
  });
});
