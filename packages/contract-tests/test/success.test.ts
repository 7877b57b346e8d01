// Contract tests, the answers: every operation of the bundle, called through @copilot-spaces/client
// against the real stateless mock over HTTP, answers its success with a documented status, GitHub's
// Content-Type and one of the description's examples, valid against the bundle itself (ajv, 2020-12,
// formats), not against the client's types; every list is walked to its last page; the mock's journal
// holds each call as the operation the client called, answered with the status it got. The cases come
// from the bundle: a new operation is covered, or the suite fails.
import type { JournalEntry } from "@copilot-spaces/mock-server";
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { afterAll, describe, expect, inject, it } from "vitest";
import {
  client,
  entryOf,
  exampleOf,
  expectDocumented,
  expectValid,
  id,
  methodOf,
  mockUrl,
  operations,
  pageOfTwo,
  pathParams,
  responseExamples,
  responseSchema,
  successOf,
} from "./contract-helpers.js";
import { Coverage } from "./coverage.js";

const coverage = new Coverage(operations.map((op) => [id(op), ["success"]]));
const count = (op: ModelOperation, n = 1) => coverage.count(id(op), "success", n);

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
    await expectJournalled(op, status, headers);
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
    count(op);
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
      count(op, pages.length);
    },
  );
});

/** GET /__mock/requests, filtered by the operation, holds the call (found by its request id) as the client made it and got it. */
async function expectJournalled(op: ModelOperation, status: number, headers: Headers) {
  const requestId = headers.get("x-github-request-id");
  const answer = await fetch(`${mockUrl}/__mock/requests?operationId=${encodeURIComponent(id(op))}`);
  expect(answer.status).toBe(200);
  const { requests } = (await answer.json()) as { requests: JournalEntry[] };
  expect(
    requests.find((entry) => entry.requestId === requestId),
    `${id(op)}: the journal lacks request ${requestId}`,
  ).toMatchObject({ operationId: id(op), method: op.method.toUpperCase(), status, problems: [] });
}

afterAll(() => coverage.save(inject("coverageDir"), "success"));

describe("coverage", () => {
  it("fills every cell: each operation's success", () => {
    expect(coverage.empty(), "operations with no coverage").toEqual([]);
  });
});
