// The matchers' and the plain functions' types, as a TypeScript user of the built package gets them: a
// file written from the description (its operationIds, a required body field, a page size and an
// integer path parameter) is compiled with tsc. Right uses compile; each misspelt operationId or field
// is marked `// @ts-expect-error`, which tsc reports as an error itself (TS2578) when the line compiles.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { operationsOf, propertiesOf, resolvePointer, resolveSchema } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { USER_COMPILER_OPTIONS } from "@copilot-spaces/tools/readme-snippets";
import ts from "typescript";
import { expect, it } from "vitest";

const bundle = readBundle();
const operations = operationsOf(bundle);
const find = (method: string, path: string) => operations.find((o) => o.method === method && o.path === path)!;
const create = find("post", "/orgs/{org}/copilot-spaces");
const list = find("get", "/orgs/{org}/copilot-spaces");
const get = find("get", "/orgs/{org}/copilot-spaces/{space_number}");
const createSchema = resolveSchema(bundle, resolvePointer(bundle, create.requestBody!.schemaPointer));
const name = (createSchema.required as string[]).find((field) => propertiesOf(bundle, createSchema)[field]!.type === "string")!;
/** A field the body may leave out: a match that names only it still compiles (a part of the body). */
const optional = Object.keys(propertiesOf(bundle, createSchema)).find((field) => !(createSchema.required as string[]).includes(field))!;
const pageSize = list.paging!.pageSize!.name;
const integerParam = get.parameters.find((p) => p.in === "path" && p.schema.type === "integer")!.name;
const pathParam = create.parameters.find((p) => p.in === "path")!.name;
const q = (text: string) => JSON.stringify(text);

const source = `import { createMock } from "@copilot-spaces/mock-server";
import { assertNotReceived, assertReceived, assertReceivedTimes, received, type RequestMatch } from "@copilot-spaces/mock-server/assert";
import "@copilot-spaces/mock-server/vitest";
import { expect } from "vitest";

const mock = await createMock();
expect(mock).toHaveReceived(${q(create.operationId)});
expect(mock).toHaveReceived(${q(create.operationId)}, { body: { ${q(name)}: "x" }, pathParams: { ${q(pathParam)}: "acme" }, headers: { "user-agent": /app/ } });
expect(mock).not.toHaveReceived(${q(create.operationId)}, { body: { ${q(name)}: expect.any(String) } });
expect(mock).toHaveReceived(${q(create.operationId)}, { body: { ${q(optional)}: expect.anything() } });
expect(mock).toHaveReceivedTimes(${q(create.operationId)}, 2, { body: { ${q(name)}: "x" } });
expect(mock).toHaveReceived(${q(list.operationId)}, { query: { ${q(pageSize)}: 5 } });
expect(mock).toHaveReceived(${q(get.operationId)}, { pathParams: { ${q(integerParam)}: 3 } });
expect(mock).toHaveReceived(${q(get.operationId)}, { pathParams: { ${q(integerParam)}: "3" } });
assertReceived(mock, ${q(create.operationId)}, { body: { ${q(name)}: "x" } });
assertNotReceived(mock, ${q(list.operationId)});
assertReceivedTimes(mock, ${q(list.operationId)}, 0, { query: { ${q(pageSize)}: 5 } });
const match: RequestMatch<${q(create.operationId)}> = { body: { ${q(name)}: "x" } };
const found: { seq: number; body?: unknown }[] = received(mock, ${q(create.operationId)}, match);
void found;

// @ts-expect-error a misspelt operationId
expect(mock).toHaveReceived(${q(`${create.operationId}s`)});
// @ts-expect-error a misspelt operationId, counted
expect(mock).toHaveReceivedTimes(${q(`${create.operationId}s`)}, 1);
// @ts-expect-error a misspelt operationId, with .not
expect(mock).not.toHaveReceived(${q(`${list.operationId}x`)});
// @ts-expect-error a misspelt body field
expect(mock).toHaveReceived(${q(create.operationId)}, { body: { ${q(`${name}x`)}: "x" } });
// @ts-expect-error a body field of another type
expect(mock).toHaveReceived(${q(create.operationId)}, { body: { ${q(name)}: 1 } });
// @ts-expect-error a body for an operation that takes none
expect(mock).toHaveReceived(${q(list.operationId)}, { body: {} });
// @ts-expect-error a misspelt path parameter
expect(mock).toHaveReceived(${q(get.operationId)}, { pathParams: { ${q(`${integerParam}x`)}: 3 } });
// @ts-expect-error a query parameter the operation does not have
expect(mock).toHaveReceived(${q(list.operationId)}, { query: { ${q(`${pageSize}x`)}: 5 } });
// @ts-expect-error a field a match does not have
expect(mock).toHaveReceived(${q(create.operationId)}, { bdy: {} });
// @ts-expect-error a misspelt operationId, in the plain function
assertReceived(mock, ${q(`${create.operationId}s`)});
// @ts-expect-error a misspelt body field, in the plain function
assertReceived(mock, ${q(create.operationId)}, { body: { ${q(`${name}x`)}: "x" } });
`;

it("right uses compile, and each misspelt operationId, field or parameter fails tsc", () => {
  const packageDir = resolve(import.meta.dirname, "..");
  // Inside the package, so that it resolves itself by name through its exports, as a user's file does.
  const dir = mkdtempSync(resolve(packageDir, ".assert-types-"));
  try {
    const file = resolve(dir, "uses.mts");
    writeFileSync(file, source);
    const program = ts.createProgram([file], USER_COMPILER_OPTIONS);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `${relative(dir, d.file?.fileName ?? dir)}:${line} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    });
    expect(errors).toEqual([]);
    // Every misspelling is marked: the file is not silently short of its failing lines.
    expect(source.match(/@ts-expect-error/g)).toHaveLength(11);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
