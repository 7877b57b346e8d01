// The seed check against the real page, and shown to fail: each case changes one thing in a copy of
// the bundle, chosen from the page and the bundle model (no path, field or value is named here), and
// expects the check to name it.
import { operationsOf, resolvePointer, resolveSchema, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { readBundle, readSeedPage } from "@copilot-spaces/tools/paths";
import { checkSeedConformance } from "@copilot-spaces/tools/seed-conformance";
import { parseSeedPage, type SeedOperation, type SeedParameter } from "@copilot-spaces/tools/seed-page";
import { describe, expect, it } from "vitest";

const seed = parseSeedPage(readSeedPage());
const bundle = readBundle();
const operations = operationsOf(bundle);

type Node = Record<string, any>;
/** A copy of the bundle with one change, to show that the check notices it. */
function changed(edit: (copy: Node) => void): ReturnType<typeof readBundle> {
  const copy = structuredClone(bundle) as Node;
  edit(copy);
  return copy as ReturnType<typeof readBundle>;
}
const at = (document: Node, pointer: string) => resolvePointer(document, `#${pointer}`) as Node;
const where = (op: SeedOperation) => `${op.method.toUpperCase()} ${op.path} ("${op.title}")`;
const modelOf = (op: SeedOperation) => operations.find((o) => o.method === op.method && o.path === op.path)!;
const seedOf = (o: ModelOperation) => seed.find((op) => op.method === o.method && op.path === o.path);
const mentioning = (problems: string[], text: string) => problems.filter((p) => p.includes(text));

/** The schema node (in `document`) of a body field of the page, following `$ref`s into the copy. */
function fieldSchema(document: Node, op: SeedOperation, field: SeedParameter): { parent: Node; node: Node } {
  let parent = at(document, modelOf(op).requestBody!.schemaPointer);
  let node: Node = parent;
  for (const name of field.path) {
    while (typeof parent.$ref === "string") parent = resolvePointer(document, parent.$ref) as Node;
    if (parent.type === "array") parent = parent.items;
    while (typeof parent.$ref === "string") parent = resolvePointer(document, parent.$ref) as Node;
    node = parent.properties[name];
    while (typeof node.$ref === "string") node = resolvePointer(document, node.$ref) as Node;
    if (name !== field.path.at(-1)) parent = node;
  }
  return { parent, node };
}

describe("the description conforms to the seed page", () => {
  it("reads operations from the page", () => {
    expect(seed.length).toBeGreaterThan(0);
  });

  it("has every operation, status code, parameter, enum value, default, header and example of the page, and declares what it adds", () => {
    expect(checkSeedConformance(seed, bundle)).toEqual([]);
  });

  it("has every operation of the page; the others are declared additions", () => {
    for (const op of seed) expect(modelOf(op), where(op)).toBeDefined();
    for (const o of operations.filter((o) => !seedOf(o))) expect(o.seedAddition, o.operationId).toMatch(/\S/);
  });
});

describe("the check names what the description loses or changes", () => {
  const op = seed.find((o) => o.statuses.some((s) => s.code >= 400))!;

  it("a status code that was removed", () => {
    const status = op.statuses.find((s) => s.code >= 400)!;
    const problems = checkSeedConformance(
      seed,
      changed((b) => delete at(b, modelOf(op).at).responses[String(status.code)]),
    );
    expect(problems).toContain(`${where(op)}: status ${status.code} ("${status.description}") is missing from its responses.`);
  });

  it("an enum value that was removed", () => {
    const [fieldOp, field] = seed.flatMap((o) => o.parameters.filter((p) => p.in === "body" && p.enum).map((p) => [o, p] as const))[0]!;
    const removed = field.enum![0]!;
    const problems = checkSeedConformance(
      seed,
      changed((b) => {
        const { node } = fieldSchema(b, fieldOp, field);
        node.enum = node.enum.filter((value: string) => value !== removed);
      }),
    );
    expect(mentioning(problems, `${where(fieldOp)}: body field "${field.path.join(".")}" lacks the enum value "${removed}".`)).toHaveLength(1);
  });

  it("a default that differs from the page", () => {
    const [paramOp, param] = seed.flatMap((o) => o.parameters.filter((p) => p.in === "query" && p.default !== undefined).map((p) => [o, p] as const))[0]!;
    const other = Number(param.default) + 1;
    const problems = checkSeedConformance(
      seed,
      changed((b) => {
        const p = modelOf(paramOp).parameters.find((m) => m.name === param.name)!;
        at(b, p.at).schema.default = other;
      }),
    );
    expect(mentioning(problems, `query parameter "${param.name}" has default ${other}, the page says ${param.default}`).length).toBeGreaterThan(0);
  });

  it("a bound that differs from the page's (max N)", () => {
    const [paramOp, param] = seed.flatMap((o) => o.parameters.filter((p) => /\(max \d+\)/.test(p.description)).map((p) => [o, p] as const))[0]!;
    const max = /\(max (\d+)\)/.exec(param.description)![1];
    const problems = checkSeedConformance(
      seed,
      changed((b) => {
        at(b, modelOf(paramOp).parameters.find((m) => m.name === param.name)!.at).schema.maximum = Number(max) * 10;
      }),
    );
    expect(mentioning(problems, `"${param.name}" has maximum ${Number(max) * 10}, the page says ${max}`).length).toBeGreaterThan(0);
  });

  it("a body field whose required flag differs", () => {
    const [fieldOp, field] = seed.flatMap((o) =>
      o.parameters.filter((p) => p.in === "body" && p.required && p.path.length === 1).map((p) => [o, p] as const),
    )[0]!;
    const problems = checkSeedConformance(
      seed,
      changed((b) => {
        const { parent } = fieldSchema(b, fieldOp, field);
        parent.required = (parent.required as string[]).filter((name) => name !== field.name);
      }),
    );
    expect(problems).toContain(`${where(fieldOp)}: body field "${field.name}" is not required, the page says Required.`);
  });

  it("an example that no longer matches the page", () => {
    const [exampleOp, example] = seed.flatMap((o) =>
      o.responseExamples.filter((e) => e.body && typeof e.body === "object" && !Array.isArray(e.body)).map((e) => [o, e] as const),
    )[0]!;
    const problems = checkSeedConformance(
      seed,
      changed((b) => {
        const response = modelOf(exampleOp).responses.find((r) => r.status === example.status)!;
        const media = at(b, response.schemaPointer!.replace(/\/schema$/, ""));
        for (const named of Object.values(media.examples as Record<string, Node>)) {
          const value = (typeof named.$ref === "string" ? (resolvePointer(b, named.$ref) as Node) : named).value as Node;
          value["added-by-the-test"] = true;
        }
      }),
    );
    expect(problems).toContain(`${where(exampleOp)}: the page's ${example.status} example ("${example.title}") is not among the response's examples.`);
  });

  it("a missing API-version header", () => {
    const path = modelOf(op).path;
    const header = modelOf(op).parameters.find((p) => p.in === "header")!;
    const problems = checkSeedConformance(
      seed,
      changed((b) => {
        for (const holder of [b.paths[path], ...Object.values(b.paths[path] as Node)]) {
          if (Array.isArray(holder?.parameters)) holder.parameters = holder.parameters.filter((p: Node) => resolveSchema(b, p).name !== header.name);
        }
      }),
    );
    const atPath = seed.filter((o) => o.path === path).length;
    expect(mentioning(problems, `${header.name} header the page's request sends is not a parameter`)).toHaveLength(atPath);
  });
});

describe("additions to the page are declared with x-seed-addition", () => {
  const first = operations.find((o) => seedOf(o) && o.requestBody)!;
  const op = seedOf(first)!;
  const extraPath = `${first.path}/added-by-the-test`;
  const extraOperation = (declared: boolean) => (b: Node) => {
    b.paths[extraPath] = {
      get: {
        operationId: `${first.tags[0]}/added-by-the-test`,
        summary: "Added by the test",
        tags: first.tags,
        responses: { "204": { description: "No Content" } },
        ...(declared ? { "x-seed-addition": "The test adds it." } : {}),
      },
    };
  };

  it("an operation that the page lacks: named unless declared", () => {
    expect(checkSeedConformance(seed, changed(extraOperation(false)))).toEqual([
      `GET ${extraPath} (${first.tags[0]}/added-by-the-test): the page does not have this operation, and it is not declared with x-seed-addition.`,
    ]);
    expect(checkSeedConformance(seed, changed(extraOperation(true)))).toEqual([]);
  });

  it("a status code that the page lacks: named unless declared", () => {
    const add = (declared: boolean) => (b: Node) => {
      at(b, first.at).responses["409"] = { description: "Conflict", ...(declared ? { "x-seed-addition": "The test adds it." } : {}) };
    };
    expect(checkSeedConformance(seed, changed(add(false)))).toEqual([
      `${where(op)}: status 409 is not on the page, and it is not declared with x-seed-addition.`,
    ]);
    expect(checkSeedConformance(seed, changed(add(true)))).toEqual([]);
  });

  it("a response header that the page lacks: named unless declared", () => {
    const success = first.success;
    const add = (declared: boolean) => (b: Node) => {
      let response = at(b, first.at).responses[String(success.status)] as Node;
      while (typeof response.$ref === "string") response = resolvePointer(b, response.$ref) as Node;
      (response.headers ??= {})["x-added-by-the-test"] = { schema: { type: "string" }, ...(declared ? { "x-seed-addition": "The test adds it." } : {}) };
    };
    expect(checkSeedConformance(seed, changed(add(false)))).toEqual([
      `${where(op)}: status ${success.status}'s header "x-added-by-the-test" is not on the page, and it is not declared with x-seed-addition.`,
    ]);
    expect(checkSeedConformance(seed, changed(add(true)))).toEqual([]);
  });

  it("a declared response header whose declaration is removed: named again", () => {
    const header = first.success.headers.find((h) => h.seedAddition)!;
    const problems = checkSeedConformance(
      seed,
      changed((b) => delete at(b, header.at)["x-seed-addition"]),
    );
    expect(problems).toContain(
      `${where(op)}: status ${first.success.status}'s header "${header.name}" is not on the page, and it is not declared with x-seed-addition.`,
    );
  });

  it("a parameter that the page lacks: named unless declared", () => {
    const add = (declared: boolean) => (b: Node) => {
      const parameters = (at(b, first.at).parameters ??= []) as Node[];
      parameters.push({ name: "added_by_the_test", in: "query", schema: { type: "string" }, ...(declared ? { "x-seed-addition": "The test adds it." } : {}) });
    };
    expect(checkSeedConformance(seed, changed(add(false)))).toEqual([
      `${where(op)}: query parameter "added_by_the_test" is not on the page, and it is not declared with x-seed-addition.`,
    ]);
    expect(checkSeedConformance(seed, changed(add(true)))).toEqual([]);
  });

  it("a request body field that the page lacks: named unless declared", () => {
    const add = (declared: boolean) => (b: Node) => {
      let schema = at(b, first.requestBody!.schemaPointer);
      while (typeof schema.$ref === "string") schema = resolvePointer(b, schema.$ref) as Node;
      schema.properties.added_by_the_test = { type: "string", ...(declared ? { "x-seed-addition": "The test adds it." } : {}) };
    };
    const problems = checkSeedConformance(seed, changed(add(false)));
    expect(problems).toContain(`${where(op)}: body field "added_by_the_test" is not on the page, and it is not declared with x-seed-addition.`);
    expect(checkSeedConformance(seed, changed(add(true)))).toEqual([]);
  });

  it("a declaration that is removed: what it declared is named again", () => {
    const declared = first.responses.find((r) => r.seedAddition && !op.statuses.some((s) => s.code === r.status))!;
    const problems = checkSeedConformance(
      seed,
      changed((b) => {
        let response = at(b, first.at).responses[String(declared.status)] as Node;
        while (typeof response.$ref === "string") response = resolvePointer(b, response.$ref) as Node;
        delete response["x-seed-addition"];
      }),
    );
    expect(problems).toContain(`${where(op)}: status ${declared.status} is not on the page, and it is not declared with x-seed-addition.`);
  });
});
