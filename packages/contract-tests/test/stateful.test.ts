// Contract tests against the stateful mock: every operation through @copilot-spaces/client over real
// HTTP, checked against the bundle (status documented, body valid for its schema) and for its effect
// on the store. Each case has an owner of its own and creates what it reads. The cases come from the
// bundle: an item operation is `<collection path>/{integer}`, its collection's POST creates.
import { createCopilotSpacesClient, NotFoundError } from "@copilot-spaces/client";
import { exampleValues, operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator, responseSchemaPointer } from "@copilot-spaces/tools/bundle-validator";
import { methodName, operationTable } from "@copilot-spaces/tools/generate-client";
import { readBundle } from "@copilot-spaces/tools/paths";
import { describe, expect, inject, it } from "vitest";

const bundle = readBundle();
const validator = new BundleValidator(bundle);
const operations = operationsOf(bundle);
const table = operationTable(bundle);
const client = createCopilotSpacesClient({ token: "contract-test-token", baseUrl: inject("statefulMockUrl"), retry: false, timeoutMs: 15_000 });

type Method = (params: unknown, options?: unknown) => Promise<unknown> & { withResponse(): Promise<{ data: unknown; status: number; headers: Headers }> };
const id = (op: ModelOperation) => String(op.operation.operationId);
const methodOf = (op: ModelOperation): Method => {
  const { namespace, method } = methodName(id(op));
  return (client as unknown as Record<string, Record<string, Method>>)[namespace]![method]!;
};
const successOf = (op: ModelOperation) => Object.keys(op.operation.responses as object).map(Number).find((s) => s < 300)!;
const pathParams = (op: ModelOperation) => op.parameters.filter((p) => p.node.in === "path").map((p) => ({ name: String(p.node.name), integer: (p.node.schema as { type?: string }).type === "integer" }));
const identityOf = (op: ModelOperation) => pathParams(op).find((p) => p.integer && op.path.endsWith(`{${p.name}}`));
const collectionOf = (op: ModelOperation) => (identityOf(op) ? op.path.slice(0, op.path.lastIndexOf("/")) : op.path);
const createOf = (op: ModelOperation) => operations.find((o) => o.method === "post" && o.path === collectionOf(op))!;
const itemsKeyOf = (op: ModelOperation) => table.find((e) => e.operationId === id(op))!.itemsKey;
const exampleBody = (op: ModelOperation) => (exampleValues(bundle, op.operation.requestBody)[0] ?? {}) as Record<string, unknown>;

/**
 * A set's example body, for an item this test created: the example's nested items that name an `id`
 * (edit or remove an attached one) get the ids of the created item's own, in order; those left over
 * are dropped. (The example's ids are the page's, which a new item does not hold.)
 */
function setBody(op: ModelOperation, created: Record<string, unknown>): Record<string, unknown> {
  const body = structuredClone(exampleBody(op));
  for (const [field, value] of Object.entries(body)) {
    if (!Array.isArray(value)) continue;
    const own = ((created[field] as { id?: unknown }[] | undefined) ?? []).map((item) => item.id);
    body[field] = value.flatMap((item: Record<string, unknown>) => (item.id === undefined ? [item] : own.length > 0 ? [{ ...item, id: own.shift() }] : []));
  }
  return body;
}

let owners = 0;
/** Path parameters for a case: a new owner of its own, and the identity given. */
function paramsFor(op: ModelOperation, identity?: number): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of pathParams(op)) params[p.name] = p.integer ? identity : `contract-${process.pid}-${++owners}`;
  return params;
}

function expectValid(op: ModelOperation, status: number, data: unknown) {
  expect(Object.keys(op.operation.responses as object).map(Number), `${id(op)}: ${status} is not documented`).toContain(status);
  const schema = responseSchemaPointer(op, status);
  if (schema) expect(validator.validate(schema, data).errors, `${id(op)} ${status} against the description`).toEqual([]);
}

/** Creates an item in the collection of `op`, for the owner in `params`. */
async function create(op: ModelOperation, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const post = createOf(op);
  const { data, status } = await methodOf(post)({ ...owner(post, params), ...exampleBody(post) }).withResponse();
  expectValid(post, status, data);
  return data as Record<string, unknown>;
}

/** The item operation that reads what `op`'s collection holds. */
const readOf = (op: ModelOperation) => operations.find((o) => o.method === "get" && identityOf(o) && collectionOf(o) === collectionOf(op))!;

const identityFields = new Map<string, string>();
/**
 * The field of a created item that holds its identity parameter: the integer field whose value reads
 * the item back (found once per collection, from the mock's own answers).
 */
async function identityField(op: ModelOperation, params: Record<string, unknown>, item: Record<string, unknown>): Promise<string> {
  const known = identityFields.get(collectionOf(op));
  if (known) return known;
  const read = readOf(op);
  for (const [field, value] of Object.entries(item)) {
    if (!Number.isInteger(value)) continue;
    const found = await methodOf(read)({ ...owner(read, params), [identityOf(read)!.name]: value }).then((data) => JSON.stringify(data) === JSON.stringify(item), () => false);
    if (found) {
      identityFields.set(collectionOf(op), field);
      return field;
    }
  }
  throw new Error(`${id(op)}: no field of the created item reads it back through ${id(read)}`);
}

const owner = (op: ModelOperation, params: Record<string, unknown>) => Object.fromEntries(Object.entries(params).filter(([name]) => pathParams(op).some((p) => p.name === name && !p.integer)));

describe("stateful mock: every operation, for its effect", () => {
  it.each(operations.map((op) => [id(op), op] as const))("%s", async (_id, op) => {
    const identity = identityOf(op);
    const params = paramsFor(op);
    const status = successOf(op);
    if (op.method === "post") {
      const created = await create(op, params);
      const read = readOf(op);
      const field = await identityField(op, params, created);
      expect(await methodOf(read)({ ...owner(read, params), [identityOf(read)!.name]: created[field] })).toEqual(created);
      return;
    }
    if (!identity) {
      // A list: what was created is listed, in ascending order, across pages.
      const created = [await create(op, params), await create(op, params), await create(op, params)];
      const field = await identityField(op, params, created[0]!);
      const items: Record<string, unknown>[] = [];
      for await (const page of client.paginate.pages(methodOf(op) as never, { ...params, per_page: 2 } as never)) {
        expectValid(op, page.status, { [itemsKeyOf(op)!]: page.items });
        items.push(...(page.items as Record<string, unknown>[]));
      }
      const identities = items.map((i) => Number(i[field]));
      expect(identities).toEqual([...identities].sort((a, b) => a - b));
      for (const c of created) expect(identities).toContain(c[field]);
      return;
    }
    const created = await create(op, params);
    const target = { ...params, [identity.name]: created[await identityField(op, params, created)] };
    const read = readOf(op);
    if (op.method === "get") {
      const { data, status: got } = await methodOf(op)(target).withResponse();
      expect(got).toBe(status);
      expectValid(op, got, data);
      expect(data).toEqual(created);
    } else if (op.method === "put") {
      const body = setBody(op, created);
      const { data, status: got } = await methodOf(op)({ ...target, ...body }).withResponse();
      expect(got).toBe(status);
      expectValid(op, got, data);
      for (const [field, value] of Object.entries(body)) if (typeof value !== "object") expect((data as Record<string, unknown>)[field], field).toEqual(value);
      expect(await methodOf(read)(target)).toEqual(data);
    } else if (op.method === "delete") {
      const { status: got } = await methodOf(op)(target).withResponse();
      expect(got).toBe(status);
      await expect(methodOf(read)(target)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("stateful mock: the round trip per kind of owner", () => {
  const collections = [...new Set(operations.filter((op) => op.method === "post").map((op) => op.path))];
  it.each(collections)("%s: create → get → set → list → delete → get", async (collection) => {
    const post = operations.find((o) => o.method === "post" && o.path === collection)!;
    const list = operations.find((o) => o.method === "get" && o.path === collection)!;
    const read = readOf(post);
    const set = operations.find((o) => o.method === "put" && o.path === read.path)!;
    const remove = operations.find((o) => o.method === "delete" && o.path === read.path)!;
    const params = paramsFor(post);
    const created = await create(post, params);
    const field = await identityField(post, params, created);
    const target = { ...params, [identityOf(read)!.name]: created[field] };
    expect(await methodOf(read)(target)).toEqual(created);
    const updated = (await methodOf(set)({ ...target, ...setBody(set, created) })) as Record<string, unknown>;
    expectValid(set, successOf(set), updated);
    expect(await methodOf(read)(target), "the set is what a read gives afterwards").toEqual(updated);
    const listed: Record<string, unknown>[] = [];
    for await (const page of client.paginate.pages(methodOf(list) as never, { ...params, per_page: 2 } as never)) listed.push(...(page.items as Record<string, unknown>[]));
    expect(listed.map((i) => i[field])).toContain(created[field]);
    await methodOf(remove)(target);
    await expect(methodOf(read)(target)).rejects.toBeInstanceOf(NotFoundError);
  });
});
