import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { bundleJsonPath, readBundle } from "@copilot-spaces/tools/paths";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

describe("the bundle (spec/dist)", () => {
  const bundle = readBundle();

  it("is OpenAPI 3.1 and its YAML and JSON forms hold the same document", () => {
    expect(bundle.openapi).toMatch(/^3\.1\.\d+$/);
    const yaml = parse(readFileSync(resolve(bundleJsonPath, "../openapi.yaml"), "utf8")) as unknown;
    expect(yaml).toEqual(bundle);
  });

  it("is self-contained: every $ref points inside the document", () => {
    const external = JSON.stringify(bundle).match(/"\$ref":"(?!#\/)[^"]*"/g) ?? [];
    expect(external).toEqual([]);
  });

  it("gives every operation a unique operationId, a summary, a description and one tag the document declares", () => {
    const operations = operationsOf(bundle);
    const tags = ((bundle.tags ?? []) as { name: string }[]).map((t) => t.name);
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    for (const { operation } of operations) {
      expect(operation.summary, String(operation.operationId)).toEqual(expect.any(String));
      expect(operation.description, String(operation.operationId)).toEqual(expect.any(String));
      expect(operation.tags, String(operation.operationId)).toHaveLength(1);
      expect(tags, String(operation.operationId)).toContain((operation.tags as string[])[0]);
    }
  });

  it("declares every response body as application/json, which is what GitHub sends, and none on 204 or 304", () => {
    for (const { method, path, operation } of operationsOf(bundle)) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, Record<string, unknown>>)) {
        const resolved = response.$ref ? bundle.components.responses?.[String(response.$ref).split("/").pop()!] : response;
        const content = (resolved as { content?: Record<string, unknown> }).content;
        // 204 and 304 answers have no content (RFC 9110, 15.3.5 and 15.4.5).
        if (status === "204" || status === "304") expect(content, `${method} ${path} ${status}`).toBeUndefined();
        else expect(Object.keys(content ?? {}), `${method} ${path} ${status}`).toEqual(["application/json"]);
      }
    }
  });
});
