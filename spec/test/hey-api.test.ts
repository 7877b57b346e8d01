// The bundle read by a second generator, hey-api's openapi-ts, as users of other toolchains read it.
// openapi-typescript (the client's generator) and hey-api disagree on some shapes: hey-api drops a
// `required` that sits beside an `allOf` with no `properties`, and would type base_role optional on
// CopilotSpace. The types are compiled with TypeScript, so what is checked is what a user would get.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleJsonPath, readBundle } from "@copilot-spaces/tools/paths";
import { createClient } from "@hey-api/openapi-ts";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Schema = { $ref?: string; properties?: Record<string, unknown>; required?: string[]; allOf?: Schema[] };

/** hey-api's name for a component schema: `copilot-space` → `CopilotSpace`. */
const typeName = (key: string) => key.replace(/(^|[-_])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * One line per fact the description states about a schema's own fields: what it requires (beside its
 * `properties`, in an inline `allOf` part, or beside an `allOf` alone), and what it declares optional.
 * Fields of a `$ref`'d part are the referenced schema's own facts, checked under its name.
 */
function facts(schemas: Record<string, Schema>): { label: string; line: string }[] {
  const lines: { label: string; line: string }[] = [];
  for (const [key, schema] of Object.entries(schemas)) {
    const parts = [schema, ...(schema.allOf ?? []).filter((part) => part.$ref === undefined)];
    const required = new Set(parts.flatMap((part) => part.required ?? []));
    const type = `T.${typeName(key)}`;
    for (const name of required) {
      lines.push({ label: `${key}: ${name} is required`, line: `true satisfies IsRequired<${type}, "${name}">;` });
    }
    for (const name of Object.keys(schema.properties ?? {})) {
      if (!required.has(name)) lines.push({ label: `${key}: ${name} is optional`, line: `false satisfies IsRequired<${type}, "${name}">;` });
    }
  }
  return lines;
}

/** The facts TypeScript refuses in hey-api's types (written to `dir`), each with its label and TypeScript's message. */
async function refused(dir: string, checks: { label: string; line: string }[]): Promise<string[]> {
  const header = ['import type * as T from "./types.gen";', "type IsRequired<O, K extends keyof O> = {} extends Pick<O, K> ? false : true;"];
  const file = join(dir, "check.ts");
  await writeFile(file, [...header, ...checks.map((c) => c.line)].join("\n"));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (d.file === undefined || d.start === undefined) return message;
    const line = d.file.getLineAndCharacterOfPosition(d.start).line;
    const label = d.file.fileName === file ? checks[line - header.length]?.label : undefined;
    return `${label ?? `${d.file.fileName}:${line + 1}`}: ${message}`;
  });
}

describe("hey-api's types of the bundle (@hey-api/openapi-ts)", () => {
  let dir: string;
  let schemas: Record<string, Schema>;

  beforeAll(async () => {
    schemas = readBundle().components.schemas as Record<string, Schema>;
    // Generated into a temporary folder: its output is a check's input, never part of the repository.
    dir = await mkdtemp(join(tmpdir(), "copilot-spaces-hey-api-"));
    await createClient({ input: bundleJsonPath, output: dir, plugins: ["@hey-api/typescript"], logs: { level: "silent", file: false } });
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("require every field the description requires, base_role on CopilotSpace included, and no other", async () => {
    const checks = facts(schemas);
    expect(checks.map((c) => c.label)).toContain("copilot-space: base_role is required");
    expect(await refused(dir, checks)).toEqual([]);
  }, 120_000);
});
