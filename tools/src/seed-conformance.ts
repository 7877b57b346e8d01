// Compares the bundled description with the seed page: every operation, status code, parameter,
// enum value, default, example and header the page shows must be in the bundle, and whatever the
// bundle has that the page does not (an operation, a status code, a parameter, a request body field)
// must be declared where it is written, with `x-seed-addition: "<why>"`. Returns the problems, one
// sentence each, naming the undeclared item.
import { deref, extension, operationsOf, resolvePointer, resolveSchema, type ModelOperation, type ModelParameter } from "./bundle-model.ts";
import type { OpenApiDocument } from "./paths.ts";
import { EMAIL_PROTECTION_ARTIFACT, type SeedOperation, type SeedParameter } from "./seed-page.ts";

type Node = Record<string, unknown>;

const UNDECLARED = "is not declared with x-seed-addition";

export function checkSeedConformance(seed: SeedOperation[], bundle: OpenApiDocument): string[] {
  const problems: string[] = [];
  const operations = operationsOf(bundle);
  for (const op of seed) {
    const found = operations.find((o) => o.method === op.method && o.path === op.path);
    const where = `${op.method.toUpperCase()} ${op.path} ("${op.title}")`;
    if (!found) {
      problems.push(`${where}: the bundle has no such operation.`);
      continue;
    }
    problems.push(...checkOperation(op, found, bundle).map((problem) => `${where}: ${problem}`));
  }
  for (const o of operations) {
    if (seed.some((op) => op.method === o.method && op.path === o.path)) continue;
    if (!o.seedAddition?.trim())
      problems.push(`${o.method.toUpperCase()} ${o.path} (${o.operationId}): the page does not have this operation, and it ${UNDECLARED}.`);
  }
  problems.push(...checkDocument(seed, bundle, operations));
  return problems;
}

function checkOperation(op: SeedOperation, found: ModelOperation, bundle: OpenApiDocument): string[] {
  const problems: string[] = [];
  const { operation } = found;
  if (operation.summary !== op.title) problems.push(`summary is "${String(operation.summary)}", the page's title is "${op.title}".`);
  const expectedId = expectedOperationId(op, found);
  if (operation.operationId !== expectedId) {
    problems.push(`operationId is "${String(operation.operationId)}", GitHub's convention gives "${expectedId}".`);
  }
  const description = normalize(String(operation.description ?? ""));
  for (const paragraph of [...op.prose, ...op.fineGrained]) {
    // The page's list of fine-grained token types is lost from the seed text: only its lead-in
    // sentence is left, with nothing after it to check.
    if (/following fine-grained token types:$/.test(paragraph)) continue;
    if (!description.includes(normalize(paragraph))) problems.push(`description lacks the page's text "${paragraph}".`);
  }

  const responses = (operation.responses ?? {}) as Node;
  for (const status of op.statuses) {
    const response = responses[String(status.code)];
    if (!response) {
      problems.push(`status ${status.code} ("${status.description}") is missing from its responses.`);
      continue;
    }
    const { node } = deref(bundle, response, "");
    if (normalize(String(node.description ?? "")) !== normalize(status.description)) {
      problems.push(`status ${status.code} is described as "${String(node.description)}", the page says "${status.description}".`);
    }
  }
  for (const response of found.responses) {
    if (op.statuses.some((status) => status.code === response.status)) continue;
    if (!response.seedAddition?.trim()) problems.push(`status ${response.status} is not on the page, and it ${UNDECLARED}.`);
  }

  for (const parameter of op.parameters) problems.push(...checkParameter(parameter, found, bundle));
  problems.push(...checkAddedParameters(op, found));
  problems.push(...checkAddedFields(op, found, bundle));
  problems.push(...checkApiVersionHeader(op, found));
  problems.push(...checkExamples(op, found));
  return problems;
}

/**
 * GitHub's operationIds: <tag>/<verb>-for-<owner>, where a GET of a path ending in a parameter is a
 * get (else a list), "Set" is update, and the owner is the path's first segment (orgs, users).
 */
function expectedOperationId(op: SeedOperation, found: ModelOperation): string {
  const owner = op.path.startsWith("/orgs/") ? "org" : "user";
  const single = /\}$/.test(op.path);
  const verb = { get: single ? "get" : "list", post: "create", put: "update", patch: "update", delete: "delete" }[op.method];
  return `${found.tags[0] ?? "?"}/${verb ?? op.method}-for-${owner}`;
}

/** A parameter of the bundle that the page does not list must be declared. */
function checkAddedParameters(op: SeedOperation, found: ModelOperation): string[] {
  const onPage = (p: ModelParameter) =>
    op.parameters.some((s) => s.in === p.in && (p.in === "header" ? s.name.toLowerCase() === p.name.toLowerCase() : s.name === p.name));
  return found.parameters
    .filter((p) => !onPage(p) && !p.seedAddition?.trim())
    .map((p) => `${p.in} parameter "${p.name}" is not on the page, and it ${UNDECLARED}.`);
}

/** A field of the request body (nested ones too) that the page does not list must be declared. */
function checkAddedFields(op: SeedOperation, found: ModelOperation, bundle: OpenApiDocument): string[] {
  if (!found.requestBody) return [];
  const onPage = new Set(op.parameters.filter((p) => p.in === "body").map((p) => p.path.join(".")));
  const problems: string[] = [];
  const walk = (schema: unknown, path: string[], depth: number): void => {
    if (depth > 8) return;
    const node = resolveSchema(bundle, schema);
    if (node.type === "array") return walk(node.items, path, depth + 1);
    for (const [name, property] of Object.entries((node.properties ?? {}) as Node)) {
      const field = [...path, name];
      if (!onPage.has(field.join(".")) && !String(extension(bundle, property, "x-seed-addition") ?? "").trim()) {
        problems.push(`body field "${field.join(".")}" is not on the page, and it ${UNDECLARED}.`);
      }
      walk(property, field, depth + 1);
    }
  };
  walk(resolvePointer(bundle, `#${found.requestBody.schemaPointer}`), [], 0);
  return problems;
}

function checkParameter(parameter: SeedParameter, found: ModelOperation, bundle: OpenApiDocument): string[] {
  const label = `${parameter.in} parameter "${parameter.path.join(".")}"`;
  if (parameter.in === "header") {
    // The page's `accept` header is expressed by the media types of the responses.
    if (parameter.name.toLowerCase() === "accept") return [];
    const header = found.parameters.find((p) => p.node.in === "header" && String(p.node.name).toLowerCase() === parameter.name.toLowerCase());
    return header ? [] : [`${label} is missing.`];
  }
  if (parameter.in === "body") return checkBodyField(parameter, found, bundle);

  const declared = found.parameters.find((p) => p.node.in === parameter.in && p.node.name === parameter.name);
  if (!declared) return [`${label} is missing.`];
  const node = declared.node;
  const schema = deref(bundle, node.schema, "").node;
  return [...checkField(label, parameter, schema, String(node.description ?? ""), Boolean(node.required)), ...checkMaximum(label, parameter, schema)];
}

function checkBodyField(parameter: SeedParameter, found: ModelOperation, bundle: OpenApiDocument): string[] {
  const label = `body field "${parameter.path.join(".")}"`;
  const requestBody = found.operation.requestBody;
  if (!requestBody) return [`${label}: the operation has no request body.`];
  const content = (deref(bundle, requestBody, "").node.content ?? {}) as Record<string, Node>;
  const json = content["application/json"];
  if (!json) return [`${label}: the request body is not application/json.`];
  let parent = deref(bundle, json.schema, "").node;
  for (const [depth, name] of parameter.path.entries()) {
    if (depth > 0) {
      // Step into the previous field: an array's items, or the object itself.
      if (parent.type === "array") parent = deref(bundle, parent.items, "").node;
    }
    const property = ((parent.properties ?? {}) as Node)[name] as Node | undefined;
    if (!property) return [`${label} is missing from the request body schema.`];
    const resolved = { ...deref(bundle, property, "").node, ...withoutRef(property) };
    if (depth === parameter.path.length - 1) {
      const required = ((parent.required ?? []) as string[]).includes(name);
      const description = String(property.description ?? resolved.description ?? "");
      return checkField(label, parameter, resolved, description, required);
    }
    parent = resolved;
  }
  return [];
}

function withoutRef(node: Node): Node {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

const SEED_TYPES: Record<string, { type: string; items?: string }> = {
  string: { type: "string" },
  integer: { type: "integer" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  object: { type: "object" },
  "array of objects": { type: "array", items: "object" },
  "array of strings": { type: "array", items: "string" },
  "array of integers": { type: "array", items: "integer" },
};

function checkField(label: string, parameter: SeedParameter, schema: Node, description: string, required: boolean): string[] {
  const problems: string[] = [];
  const expected = SEED_TYPES[parameter.type];
  const types = [schema.type].flat();
  if (expected && !types.includes(expected.type)) problems.push(`${label} has type ${JSON.stringify(schema.type)}, the page says ${parameter.type}.`);
  if (required !== parameter.required)
    problems.push(`${label} is ${required ? "" : "not "}required, the page says ${parameter.required ? "Required" : "optional"}.`);
  if (parameter.default !== undefined && String(schema.default) !== parameter.default) {
    problems.push(`${label} has default ${JSON.stringify(schema.default)}, the page says ${parameter.default}.`);
  }
  if (parameter.default === undefined && schema.default !== undefined) {
    problems.push(`${label} has default ${JSON.stringify(schema.default)}, the page states none.`);
  }
  if (parameter.enum) {
    const values = (schema.enum ?? []) as unknown[];
    for (const value of parameter.enum) if (!values.includes(value)) problems.push(`${label} lacks the enum value "${value}".`);
    for (const value of values)
      if (!parameter.enum.includes(String(value))) problems.push(`${label} has the enum value "${String(value)}", which the page does not list.`);
  }
  const text = normalize(description);
  for (const line of parameter.description.split("\n")) {
    if (!text.includes(normalize(line))) problems.push(`${label}'s description lacks the page's text "${line}".`);
  }
  return problems;
}

/** "(max 100)" in the page's description is a bound. */
function checkMaximum(label: string, parameter: SeedParameter, schema: Node): string[] {
  const max = /\(max (\d+)\)/.exec(parameter.description)?.[1];
  if (max === undefined || schema.maximum === Number(max)) return [];
  return [`${label} has maximum ${JSON.stringify(schema.maximum)}, the page says ${max}.`];
}

function checkApiVersionHeader(op: SeedOperation, found: ModelOperation): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(op.curl.headers)) {
    if (!/^x-github-api-version$/i.test(name)) continue;
    const header = found.parameters.find((p) => p.node.in === "header" && String(p.node.name).toLowerCase() === name.toLowerCase());
    if (!header) {
      problems.push(`the ${name} header the page's request sends is not a parameter.`);
      continue;
    }
    const schema = header.node.schema as Node;
    if (header.node.required) problems.push(`the ${name} header is required; GitHub serves a default version without it.`);
    if (!((schema.enum ?? []) as unknown[]).includes(value)) problems.push(`the ${name} header's enum lacks "${value}".`);
    if (schema.default !== value) problems.push(`the ${name} header's default is ${JSON.stringify(schema.default)}, the page sends "${value}".`);
  }
  return problems;
}

function checkExamples(op: SeedOperation, found: ModelOperation): string[] {
  const problems: string[] = [];
  for (const example of op.responseExamples) {
    if (example.body === undefined) continue;
    const values = found.responses.find((r) => r.status === example.status)?.examples ?? [];
    if (!values.some((value) => sameAsSeed(example.body, value))) {
      problems.push(`the page's ${example.status} example ("${example.title}") is not among the response's examples.`);
    }
  }
  if (op.curl.data !== undefined) {
    const body = JSON.parse(op.curl.data) as unknown;
    const values = found.requestBody?.examples ?? [];
    if (!values.some((value) => sameAsSeed(body, value))) problems.push("the page's request body example is not among the request's examples.");
  }
  return problems;
}

/**
 * Deep equality, except that the page's email-protection artifact stands for any email address:
 * the description must carry a plausible email there instead.
 */
export function sameAsSeed(seed: unknown, actual: unknown): boolean {
  if (typeof seed === "string" && EMAIL_PROTECTION_ARTIFACT.test(seed)) {
    return typeof actual === "string" && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(actual);
  }
  if (Array.isArray(seed)) {
    return Array.isArray(actual) && seed.length === actual.length && seed.every((item, i) => sameAsSeed(item, actual[i]));
  }
  if (seed !== null && typeof seed === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const a = actual as Node;
    const s = seed as Node;
    const keys = Object.keys(s);
    return keys.length === Object.keys(a).length && keys.every((key) => key in a && sameAsSeed(s[key], a[key]));
  }
  return Object.is(seed, actual);
}

function checkDocument(seed: SeedOperation[], bundle: OpenApiDocument, operations: ModelOperation[]): string[] {
  const problems: string[] = [];
  const origins = new Set(seed.map((op) => new URL(op.curl.url).origin));
  const servers = ((bundle.servers ?? []) as { url: string }[]).map((server) => server.url.replace(/\/$/, ""));
  for (const origin of origins) if (!servers.includes(origin)) problems.push(`servers lacks ${origin}, where the page's requests go.`);

  const schemes = (bundle.components.securitySchemes ?? {}) as Record<string, Node>;
  const bearer = Object.keys(schemes).filter((name) => schemes[name]?.type === "http" && String(schemes[name]?.scheme).toLowerCase() === "bearer");
  const rootSecurity = (bundle.security ?? []) as Record<string, unknown>[];
  for (const { method, path, operation } of operations) {
    const security = (operation.security as Record<string, unknown>[] | undefined) ?? rootSecurity;
    if (!security.some((requirement) => bearer.some((name) => name in requirement))) {
      problems.push(`${method.toUpperCase()} ${path}: no bearer-token security, though the page's request sends "Authorization: Bearer".`);
    }
  }

  const accepts = new Set(
    seed.flatMap((op) =>
      Object.entries(op.curl.headers)
        .filter(([name]) => /^accept$/i.test(name))
        .map(([, value]) => value),
    ),
  );
  const info = String(bundle.info.description ?? "");
  for (const accept of accepts)
    if (!info.includes(accept)) problems.push(`info.description does not mention the Accept value "${accept}" the page recommends.`);
  return problems;
}

/** Markdown decoration and line breaks do not count as differences from the page's text. */
function normalize(text: string): string {
  return text
    .replace(/^\s*[-•*]\s+/gm, "")
    .replace(/[`*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
