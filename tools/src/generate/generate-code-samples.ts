// Adds code samples (`x-codeSamples`) to a docs-only copy of the bundle: for every operation, curl,
// JavaScript (Octokit) and GitHub CLI (`gh api`) as on GitHub's reference pages, and TypeScript with
// @copilot-spaces/client, made from the operation's path, parameters and request example. Never
// written into spec/: the client is built from the bundle, so samples there would make a cycle.
import { deref, exampleValues, operationsOf } from "../model/bundle-model.ts";
import { methodName, operationTable } from "./generate-client.ts";
import type { OpenApiDocument } from "../model/paths.ts";

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

// GitHub's recommended Accept, as info.description says; the description declares what GitHub sends.
const GITHUB_ACCEPT = "application/vnd.github+json";

/** The bundle with `x-codeSamples` on every operation. */
export function withCodeSamples(bundle: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(bundle);
  for (const { method, path } of operationsOf(copy)) {
    const operation = copy.paths[path]![method] as Record<string, unknown>;
    operation["x-codeSamples"] = codeSamples(copy, method, path);
  }
  return copy;
}

export function codeSamples(bundle: OpenApiDocument, method: string, path: string): CodeSample[] {
  const op = operationsOf(bundle).find((o) => o.method === method && o.path === path);
  if (!op) throw new Error(`No operation ${method.toUpperCase()} ${path} in the bundle.`);
  const server = String((bundle.servers as { url: string }[] | undefined)?.[0]?.url ?? "https://api.github.com");
  const version = op.parameters.find((p) => /^x-github-api-version$/i.test(String(p.node.name)))?.node;
  const versionValue = String((version?.schema as { default?: unknown } | undefined)?.default ?? "");
  const body = exampleValues(bundle, op.operation.requestBody)[0];

  const curl = [
    "curl -L",
    ...(method === "get" ? [] : [`-X ${method.toUpperCase()}`]),
    `-H "Accept: ${GITHUB_ACCEPT}"`,
    '-H "Authorization: Bearer <YOUR-TOKEN>"',
    ...(versionValue ? [`-H "X-GitHub-Api-Version: ${versionValue}"`] : []),
    `${server}${placeholderPath(path)}`,
    ...(body === undefined ? [] : [`-d '${JSON.stringify(body).replace(/'/g, "'\\''")}'`]),
  ].join(" \\\n  ");

  return [
    { lang: "curl", label: "curl", source: curl },
    { lang: "JavaScript", label: "JavaScript", source: octokitSample(op, versionValue, body) },
    // Redoc keys a sample by its label and highlights it by its lang: gh's samples are bash (`<<<`).
    { lang: "bash", label: "GitHub CLI", source: ghSample(op, versionValue, body) },
    { lang: "TypeScript", label: "TypeScript", source: typescriptSample(bundle, op, body) },
  ];
}

type Operation = ReturnType<typeof operationsOf>[number];

/**
 * `gh api` as GitHub's pages write it: path parameters as upper-case placeholders (as in curl), the
 * body as `-f` (strings) and `-F` (integers, booleans, null) fields, nested objects as `key[sub]`;
 * a body gh's fields cannot say exactly goes to standard input as JSON (`--input - <<< '…'`).
 */
export function ghSample(op: Operation, version: string, body: unknown): string {
  const fields = body === undefined ? undefined : ghFields(body);
  const bodyArg = body === undefined ? [] : fields ? [` ${fields.join(" ")}`] : [`--input - <<< ${shellQuote(JSON.stringify(body, null, 2))}`];
  const args = [
    ...(op.method === "get" ? [] : [`--method ${op.method.toUpperCase()}`]),
    `-H "Accept: ${GITHUB_ACCEPT}"`,
    ...(version ? [`-H "X-GitHub-Api-Version: ${version}"`] : []),
    placeholderPath(op.path),
    ...bodyArg,
  ];
  return ["# GitHub CLI api", "# https://cli.github.com/manual/gh_api", "", `gh api \\\n  ${args.join(" \\\n  ")}`].join("\n");
}

/**
 * The body as gh 2.23's fields, or undefined where they cannot say it exactly: gh splits an array
 * of objects (`key[][sub]`) where a sub-key repeats, so only objects, strings, integers, booleans and
 * null are written as fields (`-F` converts only integers; an empty object would vanish).
 */
function ghFields(value: unknown, key = ""): string[] | undefined {
  if (value === null || typeof value === "boolean" || (typeof value === "number" && Number.isSafeInteger(value))) {
    return key ? [`-F ${shellQuote(`${key}=${String(value)}`)}`] : undefined;
  }
  if (typeof value === "string") return key ? [`-f ${shellQuote(`${key}=${value}`)}`] : undefined;
  if (typeof value !== "object" || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return undefined;
  const fields: string[] = [];
  for (const [name, inner] of entries) {
    if (/[[\]=]/.test(name) || name === "") return undefined;
    const more = ghFields(inner, key ? `${key}[${name}]` : name);
    if (!more) return undefined;
    fields.push(...more);
  }
  return fields;
}

/** A path template as GitHub's curl and gh samples write it: each parameter an upper-case placeholder (`/orgs/ORG/…`). */
function placeholderPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => name.toUpperCase());
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

// Octokit's own options: a body field of these names would be taken as an option, not sent.
const OCTOKIT_OPTIONS = new Set(["baseUrl", "data", "headers", "mediaType", "method", "request", "url"]);

/**
 * JavaScript with Octokit (`octokit.request("VERB /path", …)`), as GitHub's pages write it, with the
 * import added so that the sample runs as copied. A path parameter whose type takes any string is an
 * upper-case placeholder; an integer or an enum gets the description's example, which Octokit's
 * types (generated from GitHub's description) accept where a placeholder would not type-check.
 */
export function octokitSample(op: Operation, version: string, body: unknown): string {
  const parameters: Record<string, unknown> = {};
  for (const p of op.parameters.filter((p) => p.in === "path")) {
    const schema = p.schema as { type?: unknown; enum?: unknown };
    const open = schema.type === "string" && !Array.isArray(schema.enum);
    parameters[p.name] = open || p.node.example === undefined ? p.name.toUpperCase() : p.node.example;
  }
  if (body !== undefined) {
    if (typeof body !== "object" || body === null || Array.isArray(body))
      throw new Error(`${op.operationId}: a request example that is not an object has no Octokit sample.`);
    for (const key of Object.keys(body)) {
      if (key in parameters || OCTOKIT_OPTIONS.has(key))
        throw new Error(`${op.operationId}: the body field ${key} would be read by Octokit as a parameter or option.`);
    }
    Object.assign(parameters, body);
  }
  if (version) parameters.headers = { "X-GitHub-Api-Version": version };
  return [
    "// Octokit.js",
    "// https://github.com/octokit/core.js#readme",
    "import { Octokit } from '@octokit/core'",
    "",
    "const octokit = new Octokit({",
    "  auth: 'YOUR-TOKEN'",
    "})",
    "",
    `await octokit.request('${op.method.toUpperCase()} ${op.path}', ${jsLiteral(parameters)})`,
  ].join("\n");
}

/** A JavaScript literal as GitHub's samples print one: single quotes, keys unquoted where they can be, two-space indent. */
function jsLiteral(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return value.length === 0 ? "[]" : `[\n${value.map((v) => inner + jsLiteral(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsString(k));
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${jsLiteral(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return typeof value === "string" ? jsString(value) : JSON.stringify(value);
}

function jsString(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function typescriptSample(bundle: OpenApiDocument, op: ReturnType<typeof operationsOf>[number], body: unknown): string {
  const operationId = String(op.operation.operationId);
  const { namespace, method } = methodName(operationId);
  const entry = operationTable(bundle).find((e) => e.operationId === operationId);
  const params: Record<string, unknown> = {};
  for (const p of op.parameters) if (p.node.in === "path") params[String(p.node.name)] = p.node.example ?? String(p.node.name);
  if (body && typeof body === "object") Object.assign(params, body);
  const call = `client.${namespace}.${method}`;
  const args = literal(params);
  const lines = [
    'import { createCopilotSpacesClient } from "@copilot-spaces/client";',
    "",
    "const client = createCopilotSpacesClient({ token: process.env.GITHUB_TOKEN! });",
    "",
  ];
  if (entry?.itemsKey) {
    const item = entry.itemsKey.replace(/s$/, "");
    lines.push(`for await (const ${item} of client.paginate.items(${call}, ${args})) {`, `  console.log(${item});`, "}");
  } else if (successBodyName(bundle, op.operation)) {
    const name = successBodyName(bundle, op.operation)!;
    lines.push(`const ${name} = await ${call}(${args});`, `console.log(${name});`);
  } else {
    lines.push(`await ${call}(${args});`);
  }
  return lines.join("\n");
}

/** A variable name for the 2xx body, from its schema's name (copilot-space → copilotSpace), if it has one. */
function successBodyName(bundle: OpenApiDocument, operation: Record<string, unknown>): string | undefined {
  const responses = operation.responses as Record<string, unknown>;
  const status = Object.keys(responses).find((s) => s.startsWith("2"));
  if (!status) return undefined;
  const content = deref(bundle, responses[status], "").node.content as Record<string, { schema?: { $ref?: string } }> | undefined;
  const ref = content?.["application/json"]?.schema?.$ref;
  if (!ref) return content ? "result" : undefined;
  return ref
    .split("/")
    .pop()!
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A TypeScript object literal: JSON, with identifier keys unquoted. */
function literal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:");
}
