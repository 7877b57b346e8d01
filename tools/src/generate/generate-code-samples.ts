// Adds code samples (`x-codeSamples`) to a docs-only copy of the bundle: for every operation, curl as
// on GitHub's reference page and TypeScript with @copilot-spaces/client, made from the operation's
// path, parameters and request example. Never written into spec/: the client is built from the
// bundle, so samples there would make a cycle.
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
    `${server}${path.replace(/\{([^}]+)\}/g, (_, name: string) => name.toUpperCase())}`,
    ...(body === undefined ? [] : [`-d '${JSON.stringify(body).replace(/'/g, "'\\''")}'`]),
  ].join(" \\\n  ");

  return [
    { lang: "curl", label: "curl", source: curl },
    { lang: "TypeScript", label: "TypeScript", source: typescriptSample(bundle, op, body) },
  ];
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
