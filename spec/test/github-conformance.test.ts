// The description against GitHub's own (the extract of @octokit/openapi in tools/github/), over every
// operation: what differs must be explained in spec/github-differences.yaml, one line each; and the
// check is shown to name a status code or an enum value taken away from an operation.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { operationsOf, resolvePointer } from "@copilot-spaces/tools/bundle-model";
import { extractPath, PIN } from "@copilot-spaces/tools/extract-github-description";
import { checkGitHubConformance } from "@copilot-spaces/tools/github-conformance";
import { readBundle } from "@copilot-spaces/tools/paths";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const bundle = readBundle();
const github = JSON.parse(readFileSync(extractPath, "utf8")) as { "x-extracted-from": string; paths: Record<string, unknown> };
const differences = parse(readFileSync(resolve(import.meta.dirname, "../github-differences.yaml"), "utf8")) as { match: string; why: string }[];
const explained = (problem: string) => differences.some((d) => new RegExp(d.match).test(problem));

type Node = Record<string, any>;
/** The node at a pointer, `$ref`s followed, in `document` itself (so that an edit reaches it). */
const nodeAt = (document: Node, pointer: string): Node => {
  let node = resolvePointer(document, `#${pointer}`) as Node;
  while (typeof node.$ref === "string") node = resolvePointer(document, node.$ref) as Node;
  return node;
};
const changed = (edit: (copy: Node) => void) => {
  const copy = structuredClone(bundle) as Node;
  edit(copy);
  return copy;
};

describe("GitHub's own description", () => {
  it(`is the extract of ${PIN.name}@${PIN.version}, and ours has every operation of it`, () => {
    expect(github["x-extracted-from"]).toContain(`${PIN.name}@${PIN.version}`);
    const ours = operationsOf(bundle).map((o) => o.operationId);
    const theirs = operationsOf(github).map((o) => o.operationId);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((id) => !ours.includes(id))).toEqual([]);
  });

  it("differs from ours only where spec/github-differences.yaml says why", () => {
    const problems = checkGitHubConformance(bundle, github);
    expect(problems.filter((p) => !explained(p))).toEqual([]);
    for (const d of differences) {
      expect(d.why, d.match).toMatch(/\S/);
      expect(
        problems.some((p) => new RegExp(d.match).test(p)),
        `no difference left for: ${d.match}`,
      ).toBe(true);
    }
  });
});

describe("the check names what an operation loses", () => {
  // Operations the reference page does not have, and GitHub's description does: it is their only
  // source. (An operation declared in spec/github-differences.yaml may be in neither.)
  const theirs = new Set(operationsOf(github).map((o) => o.operationId));
  const added = operationsOf(bundle).filter((o) => o.seedAddition && theirs.has(o.operationId));

  it("a status code taken away", () => {
    const op = added.find((o) => o.responses.some((r) => r.status === 404))!;
    const problems = checkGitHubConformance(
      changed((b) => delete (resolvePointer(b, `#${op.at}`) as Node).responses["404"]),
      github,
    );
    expect(problems).toContain(`${op.operationId}: status 404 is GitHub's only.`);
  });

  it("an enum value taken away from a path parameter", () => {
    const withEnum = (p: (typeof added)[number]["parameters"][number]) => p.in === "path" && Array.isArray(p.schema.enum);
    const op = added.find((o) => o.parameters.some(withEnum))!;
    const parameter = op.parameters.find(withEnum)!;
    const values = parameter.schema.enum as string[];
    const problems = checkGitHubConformance(
      changed((b) => ((resolvePointer(b, `#${parameter.at}`) as Node).schema.enum = values.slice(0, -1))),
      github,
    );
    expect(problems).toContain(
      `${op.operationId}: path parameter ${parameter.name} has enum ${values.slice(0, -1).sort().join("|")} in ours, ${[...values].sort().join("|")} in GitHub's.`,
    );
  });

  /** The first schema node under `pointer` (in `document`) that passes `test`, through `$ref`s, parts, items and properties. */
  function firstNode(document: Node, pointer: string, test: (node: Node) => boolean): Node {
    const seen = new Set<Node>();
    const visit = (node: Node | undefined): Node | undefined => {
      while (node && typeof node.$ref === "string") node = resolvePointer(document, node.$ref) as Node;
      if (!node || typeof node !== "object" || seen.has(node)) return undefined;
      seen.add(node);
      if (test(node)) return node;
      const children = [
        ...((node.allOf ?? []) as Node[]),
        ...((node.anyOf ?? []) as Node[]),
        ...(node.items ? [node.items as Node] : []),
        ...Object.values((node.properties ?? {}) as Node),
      ];
      for (const child of children) {
        const found = visit(child as Node);
        if (found) return found;
      }
      return undefined;
    };
    return visit(resolvePointer(document, `#${pointer}`) as Node)!;
  }

  it("enum values taken away from a response", () => {
    const op = added.find(
      (o) => o.success.schemaPointer && firstNode(bundle as Node, o.success.schemaPointer, (n) => Array.isArray(n.enum) && n.enum.length > 1),
    )!;
    const problems = checkGitHubConformance(
      changed((b) => {
        // Every enum the answer reaches keeps its first value only.
        firstNode(b, op.success.schemaPointer!, (n) => {
          if (Array.isArray(n.enum)) n.enum = n.enum.slice(0, 1);
          return false;
        });
      }),
      github,
    );
    expect(problems.some((p) => p.startsWith(`${op.operationId}: the ${op.success.status} body`) && p.includes("lacks the enum value"))).toBe(true);
  });

  it("a type changed in a response", () => {
    const op = added.find((o) => o.success.schemaPointer && firstNode(bundle as Node, o.success.schemaPointer, (n) => n.type === "integer"))!;
    const problems = checkGitHubConformance(
      changed((b) => (firstNode(b, op.success.schemaPointer!, (n) => n.type === "integer").type = "string")),
      github,
    );
    expect(
      problems.some((p) => p.startsWith(`${op.operationId}: the ${op.success.status} body`) && p.includes("has type string in ours, integer in GitHub's")),
    ).toBe(true);
  });

  it("an enum value taken away from a request field", () => {
    const enumField = (o: (typeof added)[number]) =>
      o.requestBody
        ? Object.entries((nodeAt(bundle as Node, o.requestBody.schemaPointer).properties ?? {}) as Node).find(([, p]) => Array.isArray((p as Node).enum))?.[0]
        : undefined;
    const op = added.find((o) => enumField(o))!;
    const field = enumField(op)!;
    const problems = checkGitHubConformance(
      changed((b) => {
        const property = nodeAt(b, op.requestBody!.schemaPointer).properties[field];
        property.enum = property.enum.slice(1);
      }),
      github,
    );
    expect(problems.some((p) => p.startsWith(`${op.operationId}: request field ${field} has enum`))).toBe(true);
  });
});

describe("the check names what ours adds without a declaration", () => {
  // A status GitHub's description lacks (a rate limit, a 304, a server error) passes only with its x-seed-addition.
  const mine = operationsOf(bundle);
  const theirs = operationsOf(github);
  // Among the operations GitHub's description has too (one added on our side alone has nothing to compare).
  const oursOnly = (o: (typeof mine)[number]) => {
    const their = theirs.find((g) => g.operationId === o.operationId);
    return their ? o.responses.filter((r) => r.seedAddition && !their.responses.some((g) => g.status === r.status)) : [];
  };
  const op = mine.find((o) => oursOnly(o).length > 0)!;
  const extra = oursOnly(op)[0]!;

  it("a declared status of ours only passes; the same status undeclared is named", () => {
    expect(checkGitHubConformance(bundle, github).filter((p) => p.startsWith(`${op.operationId}: status ${extra.status} `))).toEqual([]);
    const problems = checkGitHubConformance(
      changed((b) => {
        const responses = (resolvePointer(b, `#${op.at}`) as Node).responses;
        let response = responses[String(extra.status)] as Node;
        while (typeof response.$ref === "string") response = resolvePointer(b, response.$ref) as Node;
        const { "x-seed-addition": _declared, ...undeclared } = response;
        responses[String(extra.status)] = undeclared;
      }),
      github,
    );
    expect(problems).toContain(`${op.operationId}: status ${extra.status} is ours only, and not declared with x-seed-addition.`);
  });
});
