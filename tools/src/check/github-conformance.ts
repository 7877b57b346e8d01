// Compares the bundled description with GitHub's own (tools/github/copilot-spaces.json, the extract of
// @octokit/openapi): the same operations; for each, the same parameters (location, required, type,
// enum, bounds), the same required request fields and enums; responses of ours that require at least
// what GitHub's require and have at least their properties; the same status codes, less those ours
// declares as additions (x-seed-addition); who may call it (`x-access` against `x-github.enabledForGitHubApps`
// and the scope sentence of GitHub's description). GitHub's description is OpenAPI 3.0: `nullable`
// becomes a "null" type first. Returns the differences, one sentence each, `<operationId>: …`.
import { operationsOf, schemaRef, shape, walkPair, type ModelOperation, type PairWalk, type SchemaShape, type TokenKind } from "../model/bundle-model.ts";
import { scopeParagraph } from "./seed-access.ts";

const same = (a: unknown[] | undefined, b: unknown[] | undefined) =>
  JSON.stringify([...(a ?? [])].map(String).sort()) === JSON.stringify([...(b ?? [])].map(String).sort());
// GitHub's description (OpenAPI 3.0) lists `null` among the values of a nullable enum; its types say it.
const values = (s: SchemaShape) => s.enum?.filter((v) => v !== null);
const list = (items: unknown[] | undefined) => (items && items.length > 0 ? items.map(String).sort().join("|") : "none");

export function checkGitHubConformance(ours: unknown, github: unknown): string[] {
  const problems: string[] = [];
  const mine = operationsOf(ours as { paths?: unknown });
  const theirs = operationsOf(github as { paths?: unknown });
  for (const op of theirs) {
    if (!mine.some((o) => o.operationId === op.operationId))
      problems.push(`${op.operationId}: GitHub's description has ${op.method.toUpperCase()} ${op.path}; ours does not.`);
  }
  for (const op of mine) {
    const gh = theirs.find((o) => o.operationId === op.operationId);
    if (!gh) {
      problems.push(`${op.operationId}: ours has ${op.method.toUpperCase()} ${op.path}; GitHub's description does not.`);
      continue;
    }
    const say = (text: string) => problems.push(`${op.operationId}: ${text}`);
    if (gh.method !== op.method || gh.path !== op.path) say(`GitHub's is ${gh.method.toUpperCase()} ${gh.path}, ours ${op.method.toUpperCase()} ${op.path}.`);
    const scope = (o: ModelOperation) => /need the `([^`]+)` scope/.exec(String(o.operation.description ?? ""))?.[1];
    if (scope(gh) !== undefined && scope(op) !== scope(gh)) say(`its description names the ${scope(op) ?? "(no)"} scope, GitHub's the ${scope(gh)} scope.`);
    compareAccess(op, gh, say);
    compareParameters(op, gh, ours, github, say);
    compareRequest(op, gh, ours, github, say);
    compareResponses(op, gh, ours, github, say);
  }
  return problems;
}

// GitHub's `enabledForGitHubApps` speaks of GitHub Apps, that is of both their token kinds.
const APP_KINDS: readonly TokenKind[] = ["github-app-installation", "github-app-user"];

function compareAccess(op: ModelOperation, gh: ModelOperation, say: (text: string) => void): void {
  const enabled = (gh.operation["x-github"] as Record<string, unknown> | undefined)?.enabledForGitHubApps;
  if (!op.access) {
    if (typeof enabled === "boolean") say(`ours has no x-access, GitHub's x-github.enabledForGitHubApps is ${enabled}.`);
    return;
  }
  const apps = APP_KINDS.filter((kind) => op.access?.tokenKinds.includes(kind));
  if (typeof enabled === "boolean" && apps.length !== (enabled ? APP_KINDS.length : 0))
    say(`GitHub App tokens: x-access.token-kinds has ${apps.join(", ") || "none"}, GitHub's x-github.enabledForGitHubApps is ${enabled}.`);
  const theirs = scopeParagraph(String(gh.operation.description ?? ""));
  if (theirs && !theirs.scopes) say(`the check does not read the scopes of GitHub's sentence "${theirs.sentence}".`);
  const mine = [...op.access.scopes].sort().join(", ");
  if (theirs?.scopes && mine !== [...theirs.scopes].sort().join(", "))
    say(`x-access.scopes is ${mine || "none"}, GitHub's description says ${[...theirs.scopes].sort().join(", ")}.`);
}

function compareParameters(op: ModelOperation, gh: ModelOperation, ours: unknown, github: unknown, say: (text: string) => void): void {
  for (const p of gh.parameters) {
    const mine = op.parameters.find((m) => m.in === p.in && m.name.toLowerCase() === p.name.toLowerCase());
    if (!mine) {
      say(`${p.in} parameter ${p.name} is GitHub's only.`);
      continue;
    }
    const a = shape(ours, mine.schema);
    const b = shape(github, p.schema);
    if (mine.required !== p.required)
      say(`${p.in} parameter ${p.name} is ${mine.required ? "" : "not "}required in ours, ${p.required ? "" : "not "}required in GitHub's.`);
    if (!same(a.types, b.types)) say(`${p.in} parameter ${p.name} has type ${list(a.types)} in ours, ${list(b.types)} in GitHub's.`);
    if (!same(values(a), values(b))) say(`${p.in} parameter ${p.name} has enum ${list(values(a))} in ours, ${list(values(b))} in GitHub's.`);
    for (const bound of ["minimum", "maximum"] as const) {
      if (a[bound] !== b[bound])
        say(`${p.in} parameter ${p.name} has ${bound} ${String(a[bound] ?? "none")} in ours, ${String(b[bound] ?? "none")} in GitHub's.`);
    }
  }
  for (const p of op.parameters) {
    if (!gh.parameters.some((g) => g.in === p.in && g.name.toLowerCase() === p.name.toLowerCase())) say(`${p.in} parameter ${p.name} is ours only.`);
  }
}

function compareRequest(op: ModelOperation, gh: ModelOperation, ours: unknown, github: unknown, say: (text: string) => void): void {
  if (Boolean(op.requestBody) !== Boolean(gh.requestBody)) {
    say(`${op.requestBody ? "ours" : "GitHub's"} only takes a request body.`);
    return;
  }
  if (!op.requestBody || !gh.requestBody) return;
  if (op.requestBody.required !== gh.requestBody.required)
    say(`the request body is ${op.requestBody.required ? "" : "not "}required in ours, ${gh.requestBody.required ? "" : "not "}required in GitHub's.`);
  const where = (at: string) => at || "the request body";
  walkPair(
    {
      before: ours,
      after: github,
      maxDepth: 6,
      compare(x, y, at) {
        if (y.types.length > 0 && !same(x.types, y.types)) say(`${where(at)} has type ${list(x.types)} in ours, ${list(y.types)} in GitHub's.`);
        if (!same(x.required, y.required)) say(`${where(at)} requires ${list(x.required)} in ours, ${list(y.required)} in GitHub's.`);
        if (!same(values(x), values(y))) say(`${where(at)} has enum ${list(values(x))} in ours, ${list(values(y))} in GitHub's.`);
      },
      onlyInB: (_name, field) => say(`${field} is GitHub's only.`),
      itemsOnlyInB: (at) => say(`${where(at)} has no items in ours, GitHub's has.`),
      property: (at, name) => (at ? `${at}.${name}` : `request field ${name}`),
      items: (at) => `${where(at)}[]`,
    },
    schemaRef(op.requestBody.schemaPointer),
    schemaRef(gh.requestBody.schemaPointer),
    "",
  );
}

/**
 * A response of ours must take every answer GitHub's allows: at least its types and enum values,
 * its required fields and its properties, and each of its alternatives (matched by the properties
 * they share, not by position).
 */
function compareResponses(op: ModelOperation, gh: ModelOperation, ours: unknown, github: unknown, say: (text: string) => void): void {
  for (const r of gh.responses) {
    if (!op.responses.some((m) => m.status === r.status)) say(`status ${r.status} is GitHub's only.`);
  }
  const walk: PairWalk = {
    before: ours,
    after: github,
    maxDepth: 6,
    compare(x, y, at) {
      // Ours takes every type GitHub's does (a number takes an integer); none said takes any.
      const takes = (type: string) => x.types.length === 0 || x.types.includes(type) || (type === "integer" && x.types.includes("number"));
      if (y.types.some((type) => !takes(type))) say(`${at} has type ${list(x.types)} in ours, ${list(y.types)} in GitHub's.`);
      const [mine, theirs] = [values(x), values(y)];
      if (theirs && mine)
        for (const value of theirs) if (!mine.map(String).includes(String(value))) say(`${at} lacks the enum value ${String(value)}, which GitHub's has.`);
      for (const name of y.required) if (!x.required.includes(name)) say(`${at} does not require ${name}, which GitHub's requires.`);
    },
    onlyInB: (name, _place, at) => say(`${at} lacks the property ${name}, which GitHub's has.`),
    property: (at, name) => `${at}.${name}`,
    // An array of ours without `items` takes any items: no itemsOnlyInB.
    afterParts(x, y, at, depth, a) {
      if (y.alternatives.length === 0) return;
      // Ours without alternatives must take each of GitHub's as it is.
      if (x.alternatives.length === 0) return y.alternatives.forEach((branch, i) => walkPair(walk, a, branch, `${at}|${i + 1}`, depth + 1));
      y.alternatives.forEach((branch, i) => {
        const theirs = Object.keys(shape(github, branch).properties);
        const overlap = (candidate: unknown) => Object.keys(shape(ours, candidate).properties).filter((name) => theirs.includes(name)).length;
        const match = [...x.alternatives].sort((p, q) => overlap(q) - overlap(p))[0];
        walkPair(walk, match, branch, `${at}|${i + 1}`, depth + 1);
      });
    },
  };
  for (const r of op.responses) {
    const theirs = gh.responses.find((g) => g.status === r.status);
    if (!theirs) {
      if (!r.seedAddition) say(`status ${r.status} is ours only, and not declared with x-seed-addition.`);
      continue;
    }
    if (!r.schemaPointer || !theirs.schemaPointer) {
      if (Boolean(r.schemaPointer) !== Boolean(theirs.schemaPointer)) say(`status ${r.status} has a body in ${r.schemaPointer ? "ours" : "GitHub's"} only.`);
      continue;
    }
    walkPair(walk, schemaRef(r.schemaPointer), schemaRef(theirs.schemaPointer), `the ${r.status} body`);
  }
}
