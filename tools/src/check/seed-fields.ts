// The page's parameters and body fields against the operation's: each one's type, whether it is
// required, its default, enum values, bound and description; and the API version header the page's
// request sends (in the enum, and the default).
import { deref, SERVED_WITHOUT_HEADER, type ModelOperation } from "../model/bundle-model.ts";
import type { OpenApiDocument } from "../model/paths.ts";
import type { SeedOperation, SeedParameter } from "../model/seed-page.ts";

type Node = Record<string, unknown>;

export function checkParameter(parameter: SeedParameter, found: ModelOperation, bundle: OpenApiDocument): string[] {
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

export function checkApiVersionHeader(op: SeedOperation, found: ModelOperation): string[] {
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
    // The page documents one version; the enum may list the others GitHub serves, and which one a
    // request without the header gets (ours, not the page's) must be one of them.
    const served = header.node[SERVED_WITHOUT_HEADER];
    if (served !== undefined && !((schema.enum ?? []) as unknown[]).includes(served))
      problems.push(`the ${name} header's ${SERVED_WITHOUT_HEADER} ${JSON.stringify(served)} is not among its enum values.`);
  }
  return problems;
}

/** Markdown decoration and line breaks do not count as differences from the page's text. */
export function normalize(text: string): string {
  return text
    .replace(/^\s*[-•*]\s+/gm, "")
    .replace(/[`*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
