// The Try it panels' model, read from the bundle: every operation, its request filled from the
// description's examples, and one Prefer preset per documented answer.
import { describe, expect, it } from "vitest";
import { deref, exampleValues, operationsOf, type Json } from "../src/model/bundle-model.ts";
import { readBundle } from "../src/model/paths.ts";
import { tryItModel } from "../src/generate/try-it-model.ts";

const bundle = readBundle();
const operations = operationsOf(bundle);
const model = tryItModel(bundle);
const entry = (operationId: string) => model.operations.find((o) => o.operationId === operationId)!;

describe("tryItModel", () => {
  it("has one entry per operation of the description, in its order, and the description's server", () => {
    expect(model.operations.map((o) => o.operationId)).toEqual(operations.map((o) => o.operationId));
    expect(model.server).toBe((bundle.servers as { url: string }[])[0]!.url);
    for (const op of operations) {
      const e = entry(op.operationId);
      expect([e.method, e.path, e.summary]).toEqual([op.method.toUpperCase(), op.path, op.summary]);
    }
  });

  it("gives every path, query and header parameter a field (the token, media types and cache headers are the page's), path parameters their example", () => {
    for (const op of operations) {
      const e = entry(op.operationId);
      const expected = op.parameters.filter((p) => p.in !== "header" || !/^(authorization|accept|content-type|if-none-match|if-modified-since)$/i.test(p.name));
      expect(
        e.parameters.map((p) => `${p.in}:${p.name}`),
        op.operationId,
      ).toEqual(expected.map((p) => `${p.in}:${p.name}`));
      for (const p of op.parameters.filter((p) => p.in === "path")) {
        const field = e.parameters.find((f) => f.name === p.name)!;
        expect(field.required).toBe(true);
        expect(field.value, `${op.operationId} ${p.name}`).toBe(String(p.node.example ?? (p.schema as Json).example));
      }
      // A cursor starts empty, its example as the placeholder: sending both cursors of the description's examples asks for nonsense.
      for (const p of op.parameters.filter((p) => p.paging === "next-cursor" || p.paging === "prev-cursor")) {
        const field = e.parameters.find((f) => f.name === p.name)!;
        expect(field.value).toBe("");
        expect(field.example).toBe(String(p.node.example ?? (p.schema as Json).example));
      }
      for (const field of e.parameters) {
        const enumValues = (op.parameters.find((p) => p.name === field.name)!.schema as Json).enum as unknown[] | undefined;
        expect(field.choices).toEqual(enumValues?.map(String));
        expect(field.description).not.toMatch(/[`*]/);
      }
    }
  });

  it("fills the body with the operation's request example, and gives none where the operation takes no body", () => {
    for (const op of operations) {
      const example = exampleValues(bundle, op.operation.requestBody)[0];
      const { body } = entry(op.operationId);
      if (example === undefined) expect(body, op.operationId).toBeUndefined();
      else expect(JSON.parse(body!), op.operationId).toEqual(example);
    }
  });

  it("offers a Prefer preset for each documented status, one per named example where a status has several", () => {
    for (const op of operations) {
      const e = entry(op.operationId);
      expect(e.statuses).toEqual(op.responses.map((r) => r.status));
      expect([...new Set(e.presets.map((p) => p.status))]).toEqual(op.responses.map((r) => r.status));
      for (const response of op.responses) {
        const node = deref(bundle, (op.operation.responses as Json)[String(response.status)], "").node;
        const names = Object.keys(((node.content as Json | undefined)?.["application/json"] as Json | undefined)?.examples ?? {});
        const presets = e.presets.filter((p) => p.status === response.status).map((p) => p.prefer);
        expect(presets, `${op.operationId} ${response.status}`).toEqual(
          names.length > 1 ? names.map((name) => `code=${response.status}, example=${name}`) : [`code=${response.status}`],
        );
      }
      for (const preset of e.presets) {
        // The list names the status and its answer; the status line shows the answer beside the status.
        const response = op.responses.find((r) => r.status === preset.status)!;
        expect(response.description.startsWith(preset.answer), `${op.operationId} ${preset.prefer}`).toBe(true);
        expect(preset.label.startsWith(`${preset.status} ${preset.answer}`)).toBe(true);
      }
    }
  });

  it("points each operation on one item to the operation that creates items of its collection", () => {
    let pointed = 0;
    for (const op of operations) {
      const { createdBy } = entry(op.operationId);
      if (!op.resource || !["get", "set", "delete"].includes(op.resource.action)) {
        expect(createdBy, op.operationId).toBeUndefined();
        continue;
      }
      const create = operations.find((o) => o.operationId === createdBy?.operationId);
      expect(create?.resource, op.operationId).toMatchObject({ action: "create", collection: op.resource.collection });
      expect(createdBy!.summary).toBe(create!.summary);
      // What a created item fills in: each path parameter naming the item, from the item's field.
      expect(createdBy!.identity, op.operationId).toEqual(
        op.resource.identity.map((name) => {
          const field = op.parameters.find((p) => p.name === name)!.itemField;
          return field ? { parameter: name, field } : { parameter: name };
        }),
      );
      pointed++;
    }
    expect(pointed).toBeGreaterThan(0);
  });
});
