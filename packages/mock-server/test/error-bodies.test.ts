// The mock's error answers, over its fetch door, are the description's named examples word for word:
// a maintainer who edits an example in spec/ changes what the mock says.
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, type Mock } from "../src/index.js";

const bundle = readBundle() as unknown as { paths: unknown; components: { examples: Record<string, { value: Record<string, unknown> }> } };
const example = (name: string) => bundle.components.examples[name]!.value;
const operations = operationsOf(bundle);
// An operation that takes a body with a required field, and one that takes a path parameter.
const create = operations.find((o) => o.method === "post" && o.requestBody?.required)!;
const fill = (path: string) => path.replace(/\{[^}]+\}/g, (name) => (/number|id/.test(name) ? "1" : "octo"));
const auth = { authorization: "Bearer t" };

let mock: Mock;
beforeAll(async () => (mock = await createMock()));
afterAll(() => mock.close());

const body = async (path: string, init: RequestInit = {}) => {
  const response = await mock.fetch(`http://mock.test${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("error bodies are the description's examples", () => {
  it.each([
    ["a path the description does not have", "not-found", () => body("/no/such/path", { headers: auth })],
    ["no token", "requires-authentication", () => body(fill(create.path), { method: "POST", body: "{}" })],
    ["a body that is not JSON", "bad-request-json", () => body(fill(create.path), { method: "POST", headers: auth, body: "{" })],
    ["a JSON body that is not an object", "bad-request-not-object", () => body(fill(create.path), { method: "POST", headers: auth, body: "[]" })],
  ] as const)("%s: the example %s", async (_, name, request) => {
    const answer = await request();
    expect(answer.body).toEqual(example(name));
    expect(answer.status).toBe(Number(example(name).status));
  });

  it("a body without its required fields: the validation-failed example's message, link and status, with the fields named", async () => {
    const answer = await body(fill(create.path), { method: "POST", headers: auth, body: "{}" });
    const { errors: _, ...words } = example("validation-failed");
    expect(answer.body).toMatchObject(words);
    expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: "missing_field" })]));
  });
});
