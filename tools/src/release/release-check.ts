// `pnpm release:check`: what a release would publish, checked as its users get it. Every published
// package is packed; each manifest must hold no `workspace:` or `catalog:` range; publint and
// arethetypeswrong must pass (its default profile; an entry that is ESM only, its esm-only profile); all tarballs install with plain `npm install` into an
// empty scratch project, where the client works from ESM and CommonJS, `npx copilot-spaces-mock
// --port 0` serves, the client talks to that mock, the description's bundle is readable through its
// exports, and `npx copilot-spaces-mcp` answers --version and, with --mock, initialize and tools/list
// over stdio for the SDK's client (one tool per operation) while its library loads from ESM and CommonJS;
// and in a scratch folder of its own, npm installs Node 22, msw 3 and the tarballs, and the
// mock's MSW door runs under msw 3 (./msw3-check.ts). Then, in a scratch copy of the repository, a changeset and `pnpm version-packages`
// must move the versions and the changelogs, and the client built there must send its new version.
//
//   pnpm release:check    both parts, as the turbo tasks below (tsx src/release/release-check.ts [--keep] runs both too)
//   tsx src/release/release-check.ts --packages    the packing and the install alone (turbo's release:packages,
//                                                   run before the client's and the mock's tests, which reuse its
//                                                   project: node_modules/.cache/copilot-spaces-release-check)
//   tsx src/release/release-check.ts --versions    the changeset and version-packages copy alone (turbo's
//                                                   release:versions, which nothing waits for)
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { operationsOf } from "../model/bundle-model.ts";
import { copyTrackedFiles, readBundle, repoRoot } from "../model/paths.ts";
import { checkMsw3, describeMsw3 } from "./msw3-check.ts";
import { publishedDirs, readManifest, releaseCheckDir, releaseProject } from "./release.ts";

const say = (line: string) => console.log(`release:check: ${line}`);
const env = {
  ...process.env,
  SCARF_ANALYTICS: "false",
  REDOCLY_TELEMETRY: "off",
  TURBO_TELEMETRY_DISABLED: "1",
  npm_config_fund: "false",
  npm_config_audit: "false",
};
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
const bin = (name: string) => resolve(repoRoot, "tools/node_modules/.bin", name);

function fail(message: string): never {
  throw new Error(message);
}

/** Packs the published packages; checks their manifests, publint and attw. Returns the tarballs. */
function pack(scratch: string): Map<string, string> {
  const tarballs = new Map<string, string>();
  for (const dir of publishedDirs()) {
    const { name } = readManifest(dir);
    const out = run("pnpm", ["pack", "--pack-destination", scratch], resolve(repoRoot, dir));
    const tarball =
      out
        .trim()
        .split("\n")
        .filter((line) => line.endsWith(".tgz"))
        .at(-1) ?? fail(`pnpm pack of ${name} named no tarball`);
    const manifest = run("tar", ["-xzOf", tarball, "package/package.json"], scratch);
    const loose = /"(workspace|catalog):[^"]*"/.exec(manifest);
    if (loose) fail(`${name}: the packed package.json still holds ${loose[0]}`);
    const publint = spawnSyncText(bin("publint"), ["--strict", tarball]);
    if (publint.status !== 0 || !/All good!/.test(publint.output)) fail(`${name}: publint --strict:\n${publint.output}`);
    const esmOnly = esmOnlyEntries(readManifest(dir));
    const attw = spawnSyncText(bin("attw"), [tarball, "--format", "table-flipped", ...(esmOnly.length ? ["--exclude-entrypoints", ...esmOnly] : [])]);
    if (attw.status !== 0 && !/No problems found|only JSON|no .*types/i.test(attw.output)) fail(`${name}: arethetypeswrong:\n${attw.output}`);
    if (esmOnly.length) {
      const esm = spawnSyncText(bin("attw"), [tarball, "--format", "table-flipped", "--profile", "esm-only", "--entrypoints", ...esmOnly]);
      if (esm.status !== 0) fail(`${name}: arethetypeswrong (esm-only profile) on ${esmOnly.join(", ")}:\n${esm.output}`);
    }
    tarballs.set(name, tarball);
    say(
      `${name}: packed (${tarball.split("/").pop()}), no workspace: or catalog: ranges, publint and arethetypeswrong pass${esmOnly.length ? ` (${esmOnly.join(", ")}: ESM only, attw's esm-only profile)` : ""}`,
    );
  }
  return tarballs;
}

/**
 * The entries whose every JavaScript target is an ES module (`.mjs`, or `.js` in a `"type": "module"`
 * package), none CommonJS: an ESM-only entry such as the mock's browser build (`./browser`, one ES module
 * for browsers and bundlers). arethetypeswrong checks them with its esm-only profile, which leaves out
 * what they do not offer (a CommonJS build; Node 20.19+ can still require() them); every other entry
 * keeps the default profile.
 */
function esmOnlyEntries(manifest: Record<string, unknown>): string[] {
  const exports = manifest.exports;
  if (!exports || typeof exports !== "object") return [];
  const targets = (node: unknown, condition: string): string[] =>
    typeof node === "string"
      ? condition === "types"
        ? []
        : [node]
      : node && typeof node === "object"
        ? Object.entries(node).flatMap(([key, value]) => targets(value, key))
        : [];
  const esm = (file: string) => file.endsWith(".mjs") || (file.endsWith(".js") && manifest.type === "module");
  return Object.entries(exports as Record<string, unknown>)
    .filter(([, target]) => {
      const scripts = targets(target, "").filter((file) => /\.[cm]?js$/.test(file));
      return scripts.length > 0 && scripts.every(esm);
    })
    .map(([entry]) => entry);
}

function spawnSyncText(command: string, args: string[]): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(command, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { status: e.status ?? 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

/** Starts `npx copilot-spaces-mock --port 0` in the scratch project; resolves to its URL and a stop. */
function startMock(project: string): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn("npx", ["--no-install", "copilot-spaces-mock", "--port", "0"], {
      cwd: project,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stop = () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    };
    // About 2 s when idle; a busy machine can take several times that.
    const timer = setTimeout(() => {
      stop();
      reject(new Error("npx copilot-spaces-mock --port 0 did not say it was ready within 60 s"));
    }, 60_000);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = / ready at (http:\/\/\S+) /.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolveStart({ url, stop });
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npx copilot-spaces-mock exited (${code}) before it was ready:\n${output}`));
    });
  });
}

async function install(tarballs: Map<string, string>): Promise<void> {
  const project = releaseProject;
  mkdirSync(project, { recursive: true });
  writeFileSync(resolve(project, "package.json"), JSON.stringify({ name: "release-check", private: true }));
  // msw and vitest too, at the versions the workspace tests, for the mock's ./msw door and ./vitest
  // matchers (optional peer dependencies): one install that the mock's package tests share.
  const peers = ["msw", "vitest"].map((name) => `${name}@${readManifest(`packages/mock-server/node_modules/${name}`).version}`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...tarballs.values(), ...peers], project);
  say(`all ${tarballs.size} tarballs installed with plain npm install into an empty project (${project}, reused by the package tests)`);
  // msw 3 needs Node 22: its own scratch folder, with a Node 22 binary from npm (./msw3-check.ts).
  say(describeMsw3(checkMsw3([...tarballs.values()])));

  const mock = await startMock(project);
  try {
    const call = (load: string) => `${load}
const github = lib.createCopilotSpacesClient({ token: "t", baseUrl: process.argv[2], retry: false });
github.copilotSpaces.listForOrg({ org: "octo-org" }).then((page) => console.log(Object.keys(page).join(",")), (error) => { console.error(String(error)); process.exit(1); });
`;
    writeFileSync(resolve(project, "esm.mjs"), call('import * as lib from "@copilot-spaces/client";'));
    writeFileSync(resolve(project, "cjs.cjs"), call('const lib = require("@copilot-spaces/client");'));
    for (const file of ["esm.mjs", "cjs.cjs"]) {
      const out = run(process.execPath, [file, mock.url], project).trim();
      if (!out) fail(`${file}: the client got nothing from the mock`);
    }
    say(`npx copilot-spaces-mock --port 0 serves at ${mock.url}; the client talks to it from ESM and from CommonJS`);
  } finally {
    mock.stop();
  }
  writeFileSync(
    resolve(project, "spec.mjs"),
    `import bundle from "@copilot-spaces/openapi/openapi.json" with { type: "json" };
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const yaml = readFileSync(createRequire(import.meta.url).resolve("@copilot-spaces/openapi/openapi.yaml"), "utf8");
if (!bundle.openapi?.startsWith("3.1") || !yaml.startsWith("openapi:")) process.exit(1);
console.log(Object.keys(bundle.paths).length);
`,
  );
  run(process.execPath, ["spec.mjs"], project);
  say("the description's bundle is readable through @copilot-spaces/openapi's exports (JSON and YAML)");
  tryMcpServer(project);
}

/**
 * The MCP server as a user's host starts it: `npx copilot-spaces-mcp --version`, then `--mock` over
 * stdio with the SDK's client (the copy npm installed beside it), from ESM: initialize and tools/list,
 * one tool per operation of the description; and its library entry from ESM and CommonJS.
 */
function tryMcpServer(project: string): void {
  const { name, version } = readManifest("packages/mcp-server");
  const said = run("npx", ["--no-install", "copilot-spaces-mcp", "--version"], project).trim();
  if (said !== version) fail(`npx copilot-spaces-mcp --version printed "${said}", not ${name}'s ${version}`);
  writeFileSync(
    resolve(project, "mcp-stdio.mjs"),
    `import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
const transport = new StdioClientTransport({ command: "npx", args: ["--no-install", "copilot-spaces-mcp", "--mock"], stderr: "ignore" });
const client = new Client({ name: "release-check", version: "1.0.0" });
await client.connect(transport);
const { tools } = await client.listTools();
console.log(JSON.stringify({ server: client.getServerVersion(), tools: tools.map((tool) => tool.name) }));
await client.close();
`,
  );
  const listed = JSON.parse(run(process.execPath, ["mcp-stdio.mjs"], project)) as { server?: { version?: string }; tools: string[] };
  const operations = operationsOf(readBundle()).length;
  if (listed.server?.version !== version) fail(`the MCP server over stdio says version ${listed.server?.version}, not ${version}`);
  if (listed.tools.length !== operations || new Set(listed.tools).size !== operations)
    fail(`npx copilot-spaces-mcp --mock lists ${listed.tools.length} tools (${new Set(listed.tools).size} names), not one per operation (${operations})`);
  const library = (load: string) => `${load}
const server = mcp.createCopilotSpacesMcpServer({ client: github.createCopilotSpacesClient({ token: "t" }) });
if (typeof server.connect !== "function") process.exit(1);
console.log(mcp.toolEntries.length);
`;
  writeFileSync(
    resolve(project, "mcp-esm.mjs"),
    library('import * as mcp from "@copilot-spaces/mcp-server"; import * as github from "@copilot-spaces/client";'),
  );
  writeFileSync(
    resolve(project, "mcp-cjs.cjs"),
    library('const mcp = require("@copilot-spaces/mcp-server"); const github = require("@copilot-spaces/client");'),
  );
  for (const file of ["mcp-esm.mjs", "mcp-cjs.cjs"]) {
    const count = Number(run(process.execPath, [file], project).trim());
    if (count !== operations)
      fail(`${file}: @copilot-spaces/mcp-server's createCopilotSpacesMcpServer made a server, but it has ${count} tools, not ${operations}`);
  }
  say(
    `npx copilot-spaces-mcp --version says ${version}; --mock over stdio initializes and lists ${operations} tools (one per operation) for the SDK's client from ESM; createCopilotSpacesMcpServer resolves from ESM and CommonJS`,
  );
}

/** A changeset in a scratch copy, `pnpm version-packages` there: versions and changelogs move. */
function versionPackages(): void {
  const scratch = mkdtempSync(resolve(tmpdir(), "copilot-spaces-version-packages-"));
  try {
    versionPackagesIn(resolve(scratch, "repo"));
  } finally {
    if (!process.argv.includes("--keep")) rmSync(scratch, { recursive: true, force: true });
  }
}

function versionPackagesIn(copy: string): void {
  copyTrackedFiles(copy);
  const client = readManifest("packages/client");
  writeFileSync(resolve(copy, ".changeset/release-check.md"), `---\n"${client.name}": minor\n---\n\nA change the release check makes up.\n`);
  run("pnpm", ["install", "--frozen-lockfile", "--offline", "--reporter=silent"], copy);
  run("pnpm", ["version-packages"], copy);
  const after = readManifest(resolve(copy, "packages/client"));
  const [major, minor] = client.version.split(".").map(Number) as [number, number];
  const expected = `${major}.${minor + 1}.0`;
  if (after.version !== expected) fail(`version-packages made ${client.name} ${after.version}, not ${expected}`);
  const changelog = readFileSync(resolve(copy, "packages/client/CHANGELOG.md"), "utf8");
  if (!changelog.includes(`## ${expected}`) || !changelog.includes("A change the release check makes up."))
    fail(`the client's CHANGELOG.md has no ${expected} entry`);
  // The API's changelog has the description's new version, and the baseline moved with it.
  const specVersion = readManifest(resolve(copy, "spec")).version;
  if (!readFileSync(resolve(copy, "spec/CHANGES.md"), "utf8").includes(`## ${specVersion}`))
    fail(`spec/CHANGES.md has no ${specVersion} section after version-packages`);
  // After the release, the description and the client's types are the new baselines: the gate is clean.
  const gated = run("pnpm", ["spec:gate"], copy);
  if (!/as last released/.test(gated)) fail(`after version-packages, spec:gate still sees changes:\n${gated}`);
  // The client built there sends its new version: its User-Agent is made from the VERSION it exports
  // (the client's suite checks that, and runs in the repository itself; nothing else moves with a bump).
  run("pnpm", ["exec", "turbo", "run", "build", "--filter", client.name], copy);
  const built = run(
    process.execPath,
    ["--input-type=module", "-e", 'console.log((await import("./dist/index.js")).VERSION)'],
    resolve(copy, "packages/client"),
  );
  if (built.trim() !== expected) fail(`the client built after the bump says VERSION ${built.trim()}, not ${expected}`);
  say(
    `a changeset and pnpm version-packages in a copy: ${client.name} ${client.version} → ${expected}, its CHANGELOG.md, spec/CHANGES.md, the baselines (spec:gate is clean after it) and the built client's VERSION follow`,
  );
}

async function main(): Promise<void> {
  const only = process.argv.includes("--packages") ? "packages" : process.argv.includes("--versions") ? "versions" : undefined;
  if (only !== "versions") {
    rmSync(releaseCheckDir, { recursive: true, force: true });
    const tarballs = resolve(releaseCheckDir, "tarballs");
    mkdirSync(tarballs, { recursive: true });
    await install(pack(tarballs));
  }
  if (only !== "packages") versionPackages();
}

main().catch((error: unknown) => {
  console.error(`release:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
