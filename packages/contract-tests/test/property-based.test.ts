// Contract tests, property-based requests (fast-check, from the bundle's schemas) to the real
// stateless mock through @copilot-spaces/client: valid bodies and path and query values answered
// with the success, each a body valid for it; invalid ones refused with a documented status that
// names what was wrong (a 422 naming the field, 400 for broken JSON, GitHub's router's 404).
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { type ApiError, NotFoundError, ValidationError } from "@copilot-spaces/client";
import fc from "fast-check";
import { afterAll, describe, expect, inject, it } from "vitest";
import { breakages, validValue, type Breakage } from "../src/arbitraries.js";
import {
  bundle,
  examplesOfPath,
  expectDocumented,
  expectValid,
  id,
  integerPathParameter,
  methodOf,
  mockUrl,
  operations,
  pathParams,
  requestSchema,
  successOf,
} from "./contract-helpers.js";
import { Coverage } from "./coverage.js";

const SEED = inject("contractSeed");
const RUNS = { writeValid: 500, writeInvalid: 500, readValid: 200, readInvalid: 200 };

/** Which columns of the coverage table an operation must fill: a fuzzed invalid request needs something to break. */
const fuzzInvalidApplies = (op: ModelOperation) => Boolean(op.requestBody || op.paging?.pageSize || integerPathParameter(op));
const coverage = new Coverage(operations.map((op) => [id(op), ["fuzz valid", ...(fuzzInvalidApplies(op) ? ["fuzz invalid"] : [])]]));
const count = (op: ModelOperation, column: "fuzz valid" | "fuzz invalid") => coverage.count(id(op), column);

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

afterAll(() => coverage.save(inject("coverageDir"), "property-based"));

describe("coverage", () => {
  it("fills every cell: each operation's fuzzed valid and invalid requests", () => {
    expect(coverage.empty(), "operations with no coverage").toEqual([]);
  });
});
