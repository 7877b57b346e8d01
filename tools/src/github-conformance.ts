// Compares the bundled description with GitHub's own (tools/github/copilot-spaces.json, the extract of
// @octokit/openapi): the same operations; for each, the same parameters (location, required, type,
// enum, bounds), the same required request fields and enums; responses of ours that require at least
// what GitHub's require and have at least their properties; the same status codes, less those ours
// declares as additions (x-seed-addition). GitHub's description is OpenAPI 3.0: `nullable` becomes a
// "null" type first. Returns the differences, one sentence each, `<operationId>: …`.
import { operationsOf, resolveSchema, type Json, type ModelOperation } from "./bundle-model.ts";

/** A schema in OpenAPI 3.1 terms, references followed, `allOf` parts merged, ready to compare. */
interface Shape {
  types: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  properties: Record<string, unknown>;
  required: string[];
  items?: unknown;
  anyOf?: unknown[];
}

function shape(document: unknown, schema: unknown, depth = 0): Shape {
  const node = resolveSchema(document, schema);
  const types = ([] as unknown[]).concat(node.type ?? []).map(String);
  if (node.nullable === true && types.length > 0 && !types.includes("null")) types.push("null");
  const merged: Shape = { types, properties: { ...((node.properties ?? {}) as Json) }, required: [...((node.required as string[] | undefined) ?? [])] };
  if (Array.isArray(node.enum)) merged.enum = node.enum.filter((v) => v !== null);
  if (typeof node.minimum === "number") merged.minimum = node.minimum;
  if (typeof node.maximum === "number") merged.maximum = node.maximum;
  if (node.items !== undefined) merged.items = node.items;
  if (Array.isArray(node.anyOf ?? node.oneOf)) merged.anyOf = (node.anyOf ?? node.oneOf) as unknown[];
  for (const part of (node.allOf as unknown[] | undefined) ?? []) {
    if (depth > 8) break;
    const inner = shape(document, part, depth + 1);
    Object.assign(merged.properties, inner.properties);
    merged.required.push(...inner.required);
    if (merged.types.length === 0) merged.types = inner.types;
  }
  if (merged.types.length === 0 && Object.keys(merged.properties).length > 0) merged.types = ["object"];
  return merged;
}

const same = (a: unknown[] | undefined, b: unknown[] | undefined) =>
  JSON.stringify([...(a ?? [])].map(String).sort()) === JSON.stringify([...(b ?? [])].map(String).sort());
const list = (values: unknown[] | undefined) => (values && values.length > 0 ? values.map(String).sort().join("|") : "none");

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
    compareParameters(op, gh, ours, github, say);
    compareRequest(op, gh, ours, github, say);
    compareResponses(op, gh, ours, github, say);
  }
  return problems;
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
    if (!same(a.enum, b.enum)) say(`${p.in} parameter ${p.name} has enum ${list(a.enum)} in ours, ${list(b.enum)} in GitHub's.`);
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
  const walk = (a: unknown, b: unknown, at: string, depth: number): void => {
    if (depth > 6) return;
    const x = shape(ours, a);
    const y = shape(github, b);
    const where = at || "the request body";
    if (y.types.length > 0 && !same(x.types, y.types)) say(`${where} has type ${list(x.types)} in ours, ${list(y.types)} in GitHub's.`);
    if (!same(x.required, y.required)) say(`${where} requires ${list(x.required)} in ours, ${list(y.required)} in GitHub's.`);
    if (!same(x.enum, y.enum)) say(`${where} has enum ${list(x.enum)} in ours, ${list(y.enum)} in GitHub's.`);
    for (const [name, property] of Object.entries(y.properties)) {
      const field = at ? `${at}.${name}` : `request field ${name}`;
      if (!(name in x.properties)) say(`${field} is GitHub's only.`);
      else walk(x.properties[name], property, field, depth + 1);
    }
    if (y.items !== undefined) {
      if (x.items === undefined) say(`${where} has no items in ours, GitHub's has.`);
      else walk(x.items, y.items, `${where}[]`, depth + 1);
    }
  };
  walk({ $ref: `#${op.requestBody.schemaPointer}` }, { $ref: `#${gh.requestBody.schemaPointer}` }, "", 0);
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
    const walk = (a: unknown, b: unknown, at: string, depth: number): void => {
      if (depth > 6) return;
      const x = shape(ours, a);
      const y = shape(github, b);
      // Ours takes every type GitHub's does (a number takes an integer); none said takes any.
      const takes = (type: string) => x.types.length === 0 || x.types.includes(type) || (type === "integer" && x.types.includes("number"));
      if (y.types.some((type) => !takes(type))) say(`${at} has type ${list(x.types)} in ours, ${list(y.types)} in GitHub's.`);
      if (y.enum && x.enum)
        for (const value of y.enum) if (!x.enum.map(String).includes(String(value))) say(`${at} lacks the enum value ${String(value)}, which GitHub's has.`);
      for (const name of y.required) if (!x.required.includes(name)) say(`${at} does not require ${name}, which GitHub's requires.`);
      for (const [name, property] of Object.entries(y.properties)) {
        if (!(name in x.properties)) say(`${at} lacks the property ${name}, which GitHub's has.`);
        else walk(x.properties[name], property, `${at}.${name}`, depth + 1);
      }
      // An array of ours without `items` takes any items.
      if (y.items !== undefined && x.items !== undefined) walk(x.items, y.items, `${at}[]`, depth + 1);
      if (y.anyOf) {
        // Ours without alternatives must take each of GitHub's as it is.
        if (!x.anyOf) return y.anyOf.forEach((branch, i) => walk(a, branch, `${at}|${i + 1}`, depth + 1));
        y.anyOf.forEach((branch, i) => {
          const theirs = Object.keys(shape(github, branch).properties);
          const overlap = (candidate: unknown) => Object.keys(shape(ours, candidate).properties).filter((name) => theirs.includes(name)).length;
          const match = [...x.anyOf!].sort((p, q) => overlap(q) - overlap(p))[0];
          walk(match, branch, `${at}|${i + 1}`, depth + 1);
        });
      }
    };
    walk({ $ref: `#${r.schemaPointer}` }, { $ref: `#${theirs.schemaPointer}` }, `the ${r.status} body`, 0);
  }
}
