// The assertions as users get them: in the release project (the packed client, mock and description,
// with vitest, installed with plain npm by `pnpm release:check`; see package.test.ts), a tiny app creates
// a Space with the client against `mock.fetch`, and its vitest tests assert on what the mock received.
// The operation is the description's create for an organization, found in the bundle.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { methodName } from "@copilot-spaces/tools/generate-client";
import { readBundle } from "@copilot-spaces/tools/paths";
import { requireReleaseProject } from "@copilot-spaces/tools/release";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");
const create = operationsOf(readBundle()).find((o) => o.method === "post" && o.path === "/orgs/{org}/copilot-spaces")!;
const { namespace, method } = methodName(create.operationId);
const id = JSON.stringify(create.operationId);

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(resolve(requireReleaseProject(), "assert-suite-"));
  const write = (file: string, text: string) => writeFileSync(resolve(scratch, file), text);
  write(
    "app.mts",
    `import { createCopilotSpacesClient } from "@copilot-spaces/client";
/** The app under test: creates a Space for an organization. */
export async function createSpace(fetch: typeof globalThis.fetch, org: string, name: string): Promise<number> {
  const github = createCopilotSpacesClient({ token: "ghp_appTokenNeverInAnyMessage00000000000", baseUrl: "https://api.github.com", fetch });
  return (await github.${namespace}.${method}({ org, name })).number;
}
`,
  );
  const test = (body: string) => `import { createMock } from "@copilot-spaces/mock-server";
import "@copilot-spaces/mock-server/vitest";
import { expect, it } from "vitest";
import { createSpace } from "./app.mjs";

it("creates the Space", async () => {
  const mock = await createMock();
  try {
    await createSpace(mock.fetch, "acme", "Roadmap");
${body}
  } finally {
    await mock.close();
  }
});
`;
  write(
    "passes.test.mts",
    test(
      `    expect(mock).toHaveReceived(${id}, { body: { name: "Roadmap" }, pathParams: { org: "acme" } });\n    expect(mock).toHaveReceivedTimes(${id}, 1);\n    expect(mock).not.toHaveReceived(${id}, { body: { name: "Other" } });`,
    ),
  );
  write("fails.test.mts", test(`    expect(mock).toHaveReceived(${id}, { body: { name: "Roadmaps" } });`));
  write(
    "misspelt.mts",
    `import { createMock } from "@copilot-spaces/mock-server";\nimport "@copilot-spaces/mock-server/vitest";\nimport { expect } from "vitest";\n\nexpect(await createMock()).toHaveReceived(${JSON.stringify(`${create.operationId}s`)});\n`,
  );
  write(
    "tsconfig.json",
    JSON.stringify({
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        lib: ["ES2022", "DOM"],
      },
      include: ["*.mts"],
    }),
  );
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("installed with npm from the packed tarballs, with vitest", () => {
  it("an app's test passes with toHaveReceived on its call, and fails listing what was received instead", async () => {
    const outcome = await run("npx", ["--no-install", "vitest", "run", "--reporter=json", "--outputFile=report.json"], { cwd: scratch }).then(
      () => 0,
      (error: { code: number }) => error.code,
    );
    expect(outcome).toBe(1); // fails.test.mts fails, as it must
    const report = (await import(resolve(scratch, "report.json"), { with: { type: "json" } })).default as {
      testResults: { name: string; status: string; assertionResults: { failureMessages: string[] }[] }[];
    };
    const byFile = Object.fromEntries(report.testResults.map((r) => [r.name.split("/").pop(), r]));
    expect(byFile["passes.test.mts"]!.status).toBe("passed");
    expect(byFile["fails.test.mts"]!.status).toBe("failed");
    const message = byFile["fails.test.mts"]!.assertionResults[0]!.failureMessages.join("\n");
    expect(message).toContain(
      `expected the mock to have received ${create.operationId} with body {"name":"Roadmaps"}, but none of the 1 requests it received matches`,
    );
    expect(message).toMatch(
      /#\d+ POST \/orgs\/acme\/copilot-spaces → 201 [\s\S]*body: \{"name":"Roadmap"\}[\s\S]*body\.name: expected "Roadmaps", received "Roadmap"/,
    );
    expect(message).not.toContain("ghp_appToken");
  });

  it("from CommonJS: ./assert throws node:assert's AssertionError, ./vitest gives the matchers for expect.extend", async () => {
    const script = `const { createMock } = require("@copilot-spaces/mock-server");
const { assertReceived, assertNotReceived } = require("@copilot-spaces/mock-server/assert");
const { matchers } = require("@copilot-spaces/mock-server/vitest");
(async () => {
  const mock = await createMock();
  await mock.fetch("http://mock.test/orgs/acme/copilot-spaces", { method: "POST", headers: { authorization: "Bearer t" }, body: JSON.stringify({ name: "Roadmap" }) });
  assertReceived(mock, ${id}, { body: { name: "Roadmap" } });
  let thrown;
  try { assertNotReceived(mock, ${id}); } catch (error) { thrown = error; }
  console.log(JSON.stringify([thrown instanceof require("node:assert").AssertionError, Object.keys(matchers), matchers.toHaveReceived.call({ isNot: false }, mock, ${id}).pass]));
  await mock.close();
})();`;
    const { stdout } = await run(process.execPath, ["-e", script], { cwd: scratch });
    expect(JSON.parse(stdout)).toEqual([true, ["toHaveReceived", "toHaveReceivedTimes"], true]);
  });

  it("tsc --noEmit passes on the app and its tests, and fails on the misspelt operationId alone", async () => {
    const failure = await run(resolve(packageDir, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: scratch }).then(
      () => undefined,
      (error: { stdout: string }) => error.stdout,
    );
    expect(failure?.trim().split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^misspelt\\.mts\\(5,\\d+\\): error TS2345: Argument of type '"${create.operationId}s"'`)),
    ]);
  });
});
