// The package as users get it: the packed tarball, installed with plain npm by `pnpm release:check`
// (whose release:packages part turbo runs before this suite; it also runs publint and arethetypeswrong), then used from
// ESM, from CJS and from TypeScript, in a folder of this suite's own inside that project.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { requireReleaseProject } from "@copilot-spaces/tools/release";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");
const bin = (name: string) => resolve(packageDir, "node_modules/.bin", name);
/** This suite's folder inside the release project; the installed packages are the project's. */
let scratch: string;
let project: string;
const installed = (path: string) => resolve(project, "node_modules", path);
/** The version package.json says, which the User-Agent must send (changesets bumps it; the build writes src/version.ts from it). */
const VERSION = (JSON.parse(readFileSync(resolve(packageDir, "package.json"), "utf8")) as { version: string }).version;

beforeAll(() => {
  project = requireReleaseProject();
  scratch = mkdtempSync(resolve(project, "client-suite-"));
});
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
    const manifest = JSON.parse(readFileSync(installed("@copilot-spaces/client/package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(["openapi-fetch"]);
    expect(manifest.dependencies["openapi-fetch"]).toMatch(/^\d/);
    expect(manifest.sideEffects).toBe(false);
    expect(readFileSync(installed("@copilot-spaces/client/README.md"), "utf8")).toMatch(/^# @copilot-spaces\/client/);
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
});
