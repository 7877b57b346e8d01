// The forge's workflows cannot run here: they are checked instead. Each passes the workflow linter
// (action-validator, against GitHub's workflow schema), every script and file they run exists, and
// each has the permissions its job needs and no more.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { repoRoot } from "../src/model/paths.ts";

const dir = resolve(repoRoot, ".github/workflows");
const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));
const validator = resolve(repoRoot, "node_modules/.bin/action-validator");
const validate = (path: string) => spawnSync(validator, [path], { encoding: "utf8" });

type Workflow = {
  permissions?: Record<string, string>;
  jobs: Record<string, { container?: string; steps: { run?: string; with?: Record<string, string> }[] }>;
};
const workflow = (file: string) => parse(readFileSync(resolve(dir, file), "utf8")) as Workflow;
const rootScripts = (JSON.parse(readFileSync(resolve(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** The commands a workflow runs: `run:` steps and the changesets action's `version` and `publish`. */
const commands = (wf: Workflow) =>
  Object.values(wf.jobs).flatMap((job) =>
    job.steps.flatMap((step) => [step.run, step.with?.version, step.with?.publish].filter((c): c is string => typeof c === "string")),
  );

describe("the workflows", () => {
  it("are ci, release and pages", () => {
    expect(files.sort()).toEqual(["ci.yml", "pages.yml", "release.yml"]);
  });

  it.each(files)("%s passes the workflow linter", (file) => {
    const result = validate(resolve(dir, file));
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });

  it("the linter fails a broken workflow (shown on a copy without `runs-on`)", () => {
    const scratch = mkdtempSync(resolve(tmpdir(), "workflow-"));
    try {
      const broken = workflow("ci.yml") as unknown as { jobs: Record<string, Record<string, unknown>> };
      for (const job of Object.values(broken.jobs)) delete job["runs-on"];
      writeFileSync(resolve(scratch, "ci.yml"), stringify(broken));
      expect(validate(resolve(scratch, "ci.yml")).status).not.toBe(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it.each(files)("%s runs only scripts and files that exist", (file) => {
    for (const command of commands(workflow(file))) {
      for (const [, script] of command.matchAll(/\bpnpm (?:run )?([a-z][\w:-]*)/g)) {
        if (["install", "exec", "store"].includes(script!)) continue;
        expect(rootScripts, `${file}: pnpm ${script}`).toHaveProperty([script!]);
      }
      for (const [, path] of command.matchAll(/\bbash ([\w./-]+)/g)) expect(existsSync(resolve(repoRoot, path!)), `${file}: bash ${path}`).toBe(true);
    }
  });

  it("run in Node 20's Debian image, where the bootstrap installs as root", () => {
    for (const file of files) {
      for (const [name, job] of Object.entries(workflow(file).jobs)) {
        if (job.steps.some((s) => s.run)) expect(job.container, `${file} ${name}`).toBe("node:20-bookworm");
      }
    }
  });

  it("ask for the permissions their jobs need", () => {
    expect(workflow("ci.yml").permissions).toEqual({ contents: "read" });
    expect(workflow("release.yml").permissions).toEqual({ contents: "write", "pull-requests": "write", "id-token": "write" });
    expect(workflow("pages.yml").permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
  });
});
