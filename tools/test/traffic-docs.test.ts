import { describe, expect, it } from "vitest";
import { deref, operationsOf, type Json } from "../src/model/bundle-model.ts";
import { readBundle } from "../src/model/paths.ts";
import { everyAnswerHeaders, sharedTrafficAnswers, TRAFFIC_SECTION, trafficMarkdown, withTrafficSection } from "../src/generate/traffic-docs.ts";

const bundle = readBundle();
const sectionOf = (description: string) => {
  const start = description.indexOf(`## ${TRAFFIC_SECTION}`);
  const next = description.indexOf("\n## ", start + 1);
  return description.slice(start, next < 0 ? undefined : next);
};
const headersOf = (document: unknown) =>
  operationsOf(document as { paths?: unknown }).flatMap((op) => op.responses.flatMap((r) => r.headers.map((h) => h.name.toLowerCase())));

describe("the docs' rate limits and conditional requests", () => {
  it("writes each header that every answer declares once, in the section, and takes it out of every response", () => {
    const everywhere = everyAnswerHeaders(bundle);
    expect(everywhere.length).toBeGreaterThan(0);
    const docs = withTrafficSection(bundle);
    const section = sectionOf(String(docs.info.description));
    for (const name of everywhere) {
      expect(section.toLowerCase()).toContain(`| \`${name}\` |`);
      expect(headersOf(docs), name).not.toContain(name);
      expect(headersOf(bundle), name).toContain(name);
    }
  });

  it("lists each answer the operations share, where it is declared and its named examples, and points to the section from it", () => {
    const shared = sharedTrafficAnswers(bundle);
    expect(shared.map((s) => s.status)).toContain(429);
    const docs = withTrafficSection(bundle);
    const section = sectionOf(String(docs.info.description));
    for (const s of shared) {
      const row = section.split("\n").find((line) => line.startsWith(`| ${s.status} | ${s.on} |`));
      expect(row, String(s.status)).toBeDefined();
      const content = (deref(bundle, { $ref: s.ref }, "").node.content ?? {}) as Record<string, Json>;
      for (const name of Object.values(content).flatMap((media) => Object.keys((media.examples as Json | undefined) ?? {})))
        expect(row).toContain(`\`${name}\``);
      expect(String(deref(docs, { $ref: s.ref }, "").node.description)).toContain(`See "${TRAFFIC_SECTION}"`);
    }
  });

  it("keeps under each response a header that one response lacks", () => {
    const [name] = everyAnswerHeaders(bundle);
    const copy = structuredClone(bundle);
    const op = operationsOf(copy).find((o) => !((o.operation.responses as Json)[String(o.success.status)] as Json).$ref)!;
    const success = (op.operation.responses as Json)[String(op.success.status)] as Json;
    const headers = success.headers as Json;
    delete headers[Object.keys(headers).find((h) => h.toLowerCase() === name)!];
    expect(everyAnswerHeaders(copy)).not.toContain(name);
    expect(headersOf(withTrafficSection(copy))).toContain(name);
  });

  it("leaves out of the tables an answer that is not one shared response wherever it is declared", () => {
    const copy = structuredClone(bundle);
    // The last holder, so that the others agree on one response before it.
    const responses = operationsOf(copy).at(-1)!.operation.responses as Json;
    responses["429"] = structuredClone(deref(copy, responses["429"], "").node);
    expect(sharedTrafficAnswers(copy).map((s) => s.status)).not.toContain(429);
    expect(
      trafficMarkdown(copy)
        .split("\n")
        .some((line) => line.startsWith("| 429 |")),
    ).toBe(false);
  });
});
