// Contract tests: every operation of the bundle, called through @copilot-spaces/client against the
// real mock over HTTP, checked against the bundle itself (ajv, 2020-12, formats), not against the
// client's types. The cases come from the bundle: a new operation is covered, or the suite fails.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import {
  ApiError,
  AuthenticationError,
  createCopilotSpacesClient,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
  type CopilotSpacesClient,
} from "@copilot-spaces/client";
import { deref, exampleValues, operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator, responseSchemaPointer } from "@copilot-spaces/tools/bundle-validator";
import { clientGeneratedDir, methodName, operationTable, renderClientFiles } from "@copilot-spaces/tools/generate-client";
import { withCodeSamples } from "@copilot-spaces/tools/generate-code-samples";
import { withChanges } from "@copilot-spaces/tools/spec-release-notes";
import { readBundle } from "@copilot-spaces/tools/paths";
import fc from "fast-check";
import { afterAll, describe, expect, inject, it } from "vitest";
import { breakages, validValue, type Breakage } from "../src/arbitraries.js";

const bundle = readBundle();
const validator = new BundleValidator(bundle);
const operations = operationsOf(bundle);
const table = operationTable(bundle);
const mockUrl = inject("mockUrl");
const SEED = Number(process.env.CONTRACT_SEED ?? Date.now() % 2 ** 31);
const RUNS = { writeValid: 500, writeInvalid: 500, readValid: 200, readInvalid: 200 };
const client = createCopilotSpacesClient({ token: "contract-test-token", baseUrl: mockUrl, retry: false, timeoutMs: 15_000 });

const id = (op: ModelOperation) => String(op.operation.operationId);
const statusesOf = (op: ModelOperation) => Object.keys(op.operation.responses as object).map(Number);
const successOf = (op: ModelOperation) => op.success.status;
const errorsOf = (op: ModelOperation) => statusesOf(op).filter((s) => s >= 400);
const entryOf = (op: ModelOperation) => table.find((e) => e.operationId === id(op))!;
const examplesOfPath = Object.fromEntries(
  operations.flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), p.node.example])),
);

/** The client method for an operation, or a failure that names it. */
function methodOf(
  op: ModelOperation,
): (params: unknown, options?: unknown) => Promise<unknown> & { withResponse(): Promise<{ data: unknown; status: number; headers: Headers }> } {
  const { namespace, method } = methodName(id(op));
  const fn = (client as unknown as Record<string, Record<string, unknown> | undefined>)[namespace]?.[method];
  if (typeof fn !== "function") throw new Error(`${id(op)}: the client has no method client.${namespace}.${method}`);
  return fn as never;
}

const responseSchema = (op: ModelOperation, status: number) => responseSchemaPointer(op, status);

function requestSchema(op: ModelOperation): unknown {
  const body = deref(bundle, op.operation.requestBody, "").node.content as Record<string, { schema: unknown }>;
  return body["application/json"]!.schema;
}

/** Fails, naming the operation, when the answer's status is not one the description documents. */
function expectDocumented(op: ModelOperation, status: number) {
  expect(statusesOf(op), `${id(op)}: status ${status} is not in the description's responses`).toContain(status);
}

function expectValid(op: ModelOperation, status: number, body: unknown) {
  const schema = responseSchema(op, status);
  if (!schema) return expect(body, `${id(op)} ${status} has no body in the description`).toBeUndefined();
  expect(validator.validate(schema, body).errors, `${id(op)} ${status} body against the description`).toEqual([]);
}

/** The page-size parameter set to 2, so that a list of the description's examples has several pages. */
const pageOfTwo = (op: ModelOperation) => (op.paging?.pageSize ? { [op.paging.pageSize.name]: 2 } : {});
/** A path parameter that GitHub's router takes as an integer (a wrong one is a 404). */
const integerPathParameter = (op: ModelOperation) => op.parameters.find((p) => p.in === "path" && p.schema.type === "integer");
const pathParams = (op: ModelOperation) =>
  Object.fromEntries(op.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), examplesOfPath[String(p.node.name)]]));

// operationId → column → count; printed at the end, every cell must be filled.
const coverage = new Map<string, Map<string, number>>(operations.map((op) => [id(op), new Map()]));
const count = (op: ModelOperation, column: string, n = 1) => coverage.get(id(op))!.set(column, (coverage.get(id(op))!.get(column) ?? 0) + n);

describe("cases come from the bundle", () => {
  it("has operations, each with a client method", () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) expect(typeof methodOf(op)).toBe("function");
  });
});

describe("client ⟷ mock: every operation's success", () => {
  it.each(operations.map((op) => [id(op), op] as const))("%s", async (_id, op) => {
    const entry = entryOf(op);
    const params: Record<string, unknown> = { ...pathParams(op) };
    if (op.operation.requestBody) Object.assign(params, exampleOf(op));
    if (op.paging?.pageSize) params[op.paging.pageSize.name] = 2;
    const { data, status, headers } = await methodOf(op)(params).withResponse();
    expectDocumented(op, status);
    expect(status).toBe(successOf(op));
    if (responseSchema(op, status)) expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expectValid(op, status, data);
    // A static mock serves the description's examples: a body that is none of them means one went missing.
    const examples = responseExamples(op, status);
    if (entry.itemsKey) {
      expect(headers.get("link"), `${id(op)}: a list of more than per_page items must send a Link header`).toMatch(/rel="next"/);
      const first = ((examples[0] ?? {}) as Record<string, unknown[]>)[entry.itemsKey] ?? [];
      expect(first.length, `${id(op)}: the 200 answer has no example in the description`).toBeGreaterThan(0);
      expect((data as Record<string, unknown[]>)[entry.itemsKey]).toEqual(first.slice(0, 2));
    } else if (responseSchema(op, status)) {
      expect(examples, `${id(op)}: the ${status} answer has no example in the description`).not.toHaveLength(0);
      expect(examples, `${id(op)}: the ${status} body is none of the description's examples`).toContainEqual(data);
    }
    count(op, "success");
  });

  it.each(operations.filter((op) => entryOf(op).itemsKey).map((op) => [id(op), op] as const))(
    "%s: the paginator walks every page to the last",
    async (_id, op) => {
      const pages = [];
      for await (const page of client.paginate.pages(methodOf(op) as never, { ...pathParams(op), ...pageOfTwo(op) } as never)) {
        expectDocumented(op, page.status);
        expectValid(op, page.status, { [entryOf(op).itemsKey!]: page.items });
        pages.push(page);
      }
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.at(-1)!.headers.get("link") ?? "").not.toMatch(/rel="next"/);
      count(op, "success", pages.length);
    },
  );
});

function exampleOf(op: ModelOperation): Record<string, unknown> {
  const first = exampleValues(bundle, op.operation.requestBody)[0];
  if (!first) throw new Error(`${id(op)}: the request body has no example in the description`);
  return first as Record<string, unknown>;
}

const responseExamples = (op: ModelOperation, status: number) => exampleValues(bundle, (op.operation.responses as Record<string, unknown>)[String(status)]);

/** Which columns of the coverage table an operation must fill: a fuzzed invalid request needs something to break. */
const fuzzInvalidApplies = (op: ModelOperation) => Boolean(op.requestBody || op.paging?.pageSize || integerPathParameter(op));

const ERROR_CLASSES: Record<number, typeof ApiError> = {
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: ValidationError,
  429: RateLimitError,
  500: ServerError,
};

describe("every documented error, forced with Prefer, throws its error class", () => {
  const cases = operations.flatMap((op) => errorsOf(op).map((status) => [`${id(op)} → ${status}`, op, status] as const));
  it.each(cases)("%s", async (_name, op, status) => {
    const params: Record<string, unknown> = { ...pathParams(op), ...(op.operation.requestBody ? exampleOf(op) : {}) };
    const error = await methodOf(op)(params, { headers: { prefer: `code=${status}` } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const expected = ERROR_CLASSES[status] ?? ApiError;
    expect(error, `${id(op)}: a ${status} must throw ${expected.name}`).toBeInstanceOf(expected);
    const apiError = error as ApiError;
    expect(apiError).toMatchObject({ status, documentationUrl: expect.stringMatching(/^https:\/\//), requestId: expect.stringMatching(/\S/) });
    expect(apiError.message).toMatch(new RegExp(`answered ${status}`));
    expectValid(op, status, apiError.body);
    if (apiError instanceof ValidationError) expect(apiError.errors.length).toBeGreaterThan(0);
    count(op, String(status));
  });
});

const fcParams = () => ({ seed: SEED, verbose: 1 as const });

describe(`property-based requests (seed ${SEED}; replay with CONTRACT_SEED=${SEED})`, () => {
  const writes = operations.filter((op) => op.operation.requestBody);
  const reads = operations.filter((op) => !op.operation.requestBody);

  it.each(writes.map((op) => [id(op), op] as const))(`%s: ${RUNS.writeValid} valid bodies → 2xx and a body valid for it`, async (_id, op) => {
    await fc.assert(
      fc.asyncProperty(validValue(bundle, requestSchema(op)), async (body) => {
        const { data, status } = await methodOf(op)({ ...pathParams(op), ...(body as object) }).withResponse();
        expectDocumented(op, status);
        expect(status).toBe(successOf(op));
        expectValid(op, status, data);
        count(op, "fuzz valid");
      }),
      { ...fcParams(), numRuns: RUNS.writeValid },
    );
  });

  it.each(writes.map((op) => [id(op), op] as const))(
    `%s: ${RUNS.writeInvalid} invalid bodies → 422 naming the field, or 400 for broken JSON`,
    async (_id, op) => {
      const schema = requestSchema(op);
      const ways = breakages(bundle, schema);
      expect(ways.length).toBeGreaterThan(0);
      const broken = fc.oneof(
        // A body that breaks the schema in one known place, through the client.
        fc
          .tuple(validValue(bundle, schema), fc.constantFrom(...ways))
          .map(([body, way]) => ({ kind: "schema" as const, way, body: way.apply(body as Record<string, unknown>) })),
        // Broken JSON, which no client sends: straight over HTTP.
        validValue(bundle, schema).chain((body) => {
          const text = JSON.stringify(body);
          return fc.integer({ min: 1, max: text.length - 1 }).map((cut) => ({ kind: "json" as const, text: text.slice(0, cut) }));
        }),
      );
      await fc.assert(
        fc.asyncProperty(broken, async (input) => {
          if (input.kind === "json") {
            const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => String(examplesOfPath[name]));
            const response = await fetch(`${mockUrl}${path}`, { method: op.method.toUpperCase(), headers: { authorization: "Bearer t" }, body: input.text });
            const body = (await response.json()) as { message: string };
            expectDocumented(op, response.status);
            expect(response.status).toBe(400);
            expectValid(op, 400, body);
            expect(body.message).toBe("Problems parsing JSON");
          } else {
            const error = await methodOf(op)({ ...pathParams(op), ...input.body }).then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error, `${id(op)}: ${input.way.field} (${input.way.code}) must be refused`).toBeInstanceOf(ValidationError);
            const validation = error as ValidationError;
            expectDocumented(op, validation.status);
            expectValid(op, 422, validation.body);
            expect(validation.errors, JSON.stringify(input.body)).toContainEqual(expect.objectContaining(expectation(input.way)));
          }
          count(op, "fuzz invalid");
        }),
        { ...fcParams(), numRuns: RUNS.writeInvalid },
      );
    },
  );

  const validRead = (op: ModelOperation) => {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const p of op.parameters.filter((p) => p.in === "path")) {
      const schema = p.schema;
      record[p.name] = Array.isArray(schema.enum)
        ? validValue(bundle, schema)
        : schema.type === "integer"
          ? fc.integer({ min: typeof schema.minimum === "number" ? Math.max(1, schema.minimum) : 1, max: 1_000_000 })
          : fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    }
    if (op.paging?.pageSize) record[op.paging.pageSize.name] = validValue(bundle, op.paging.pageSize.schema);
    return fc.record(record);
  };
  const notAnInteger = fc.oneof(
    fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/),
    fc.integer({ min: 0, max: 999 }).map((n) => `${n}.5`),
  );
  /** Values a page-size parameter refuses: below its minimum, above its maximum, not an integer. */
  const badPageSize = (schema: Record<string, unknown>) =>
    fc.oneof(
      ...(typeof schema.minimum === "number" ? [fc.integer({ min: schema.minimum - 1000, max: schema.minimum - 1 })] : []),
      ...(typeof schema.maximum === "number" ? [fc.integer({ min: schema.maximum + 1, max: schema.maximum + 100_000 })] : []),
      notAnInteger,
    );
  /** How a read can be broken: its page size (a 422 naming it) or an integer path parameter (GitHub's router's 404). */
  const breakRead = (op: ModelOperation) => {
    const size = op.paging?.pageSize;
    if (size) return { expected: ValidationError, field: size.name, values: badPageSize(size.schema) };
    const integer = integerPathParameter(op);
    return integer ? { expected: NotFoundError, field: integer.name, values: notAnInteger } : undefined;
  };

  it.each(reads.map((op) => [id(op), op] as const))(`%s: ${RUNS.readValid} valid path and query values → 2xx`, async (_id, op) => {
    await fc.assert(
      fc.asyncProperty(validRead(op), async (params) => {
        const { data, status } = await methodOf(op)(params).withResponse();
        expectDocumented(op, status);
        expect(status).toBe(successOf(op));
        expectValid(op, status, data);
        count(op, "fuzz valid");
      }),
      { ...fcParams(), numRuns: RUNS.readValid },
    );
  });

  it.each(reads.filter((op) => breakRead(op)).map((op) => [id(op), op] as const))(
    `%s: ${RUNS.readInvalid} invalid path and query values → 422 or 404`,
    async (_id, op) => {
      const broken = breakRead(op)!;
      const invalid = fc.tuple(validRead(op), broken.values).map(([params, value]) => ({ ...params, [broken.field]: value }));
      await fc.assert(
        fc.asyncProperty(invalid, async (params) => {
          const error = await methodOf(op)(params).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error, `${id(op)} ${JSON.stringify(params)}`).toBeInstanceOf(broken.expected);
          const apiError = error as ApiError;
          expectDocumented(op, apiError.status);
          expect(apiError.status).toBeLessThan(500);
          expectValid(op, apiError.status, apiError.body);
          if (apiError instanceof ValidationError) expect(apiError.errors).toContainEqual(expect.objectContaining({ field: broken.field, code: "invalid" }));
          count(op, "fuzz invalid");
        }),
        { ...fcParams(), numRuns: RUNS.readInvalid },
      );
    },
  );
});

function expectation(way: Breakage) {
  return { field: way.field, code: way.code };
}

describe("drift: what the build produced is what the bundle gives now", () => {
  it("the client's generated types and method table", async () => {
    const fresh = await renderClientFiles();
    for (const [name, content] of Object.entries(fresh)) {
      const built = readFileSync(resolve(clientGeneratedDir, name), "utf8");
      expect(built === content, `${resolve(clientGeneratedDir, name)} differs from what the bundle gives: run pnpm build`).toBe(true);
    }
  });

  it("the docs' bundle with code samples", () => {
    const docsBundle = resolve(docsDir(), "dist/openapi.json");
    const built = JSON.parse(readFileSync(docsBundle, "utf8")) as unknown;
    expect(
      JSON.stringify(built) === JSON.stringify(withChanges(withCodeSamples(bundle))),
      `${docsBundle} differs from what the bundle gives: run pnpm build`,
    ).toBe(true);
  });
});

function docsDir(): string {
  return dirname(createRequire(import.meta.url).resolve("@copilot-spaces/docs/package.json"));
}

describe("the built docs", () => {
  it("hold every operation's summary and operationId", () => {
    const html = readFileSync(resolve(docsDir(), "dist/index.html"), "utf8");
    for (const op of operations) {
      expect(html.includes(String(op.operation.summary)), `the docs lack the summary of ${id(op)}`).toBe(true);
      expect(html.includes(id(op)), `the docs lack the operationId ${id(op)}`).toBe(true);
    }
  });
});

afterAll(() => {
  // operationId × (success, each documented error, fuzzed valid, fuzzed invalid).
  const errorColumns = [...new Set(operations.flatMap((op) => errorsOf(op)))].sort().map(String);
  const columns = ["success", ...errorColumns, "fuzz valid", "fuzz invalid"];
  const rows = operations.map((op) => {
    const cells = columns.map((column) => {
      const documented = column === "fuzz invalid" ? fuzzInvalidApplies(op) : !/^\d+$/.test(column) || errorsOf(op).includes(Number(column));
      return documented ? String(coverage.get(id(op))!.get(column) ?? 0) : "–";
    });
    return `| ${id(op)} | ${cells.join(" | ")} |`;
  });
  console.log(
    `\nContract coverage (seed ${SEED}; – = not documented for that operation)\n\n| operationId | ${columns.join(" | ")} |\n| --- |${columns.map(() => " ---: |").join("")}\n${rows.join("\n")}\n`,
  );
});

describe("coverage", () => {
  it("fills every cell: each operation's success, documented errors, fuzzed valid and invalid requests", () => {
    const empty: string[] = [];
    for (const op of operations) {
      for (const column of ["success", ...errorsOf(op).map(String), "fuzz valid", ...(fuzzInvalidApplies(op) ? ["fuzz invalid"] : [])]) {
        if (!coverage.get(id(op))!.get(column)) empty.push(`${id(op)} × ${column}`);
      }
    }
    expect(empty, "operations with no coverage").toEqual([]);
  });
});
