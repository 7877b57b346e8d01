// A Try it panel's form turned into a request (src/try-it/request.ts), for operations read from the
// description by the page's model: what is sent where, and each refusal naming its field and rule.
import { tryItModel } from "@copilot-spaces/tools/try-it-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { describe, expect, it } from "vitest";
import { baseUrl, FormError, prepare, type Form } from "../src/try-it/request.ts";

const model = tryItModel(readBundle());
const withBody = model.operations.find((o) => o.body !== undefined && o.parameters.some((p) => p.in === "path"))!;
const withQuery = model.operations.find((o) => o.parameters.some((p) => p.in === "query" && p.value !== ""))!;
const header = model.operations.flatMap((o) => o.parameters).find((p) => p.in === "header")!;
const examples = (op: (typeof model.operations)[number]) => Object.fromEntries(op.parameters.map((p) => [p.name, p.value]));
const form = (op: (typeof model.operations)[number], more: Partial<Form> = {}): Form => ({
  values: examples(op),
  body: op.body ?? "",
  token: "",
  base: model.server,
  prefer: "",
  ...more,
});
const TOKEN = `ghp_${"a1B2".repeat(9)}`;

describe("prepare", () => {
  it("puts the path parameters into the path, encoded, and the body as JSON", () => {
    const values = examples(withBody);
    const firstPath = withBody.parameters.find((p) => p.in === "path")!;
    values[firstPath.name] = "a b/c";
    const { url, init } = prepare(withBody, form(withBody, { values }));
    expect(new URL(url).pathname).toContain("/a%20b%2Fc");
    expect(url.startsWith(model.server)).toBe(true);
    expect(init.method).toBe(withBody.method);
    expect(JSON.parse(String(init.body))).toEqual(JSON.parse(withBody.body!));
    expect(init.headers["content-type"]).toBe("application/json");
    expect(init.headers.accept).toBe("application/vnd.github+json");
  });

  it("sends the query parameters that have a value and leaves the empty ones out", () => {
    const values = examples(withQuery);
    const query = withQuery.parameters.filter((p) => p.in === "query");
    const kept = query.find((p) => p.value !== "")!;
    const { url } = prepare(withQuery, form(withQuery, { values }));
    const search = new URL(url).searchParams;
    expect(search.get(kept.name)).toBe(kept.value);
    for (const p of query.filter((p) => p.value === "")) expect(search.has(p.name)).toBe(false);
  });

  it("sends header parameters as headers, the token only in Authorization, Prefer only when asked", () => {
    const op = model.operations.find((o) => o.parameters.includes(header))!;
    const { url, init } = prepare(op, form(op, { token: ` ${TOKEN} `, prefer: "code=404" }));
    expect(init.headers[header.name.toLowerCase()]).toBe(header.value);
    expect(init.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(init.headers.prefer).toBe("code=404");
    expect(url).not.toContain(TOKEN);
    const none = prepare(op, form(op));
    expect(none.init.headers).not.toHaveProperty("authorization");
    expect(none.init.headers).not.toHaveProperty("prefer");
  });

  it("refuses a missing required parameter and a body that is not JSON, naming the field", () => {
    const required = withBody.parameters.find((p) => p.required)!;
    const values = { ...examples(withBody), [required.name]: "  " };
    expect(() => prepare(withBody, form(withBody, { values }))).toThrow(new FormError(`${required.name}: required (${required.in} parameter)`));
    expect(() => prepare(withBody, form(withBody, { body: "{nope" }))).toThrow(/^Body: not JSON \(/);
  });
});

describe("baseUrl", () => {
  it("takes GitHub's hosts over https, and http only to this machine", () => {
    for (const ok of ["https://api.github.com", "https://api.octo.ghe.com", "https://ghes.example/api/v3", "http://127.0.0.1:4010", "http://localhost:4010"])
      expect(baseUrl(ok).href.startsWith(ok)).toBe(true);
  });

  it("refuses what is not a URL, plain http elsewhere, credentials, a query or a fragment, naming the field and the rule", () => {
    expect(() => baseUrl("api.github.com")).toThrow(/^Base URL: not a URL/);
    expect(() => baseUrl("http://api.github.com")).toThrow("Base URL: must be https (http only to localhost or 127.0.0.1)");
    expect(() => baseUrl("ftp://api.github.com")).toThrow("Base URL: must be https");
    for (const bad of [`https://x:${TOKEN}@api.github.com`, "https://api.github.com/?a=1", "https://api.github.com/#x"]) {
      let message = "";
      try {
        baseUrl(bad);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toBe("Base URL: no credentials, query or fragment");
    }
  });
});
