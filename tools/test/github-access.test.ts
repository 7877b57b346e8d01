// The GitHub check on who may call an operation: x-access against GitHub's x-github.enabledForGitHubApps
// and against the scope sentence of GitHub's description. "Ours" is GitHub's own extract
// (tools/github/copilot-spaces.json) with an x-access that says what GitHub's description says; each
// case expects what the check names beyond what it names for that copy unchanged.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operationsOf } from "../src/model/bundle-model.ts";
import { scopeParagraph } from "../src/check/seed-access.ts";
import { checkGitHubConformance } from "../src/check/github-conformance.ts";
import { extractPath } from "../src/generate/extract-github-description.ts";

type Node = Record<string, any>;
const github = JSON.parse(readFileSync(extractPath, "utf8")) as Node;
const APPS = ["github-app-installation", "github-app-user"];
const enabled = (op: Node) => op["x-github"].enabledForGitHubApps as boolean;

/** Each operation of `document` (GitHub's extract or a copy), with its path and method. */
const each = (document: Node) =>
  Object.entries(document.paths as Node).flatMap(([path, item]) => Object.entries(item as Node).map(([method, op]) => ({ path, method, op: op as Node })));

function ours(edit: (copy: Node) => void = () => {}): Node {
  const copy = structuredClone(github);
  copy["x-github-permissions"] = { organization_copilot_spaces: { title: "Copilot Spaces", kind: "organization" } };
  for (const { op } of each(copy)) {
    op["x-access"] = {
      "token-kinds": ["classic-pat", "oauth-app", "fine-grained-pat", ...(enabled(op) ? APPS : [])],
      scopes: scopeParagraph(op.description)!.scopes,
      permissions: { organization_copilot_spaces: "read" },
    };
  }
  edit(copy);
  return copy;
}
const byId = (document: Node, id: string) => each(document).find(({ op }) => op.operationId === id)!.op;
// The extract against itself is not free of differences: the check pairs the scalar alternatives of
// a 422 error's `value` by shared properties, which scalars have none of. They are left as they are.
const baseline = checkGitHubConformance(ours(), github);
const added = (problems: string[]) => problems.filter((problem) => !baseline.includes(problem));
const allowed = each(github).find(({ op }) => enabled(op))!.op.operationId as string;
const refused = each(github).find(({ op }) => !enabled(op))!.op.operationId as string;

describe("GitHub's sentences", () => {
  it("state the scopes of every operation, each read", () => {
    const read = each(github).map(({ op }) => scopeParagraph(op.description));
    expect(read.every((paragraph) => paragraph?.scopes)).toBe(true);
    expect(new Set(read.map((paragraph) => paragraph!.scopes!.join(" and ")))).toEqual(
      new Set(["read:org", "read:org and repo", "write:org", "read:user", "repo", "user", "write:user"]),
    );
  });
});

describe("the GitHub check against x-access", () => {
  it("finds nothing when x-access says what GitHub's description says", () => {
    expect(operationsOf(ours()).every((o) => o.access)).toBe(true);
    expect(baseline.filter((problem) => /x-access|GitHub App|scope/.test(problem))).toEqual([]);
  });

  it("names an operation whose x-access lets GitHub Apps in where GitHub's says they cannot", () => {
    const problems = checkGitHubConformance(
      ours((b) => byId(b, refused)["x-access"]["token-kinds"].push(...APPS)),
      github,
    );
    expect(added(problems)).toEqual([
      `${refused}: GitHub App tokens: x-access.token-kinds has ${APPS.join(", ")}, GitHub's x-github.enabledForGitHubApps is false.`,
    ]);
  });

  it("names an operation whose enabledForGitHubApps changed", () => {
    const changed = structuredClone(github);
    byId(changed, allowed)["x-github"].enabledForGitHubApps = false;
    expect(added(checkGitHubConformance(ours(), changed))).toEqual([
      `${allowed}: GitHub App tokens: x-access.token-kinds has ${APPS.join(", ")}, GitHub's x-github.enabledForGitHubApps is false.`,
    ]);
    byId(changed, refused)["x-github"].enabledForGitHubApps = true;
    expect(added(checkGitHubConformance(ours(), changed))).toContain(
      `${refused}: GitHub App tokens: x-access.token-kinds has none, GitHub's x-github.enabledForGitHubApps is true.`,
    );
  });

  it("names one GitHub App kind missing", () => {
    const problems = checkGitHubConformance(
      ours((b) => (byId(b, allowed)["x-access"]["token-kinds"] = ["classic-pat", "github-app-user"])),
      github,
    );
    expect(added(problems)).toEqual([
      `${allowed}: GitHub App tokens: x-access.token-kinds has github-app-user, GitHub's x-github.enabledForGitHubApps is true.`,
    ]);
  });

  it("names an operation whose scopes differ from GitHub's sentence", () => {
    const theirs = scopeParagraph(byId(github, refused).description)!.scopes!;
    const problems = checkGitHubConformance(
      ours((b) => (byId(b, refused)["x-access"].scopes = [...theirs, "admin:org"])),
      github,
    );
    expect(added(problems)).toEqual([
      `${refused}: x-access.scopes is ${[...theirs, "admin:org"].sort().join(", ")}, GitHub's description says ${theirs.join(", ")}.`,
    ]);
  });

  it("names a scope sentence of GitHub's it cannot read, and an operation without x-access", () => {
    const changed = structuredClone(github);
    const op = byId(changed, allowed);
    op.description = op.description.replace(/need the `([^`]+)` scope/, "need the `$1` or `repo` scope");
    const problems = checkGitHubConformance(ours(), changed);
    expect(added(problems)).toEqual([`${allowed}: the check does not read the scopes of GitHub's sentence "${scopeParagraph(op.description)!.sentence}".`]);
    expect(
      added(
        checkGitHubConformance(
          ours((b) => delete byId(b, refused)["x-access"]),
          github,
        ),
      ),
    ).toEqual([`${refused}: ours has no x-access, GitHub's x-github.enabledForGitHubApps is false.`]);
  });
});
