// Generates packages/client/src/generated/ from the bundle (spec/dist/openapi.json):
//   openapi.ts     the description's types, by openapi-typescript
//   operations.ts  the method table: namespace → method → operationId, verb, path and parameter names
//   access.ts      the API versions the header parameter lists, and the fine-grained permissions' names
// A new operation in the description becomes a new client method with no hand edit. Whether the
// committed files are what this makes now is checked by ../check/drift.ts.
//
//   tsx tools/src/generate/generate-client.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { operationsOf, permissionTitles, type BodyKind } from "../model/bundle-model.ts";
import { bundleJsonPath, readBundle, repoRoot, type OpenApiDocument } from "../model/paths.ts";

export const clientGeneratedDir = resolve(repoRoot, "packages/client/src/generated");

const BANNER = `// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate/generate-client.ts. Do not edit it: change the description or the generator, then
// run \`pnpm build\` (or \`pnpm --filter @copilot-spaces/client generate\`).
`;

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
  return operationsOf(bundle).map((op) => {
    const names = (location: string) => op.parameters.filter((p) => p.in === location).map((p) => p.name);
    const entry: OperationEntry = {
      ...methodName(op.operationId),
      operationId: op.operationId,
      verb: op.method.toUpperCase(),
      path: op.path,
      pathParams: names("path"),
      queryParams: names("query"),
      hasBody: op.requestBody !== undefined,
      successes: Object.fromEntries(op.responses.filter((r) => r.status >= 200 && r.status <= 299).map((r) => [String(r.status), r.kind])),
    };
    if (op.paging) entry.itemsKey = op.paging.itemsKey;
    return entry;
  });
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
            `      successes: { ${Object.entries(op.successes)
              .map(([status, kind]) => `${status}: ${JSON.stringify(kind)}`)
              .join(", ")} },`,
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

/** The X-GitHub-Api-Version parameter's versions (its enum) and default, which the client sends and checks. */
export function apiVersionsOf(bundle: OpenApiDocument): { versions: string[]; fallback: string } {
  const header = Object.values(bundle.components?.parameters ?? {}).find(
    (p) => (p as { in?: unknown }).in === "header" && String((p as { name?: unknown }).name).toLowerCase() === "x-github-api-version",
  ) as { schema?: { enum?: unknown; default?: unknown } } | undefined;
  const versions = header?.schema?.enum;
  const fallback = header?.schema?.default;
  if (
    !Array.isArray(versions) ||
    versions.length === 0 ||
    versions.some((v) => typeof v !== "string") ||
    typeof fallback !== "string" ||
    !versions.includes(fallback)
  ) {
    throw new Error("components.parameters: the X-GitHub-Api-Version header parameter must list its versions (schema.enum) and a default among them");
  }
  return { versions: versions as string[], fallback };
}

function renderAccess(bundle: OpenApiDocument): string {
  const { versions, fallback } = apiVersionsOf(bundle);
  // "Copilot Spaces organization": the message reads "needs the <name> permission (write)".
  const names = Object.entries(permissionTitles(bundle)).map(([key, { title, kind }]) => `  ${key}: ${JSON.stringify(`${title} ${kind}`)},`);
  return `${BANNER}
/** The values of X-GitHub-Api-Version the description lists (the header parameter's enum). */
export const apiVersions = [${versions.map((v) => JSON.stringify(v)).join(", ")}] as const;

/** The version sent when the caller names none: the header parameter's default. */
export const defaultApiVersion = ${JSON.stringify(fallback)};

/** GitHub's fine-grained permission keys (as in X-Accepted-GitHub-Permissions) → the title and kind its pages show (x-github-permissions). */
export const permissionNames: Record<string, string> = {
${names.join("\n")}
};
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
    "access.ts": renderAccess(bundle),
  };
}

async function main(): Promise<void> {
  readBundle(); // a clear error when the bundle is missing
  mkdirSync(clientGeneratedDir, { recursive: true });
  for (const [name, content] of Object.entries(await renderClientFiles())) {
    writeFileSync(resolve(clientGeneratedDir, name), content);
  }
  // The version the User-Agent sends, from package.json (which changesets bumps): written at each
  // build, never committed, so that a release needs no hand edit.
  const { version } = JSON.parse(readFileSync(resolve(clientGeneratedDir, "../../package.json"), "utf8")) as { version: string };
  writeFileSync(
    resolve(clientGeneratedDir, "../version.ts"),
    `// Written by tools/src/generate/generate-client.ts from package.json at each build; not committed.\n/** This package's version, sent in the User-Agent (typed string: its public types do not change with each release). */\nexport const VERSION: string = ${JSON.stringify(version)};\n`,
  );
  console.log(`Wrote ${clientGeneratedDir}/{openapi,operations,access}.ts from ${bundleJsonPath}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
