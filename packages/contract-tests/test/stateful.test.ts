// Contract tests against the stateful mock: every operation through @copilot-spaces/client over real
// HTTP, checked against the bundle (status documented, body valid for its schema) and, where the mock
// keeps state for it, for its effect on the store. Each case has an owner of its own and creates what
// it reads. The cases come from the bundle model: an operation's collection and item, the parameter
// that names the item and the item field that holds it (x-item-field).
import { createCopilotSpacesClient, NotFoundError } from "@copilot-spaces/client";
import { exampleValues, operationsOf, type ModelOperation, type ModelParameter } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator, responseSchemaPointer } from "@copilot-spaces/tools/bundle-validator";
import { methodName } from "@copilot-spaces/tools/generate-client";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, describe, expect, inject, it } from "vitest";

const bundle = readBundle();
const validator = new BundleValidator(bundle);
const operations = operationsOf(bundle);
const client = createCopilotSpacesClient({ token: "contract-test-token", baseUrl: inject("statefulMockUrl"), retry: false, timeoutMs: 15_000 });

type Method = (params: unknown, options?: unknown) => Promise<unknown> & { withResponse(): Promise<{ data: unknown; status: number; headers: Headers }> };
const id = (op: ModelOperation) => op.operationId;
const methodOf = (op: ModelOperation): Method => {
  const { namespace, method } = methodName(id(op));
  return (client as unknown as Record<string, Record<string, Method>>)[namespace]![method]!;
};
const successOf = (op: ModelOperation) => op.success.status;
const pathParams = (op: ModelOperation) => op.parameters.filter((p) => p.in === "path");
/** The item get of an operation's collection, and the parameter naming an item, when the mock can keep the collection. */
function kept(op: ModelOperation): { read: ModelOperation; identity: ModelParameter & { itemField: string } } | undefined {
  // A collection inside another's item is that item's (see `inside`), not one of its own.
  const collection = op.resource?.collection;
  if (operations.some((o) => o.resource?.item !== undefined && collection?.startsWith(`${o.resource.item}/`))) return undefined;
  const read = operations.find((o) => o.method === "get" && o.resource?.action === "get" && o.resource.collection === op.resource?.collection);
  const identity = read?.parameters.find((p) => p.name === read.resource!.identity[0]);
  if (!read || read.resource!.identity.length !== 1 || !identity?.itemField || identity.schema.type !== "integer") return undefined;
  return { read, identity: identity as ModelParameter & { itemField: string } };
}
const createOf = (op: ModelOperation) => operations.find((o) => o.resource?.action === "create" && o.resource.collection === op.resource?.collection)!;
// operationId → what the stateful suite checked of it; printed at the end, every operation must have a row.
const covered = new Map<string, string>();
const cover = (op: ModelOperation, what: string) => covered.set(id(op), what);
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
/** Path parameters for a case: a new owner of its own (the item is named later). */
function paramsFor(op: ModelOperation): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const name of op.resource?.owner ?? pathParams(op).map((p) => p.name)) params[name] = `contract-${process.pid}-${++owners}`;
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

const owner = (op: ModelOperation, params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([name]) => (op.resource?.owner ?? []).includes(name)));
const pageOfTwo = (op: ModelOperation) => (op.paging?.pageSize ? { [op.paging.pageSize.name]: 2 } : {});

/**
 * For an operation of a collection inside a kept item (a Space's collaborators, its resources): the
 * item's own create and read, and the collection's create. An inner item's identity parameters take
 * the values its create request sent under the same names, else its item field (x-item-field).
 */
function inside(op: ModelOperation) {
  const collection = op.resource?.collection;
  const parent = operations.find((o) => kept(o) && o.resource?.action === "get" && collection?.startsWith(`${o.path}/`));
  const create = operations.find((o) => o.resource?.collection === collection && o.resource?.action === "create");
  if (!parent || !create) return undefined;
  return { parent, create };
}

function innerIdentity(op: ModelOperation, sent: Record<string, unknown>, created: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    (op.resource?.identity ?? []).map((name) => {
      const parameter = op.parameters.find((p) => p.name === name)!;
      return [name, name in sent ? sent[name] : created[parameter.itemField ?? name]];
    }),
  );
}

describe("stateful mock: every operation inside a kept item, for its effect", () => {
  it.each(operations.filter((op) => !kept(op) && inside(op)).map((op) => [id(op), op] as const))("%s", async (_id, op) => {
    const { parent, create: innerCreate } = inside(op)!;
    const { identity } = kept(parent)!;
    const params = paramsFor(parent);
    const item = await create(parent, params);
    const at = { ...params, [identity.name]: item[identity.itemField] };
    const sent = exampleBody(innerCreate);
    const made = await methodOf(innerCreate)({ ...at, ...sent }).withResponse();
    expectValid(innerCreate, made.status, made.data);
    const created = made.data as Record<string, unknown>;
    const list = operations.find((o) => o.resource?.collection === op.resource!.collection && o.resource?.action === "list");
    const listed = async () => {
      const { data, status } = await methodOf(list!)(at).withResponse();
      expectValid(list!, status, data);
      return Object.values(data as Record<string, unknown[]>).find(Array.isArray) ?? [];
    };
    const target = { ...at, ...innerIdentity(op, sent, created) };
    cover(op, `effect inside ${parent.operationId}'s item (${op.resource!.action})`);
    switch (op.resource!.action) {
      case "create":
      case "list":
        expect(await listed()).toContainEqual(created);
        return;
      case "get": {
        const { data, status } = await methodOf(op)(target).withResponse();
        expectValid(op, status, data);
        expect(data).toEqual(created);
        return;
      }
      case "set": {
        const { data, status } = await methodOf(op)({ ...target, ...exampleBody(op) }).withResponse();
        expect(status).toBe(successOf(op));
        expectValid(op, status, data);
        expect(await listed()).toContainEqual(data);
        return;
      }
      case "delete": {
        const { status } = await methodOf(op)(target).withResponse();
        expect(status).toBe(successOf(op));
        expect(await listed()).not.toContainEqual(created);
        await expect(methodOf(op)(target)).rejects.toBeInstanceOf(NotFoundError);
      }
    }
  });
});

describe("stateful mock: every operation, for its effect", () => {
  const stateless = operations.filter((op) => !kept(op) && !inside(op));
  it.each(stateless.map((op) => [id(op), op] as const))("%s (no state kept: answered as the description's example)", async (_id, op) => {
    const params = Object.fromEntries(pathParams(op).map((p) => [p.name, p.node.example]));
    const { data, status } = await methodOf(op)({ ...params, ...exampleBody(op) }).withResponse();
    expect(status).toBe(successOf(op));
    expectValid(op, status, data);
    cover(op, "answered (no state kept)");
  });

  it.each(operations.filter((op) => kept(op)).map((op) => [id(op), op] as const))("%s", async (_id, op) => {
    const { read, identity: idParam } = kept(op)!;
    const field = idParam.itemField;
    const identity = op.resource!.identity.length > 0;
    const params = paramsFor(op);
    const status = successOf(op);
    cover(op, `effect (${op.resource!.action})`);
    if (op.resource!.action === "create") {
      const created = await create(op, params);
      expect(await methodOf(read)({ ...owner(read, params), [idParam.name]: created[field] })).toEqual(created);
      return;
    }
    if (!identity) {
      // A list: what was created is listed, in ascending order, across pages.
      const created = [await create(op, params), await create(op, params), await create(op, params)];
      const items: Record<string, unknown>[] = [];
      for await (const page of client.paginate.pages(methodOf(op) as never, { ...params, ...pageOfTwo(op) } as never)) {
        expectValid(op, page.status, { [op.paging!.itemsKey]: page.items });
        items.push(...(page.items as Record<string, unknown>[]));
      }
      const identities = items.map((i) => Number(i[field]));
      expect(identities).toEqual([...identities].sort((a, b) => a - b));
      for (const c of created) expect(identities).toContain(c[field]);
      return;
    }
    const created = await create(op, params);
    const target = { ...params, [idParam.name]: created[field] };
    if (op.resource!.action === "get") {
      const { data, status: got } = await methodOf(op)(target).withResponse();
      expect(got).toBe(status);
      expectValid(op, got, data);
      expect(data).toEqual(created);
    } else if (op.resource!.action === "set") {
      const body = setBody(op, created);
      const { data, status: got } = await methodOf(op)({ ...target, ...body }).withResponse();
      expect(got).toBe(status);
      expectValid(op, got, data);
      for (const [field, value] of Object.entries(body)) if (typeof value !== "object") expect((data as Record<string, unknown>)[field], field).toEqual(value);
      expect(await methodOf(read)(target)).toEqual(data);
    } else if (op.resource!.action === "delete") {
      const { status: got } = await methodOf(op)(target).withResponse();
      expect(got).toBe(status);
      await expect(methodOf(read)(target)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("stateful mock: the round trip per kind of owner", () => {
  const collections = operations.filter((op) => op.resource?.action === "create" && kept(op));
  it.each(collections.map((op) => [op.path, op] as const))("%s: create → get → set → list → delete → get", async (_path, post) => {
    const { read, identity } = kept(post)!;
    const of = (action: string) => operations.find((o) => o.resource?.collection === post.resource!.collection && o.resource.action === action)!;
    const set = of("set");
    const list = of("list");
    const remove = of("delete");
    const params = paramsFor(post);
    const created = await create(post, params);
    const field = identity.itemField;
    const target = { ...params, [identity.name]: created[field] };
    expect(await methodOf(read)(target)).toEqual(created);
    const updated = (await methodOf(set)({ ...target, ...setBody(set, created) })) as Record<string, unknown>;
    expectValid(set, successOf(set), updated);
    expect(await methodOf(read)(target), "the set is what a read gives afterwards").toEqual(updated);
    const listed: Record<string, unknown>[] = [];
    for await (const page of client.paginate.pages(methodOf(list) as never, { ...params, ...pageOfTwo(list) } as never))
      listed.push(...(page.items as Record<string, unknown>[]));
    expect(listed.map((i) => i[field])).toContain(created[field]);
    await methodOf(remove)(target);
    await expect(methodOf(read)(target)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("stateful coverage", () => {
  it("checks every operation of the description", () => {
    expect(operations.filter((op) => !covered.has(id(op))).map(id)).toEqual([]);
  });
});

afterAll(() => {
  const rows = operations.map((op) => `| ${id(op)} | ${covered.get(id(op)) ?? "–"} |`);
  console.log(`\nStateful contract coverage\n\n| operationId | checked |\n| --- | --- |\n${rows.join("\n")}\n`);
});
