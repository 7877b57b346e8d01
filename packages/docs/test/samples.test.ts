// Every TypeScript code sample of the built page compiles against @copilot-spaces/client, so a sample
// that no longer fits the client fails the build.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { bundleModel } from "@copilot-spaces/tools/bundle-model";
import { afterAll, describe, expect, it } from "vitest";

const docsDir = resolve(import.meta.dirname, "..");
const bundle = JSON.parse(readFileSync(resolve(docsDir, "dist/openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string; "x-codeSamples"?: { lang: string; label: string; source: string }[] }>>;
};
const model = bundleModel(bundle);
const operations = Object.values(bundle.paths).flatMap((item) => Object.values(item).filter((op) => typeof op === "object" && op.operationId));
// Inside the package, so that "@copilot-spaces/client" resolves as it does for a user of the workspace.
const scratch = mkdtempSync(resolve(docsDir, ".samples-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("code samples", () => {
  it("every operation has curl, JavaScript (Octokit), GitHub CLI and TypeScript samples, in GitHub's order", () => {
    expect(operations).toHaveLength(model.operations.length);
    for (const op of operations) {
      expect(
        op["x-codeSamples"]?.map((s) => s.label),
        op.operationId,
      ).toEqual(["curl", "JavaScript", "GitHub CLI", "TypeScript"]);
    }
  });

  it("every curl sample is written as on GitHub's reference page", () => {
    for (const op of model.operations) {
      const curl = bundle.paths[op.path]![op.method]!["x-codeSamples"]![0]!.source;
      const version = op.parameters.find((p) => /^x-github-api-version$/i.test(p.name))!.schema.default;
      const url = `${model.servers[0]}${op.path.replace(/\{([^}]+)\}/g, (_, name: string) => name.toUpperCase())}`;
      expect(curl, op.operationId).toMatch(/^curl -L \\\n/);
      expect(curl).toContain('-H "Accept: application/vnd.github+json"');
      expect(curl).toContain('-H "Authorization: Bearer <YOUR-TOKEN>"');
      expect(curl).toContain(`-H "X-GitHub-Api-Version: ${String(version)}"`);
      expect(curl).toContain(`  ${url}`);
      if (op.method !== "get") expect(curl).toContain(`-X ${op.method.toUpperCase()}`);
    }
  });

  it("every Octokit and gh api sample is written as on GitHub's reference pages", () => {
    for (const op of model.operations) {
      const samples = bundle.paths[op.path]![op.method]!["x-codeSamples"]!;
      const version = String(op.parameters.find((p) => /^x-github-api-version$/i.test(p.name))!.schema.default);
      const octokit = samples.find((s) => s.label === "JavaScript")!.source;
      expect(octokit, op.operationId).toMatch(/^\/\/ Octokit\.js\n\/\/ https:\/\/github\.com\/octokit\/core\.js#readme\n/);
      expect(octokit).toContain("const octokit = new Octokit({\n  auth: 'YOUR-TOKEN'\n})");
      expect(octokit).toContain(`await octokit.request('${op.method.toUpperCase()} ${op.path}', {\n`);
      expect(octokit).toContain(`  headers: {\n    'X-GitHub-Api-Version': '${version}'\n  }\n})`);
      const gh = samples.find((s) => s.label === "GitHub CLI")!.source;
      expect(gh, op.operationId).toMatch(/^# GitHub CLI api\n# https:\/\/cli\.github\.com\/manual\/gh_api\n\ngh api \\\n/);
      expect(gh.includes("--method"), `${op.operationId}: --method only when not GET`).toBe(op.method !== "get");
      if (op.method !== "get") expect(gh).toContain(`  --method ${op.method.toUpperCase()} \\\n`);
      expect(gh).toContain('  -H "Accept: application/vnd.github+json" \\\n');
      expect(gh).toContain(`  -H "X-GitHub-Api-Version: ${version}" \\\n`);
      expect(gh).toContain(`  ${op.path.replace(/\{([^}]+)\}/g, (_, name: string) => name.toUpperCase())}`);
      expect(gh).not.toContain("Authorization");
    }
  });

  it("every TypeScript sample type-checks against the client with tsc (strict, NodeNext)", async () => {
    const files = operations.map((op) => {
      const file = resolve(scratch, `${op.operationId!.replace(/\W+/g, "-")}.mts`);
      writeFileSync(file, op["x-codeSamples"]!.find((s) => s.lang === "TypeScript")!.source);
      return file;
    });
    writeFileSync(
      resolve(scratch, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          strict: true,
          noEmit: true,
          types: ["node"],
          lib: ["ES2022", "DOM"],
          skipLibCheck: true,
        },
        files,
      }),
    );
    const tsc = resolve(docsDir, "node_modules/.bin/tsc");
    const result = await promisify(execFile)(tsc, ["-p", scratch]).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe("");
  });
});
