// The package as users get it: the packed tarball, installed with npm into a scratch project outside
// the workspace, then used from ESM, from CJS and from TypeScript.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");
const bin = (name: string) => resolve(packageDir, "node_modules/.bin", name);
let scratch: string;
let tarball: string;
/** The version package.json says, which the User-Agent must send (changesets bumps it; the build writes src/version.ts from it). */
const VERSION = (JSON.parse(readFileSync(resolve(packageDir, "package.json"), "utf8")) as { version: string }).version;

beforeAll(async () => {
  scratch = mkdtempSync(resolve(tmpdir(), "copilot-spaces-client-install-"));
  const { stdout } = await run("pnpm", ["pack", "--pack-destination", scratch], { cwd: packageDir });
  tarball =
    stdout
      .trim()
      .split("\n")
      .filter((line) => line.endsWith(".tgz"))
      .at(-1) ?? "";
  writeFileSync(resolve(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball], { cwd: scratch });
}, 180_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Each script starts a loopback server, calls it through the installed client and prints what it got.
const script = (load: string) => `${load}
const server = http.createServer((req, res) => {
  res.writeHead(req.url.endsWith("/404") ? 404 : 200, { "content-type": "application/json" });
  res.end(JSON.stringify(req.url.endsWith("/404") ? { message: "Not Found", documentation_url: "https://docs.github.com/rest" } : { id: 84, ua: req.headers["user-agent"] }));
});
server.listen(0, "127.0.0.1", async () => {
  const client = lib.createCopilotSpacesClient({ token: "t", baseUrl: "http://127.0.0.1:" + server.address().port });
  const space = await client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 });
  let notFound = false;
  try { await client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 404 }); } catch (e) { notFound = e instanceof lib.NotFoundError; }
  console.log(JSON.stringify({ space, notFound }));
  server.close();
});
`;

describe("the packed package", () => {
  it("ships dist and the README, and depends on openapi-fetch alone", () => {
    const manifest = JSON.parse(readFileSync(resolve(scratch, "node_modules/@copilot-spaces/client/package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(["openapi-fetch"]);
    expect(manifest.dependencies["openapi-fetch"]).toMatch(/^\d/);
    expect(manifest.sideEffects).toBe(false);
    expect(readFileSync(resolve(scratch, "node_modules/@copilot-spaces/client/README.md"), "utf8")).toMatch(/^# @copilot-spaces\/client/);
  });

  it.each([
    ["ESM", "esm.mjs", 'import * as lib from "@copilot-spaces/client"; import * as http from "node:http";'],
    ["CJS", "cjs.cjs", 'const lib = require("@copilot-spaces/client"); const http = require("node:http");'],
  ])("works from %s", async (_kind, file, load) => {
    writeFileSync(resolve(scratch, file), script(load));
    const { stdout } = await run(process.execPath, [file], { cwd: scratch });
    expect(JSON.parse(stdout)).toEqual({ space: { id: 84, ua: `copilot-spaces-client/${VERSION}` }, notFound: true });
  });

  it("type-checks a TypeScript user of it with tsc --noEmit (NodeNext, strict)", async () => {
    writeFileSync(
      resolve(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, types: [], lib: ["ES2022", "DOM"] },
        files: ["use.mts"],
      }),
    );
    writeFileSync(
      resolve(scratch, "use.mts"),
      `import { createCopilotSpacesClient, NotFoundError, type CopilotSpace, type CopilotSpaceSummary } from "@copilot-spaces/client";
const client = createCopilotSpacesClient({ token: async () => "t" });
const space: CopilotSpace = await client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 });
const all: CopilotSpaceSummary[] = await client.paginate.all(client.copilotSpaces.listForUser, { username: "octocat" });
// @ts-expect-error user spaces have no admin base role
await client.copilotSpaces.createForUser({ username: "octocat", name: "x", base_role: "admin" });
export { space, all, NotFoundError };
`,
    );
    await expect(run(bin("tsc"), ["-p", scratch])).resolves.toBeDefined();
  });

  it("passes publint --strict and arethetypeswrong", async () => {
    const publint = await run(bin("publint"), ["--strict", resolve(scratch, "node_modules/@copilot-spaces/client")]);
    expect(publint.stdout).toMatch(/All good!/);
    const attw = await run(bin("attw"), [tarball, "--format", "table-flipped"]).catch((error: { stdout: string }) => error);
    expect(attw.stdout).toMatch(/No problems found/);
  });
});
