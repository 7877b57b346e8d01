// Generates packages/client/src/generated/ from the bundle (spec/dist/openapi.json):
//   openapi.ts     the description's types, by openapi-typescript
//   operations.ts  the method table: namespace → method → operationId, verb, path and parameter names
// A new operation in the description becomes a new client method with no hand edit.
//
//   tsx tools/src/generate-client.ts           write the files
//   tsx tools/src/generate-client.ts --check   compare instead, fail naming each stale file
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { deref, operationsOf } from "./bundle-validator.ts";
import { bundleJsonPath, readBundle, repoRoot, type OpenApiDocument } from "./paths.ts";

export const clientGeneratedDir = resolve(repoRoot, "packages/client/src/generated");

const BANNER = `// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate-client.ts. Do not edit it: change the description or the generator, then
// run \`pnpm build\` (or \`pnpm --filter @copilot-spaces/client generate\`).
`;

export type BodyKind = "object" | "array" | "json" | "none";

export interface OperationEntry {
  namespace: string;
  method: string;
  operationId: string;
  verb: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
  /** Each 2xx status and what its body is: a JSON object or array, any JSON, or none. */
  successes: Record<string, BodyKind>;
  /** For list operations paginated by cursor: the array property of the page that holds the items. */
  itemsKey?: string;
}

/** "copilot-spaces/list-for-org" → { namespace: "copilotSpaces", method: "listForOrg" } (Octokit's naming). */
export function methodName(operationId: string): { namespace: string; method: string } {
  const [scope, action] = operationId.split("/");
  if (!scope || !action) throw new Error(`operationId "${operationId}" is not of the form <scope>/<action>.`);
  return { namespace: camelCase(scope), method: camelCase(action) };
}

function camelCase(kebab: string): string {
  return kebab.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function operationTable(bundle: OpenApiDocument): OperationEntry[] {
  return operationsOf(bundle).map(({ method, path, operation, parameters }) => {
    const operationId = String(operation.operationId ?? "");
    const names = (location: string) => parameters.filter((p) => p.node.in === location).map((p) => String(p.node.name));
    const queryParams = names("query");
    const entry: OperationEntry = {
      ...methodName(operationId),
      operationId,
      verb: method.toUpperCase(),
      path,
      pathParams: names("path"),
      queryParams,
      hasBody: operation.requestBody !== undefined,
      successes: successKinds(bundle, operation),
    };
    const itemsKey = cursorItemsKey(bundle, operation, queryParams);
    if (itemsKey) entry.itemsKey = itemsKey;
    return entry;
  });
}

/** A list is paginated when it takes an `after` cursor and its 200 body is an object with one array. */
function cursorItemsKey(bundle: OpenApiDocument, operation: Record<string, unknown>, queryParams: string[]): string | undefined {
  if (!queryParams.includes("after")) return undefined;
  const ok = (operation.responses as Record<string, unknown>)["200"];
  if (!ok) return undefined;
  const content = deref(bundle, ok, "").node.content as Record<string, { schema?: unknown }> | undefined;
  const schema = content?.["application/json"]?.schema;
  if (!schema) return undefined;
  const properties = (deref(bundle, schema, "").node.properties ?? {}) as Record<string, unknown>;
  const arrays = Object.entries(properties).filter(([, p]) => deref(bundle, p, "").node.type === "array");
  return arrays.length === 1 ? arrays[0]?.[0] : undefined;
}

/** What each 2xx response's body is, as the client checks it (a Space must not come back empty). */
function successKinds(bundle: OpenApiDocument, operation: Record<string, unknown>): Record<string, BodyKind> {
  const kinds: Record<string, BodyKind> = {};
  for (const [status, response] of Object.entries(operation.responses as Record<string, unknown>)) {
    if (!/^2\d\d$/.test(status)) continue;
    const content = deref(bundle, response, "").node.content as Record<string, { schema?: unknown }> | undefined;
    const schema = content?.["application/json"]?.schema;
    kinds[status] = content === undefined ? "none" : schema === undefined ? "json" : schemaKind(bundle, schema);
  }
  return kinds;
}

function schemaKind(bundle: OpenApiDocument, schema: unknown): BodyKind {
  const node = deref(bundle, schema, "").node;
  const types = ([] as unknown[]).concat(node.type ?? []);
  if (types.length === 1 && types[0] === "object") return "object";
  if (types.length === 1 && types[0] === "array") return "array";
  if (types.length === 0 && (node.properties !== undefined || (Array.isArray(node.allOf) && node.allOf.some((part) => schemaKind(bundle, part) === "object")))) {
    return "object";
  }
  return "json";
}

function renderOperations(entries: OperationEntry[]): string {
  const namespaces = new Map<string, OperationEntry[]>();
  for (const entry of entries) namespaces.set(entry.namespace, [...(namespaces.get(entry.namespace) ?? []), entry]);
  const list = (values: string[]) => `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
  const body = [...namespaces]
    .map(([namespace, ops]) => {
      const methods = ops
        .map((op) =>
          [
            `    ${op.method}: {`,
            `      operationId: ${JSON.stringify(op.operationId)},`,
            `      method: ${JSON.stringify(op.verb)},`,
            `      path: ${JSON.stringify(op.path)},`,
            `      pathParams: ${list(op.pathParams)},`,
            `      queryParams: ${list(op.queryParams)},`,
            `      hasBody: ${op.hasBody},`,
            `      successes: { ${Object.entries(op.successes).map(([status, kind]) => `${status}: ${JSON.stringify(kind)}`).join(", ")} },`,
            ...(op.itemsKey ? [`      itemsKey: ${JSON.stringify(op.itemsKey)},`] : []),
            "    },",
          ].join("\n"),
        )
        .join("\n");
      return `  ${namespace}: {\n${methods}\n  },`;
    })
    .join("\n");
  return `${BANNER}
/** Every operation of the description, by client namespace and method name. */
export const operations = {
${body}
} as const;
`;
}

/** The generated files, by name, from the bundle at `bundlePath`. */
export async function renderClientFiles(bundlePath = bundleJsonPath): Promise<Record<string, string>> {
  const bundle = JSON.parse(readFileSync(bundlePath, "utf8")) as OpenApiDocument;
  const ast = await openapiTS(pathToFileURL(bundlePath), {
    alphabetize: false,
    silent: true,
    // A default is what the server assumes when a field is absent: the field stays optional in requests.
    defaultNonNullable: false,
  });
  return {
    "openapi.ts": `${BANNER}\n${astToString(ast)}`,
    "operations.ts": renderOperations(operationTable(bundle)),
  };
}

/** Names of the generated files whose content differs from what the bundle gives now. */
export async function staleClientFiles(dir = clientGeneratedDir, bundlePath = bundleJsonPath): Promise<string[]> {
  const files = await renderClientFiles(bundlePath);
  return Object.entries(files)
    .filter(([name, content]) => {
      try {
        return readFileSync(resolve(dir, name), "utf8") !== content;
      } catch {
        return true;
      }
    })
    .map(([name]) => resolve(dir, name));
}

async function main(): Promise<void> {
  readBundle(); // a clear error when the bundle is missing
  if (process.argv.includes("--check")) {
    const stale = await staleClientFiles();
    if (stale.length > 0) {
      console.error(`Generated files are stale (run \`pnpm build\`):\n${stale.map((f) => `  ${f}`).join("\n")}`);
      process.exit(1);
    }
    console.log("Generated client files match the bundle.");
    return;
  }
  mkdirSync(clientGeneratedDir, { recursive: true });
  for (const [name, content] of Object.entries(await renderClientFiles())) {
    writeFileSync(resolve(clientGeneratedDir, name), content);
  }
  console.log(`Wrote ${clientGeneratedDir}/{openapi,operations}.ts from ${bundleJsonPath}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
