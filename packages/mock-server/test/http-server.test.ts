// The mock over HTTP, with plain fetch: every operation, what GitHub accepts and sends, validation,
// pagination, the seed page's curl samples, and the request log.
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator, responseSchemaPointer } from "@copilot-spaces/tools/bundle-validator";
import { readBundle, readSeedPage } from "@copilot-spaces/tools/paths";
import { sameAsSeed } from "@copilot-spaces/tools/seed-conformance";
import { parseSeedPage } from "@copilot-spaces/tools/seed-page";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

const bundle = readBundle();
const validator = new BundleValidator(bundle);
let mock: MockServer;
const logs: string[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0, log: (line) => logs.push(line) });
});
afterAll(() => mock?.close());

const auth = { authorization: "Bearer test-token" };
const call = (path: string, init: RequestInit = {}) =>
  fetch(`${mock.url}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
const body = async (response: Response) => (await response.json()) as Record<string, any>;

/** The example value of each path parameter, from the description. */
const examples: Record<string, string> = Object.fromEntries(
  operationsOf(bundle).flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), String(p.node.example)])),
);

/** The JSON pointer of the schema of an operation's answer for a status. */
function responseSchema(method: string, path: string, status: number): string | undefined {
  const op = operationsOf(bundle).find((o) => o.method === method.toLowerCase() && o.path === path);
  return op && responseSchemaPointer(op, status);
}

describe("every operation answers with its documented success", () => {
  it.each(operationsOf(bundle).map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s", async (_name, o) => {
    const path = o.path.replace(/\{([^}]+)\}/g, (_, name: string) => examples[name] ?? "x");
    const response = await call(path, { method: o.method.toUpperCase(), ...(o.requestBody ? { body: JSON.stringify(o.requestBody.examples[0]) } : {}) });
    expect(response.status).toBe(o.success.status);
    const schema = responseSchema(o.method, o.path, response.status);
    if (schema) expect(validator.validate(schema, await response.json()).errors).toEqual([]);
    else expect(await response.text()).toBe("");
  });
});

describe("what GitHub accepts, the mock accepts; what GitHub sends, the mock sends", () => {
  it.each([
    "application/vnd.github+json",
    "application/vnd.github.v3+json",
    "application/vnd.github.raw+json",
    "application/json",
    "*/*",
    "application/json, text/plain;q=0.5",
  ])("Accept: %s → 200 application/json; charset=utf-8", async (accept) => {
    const response = await call("/orgs/octo-org/copilot-spaces/3", { headers: { accept } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("x-github-request-id")).toMatch(/^[0-9A-F-]{36}$/);
  });

  it("no Accept header at all → 200", async () => {
    const response = await fetch(`${mock.url}/users/octocat/copilot-spaces/5`, { headers: { ...auth, accept: "" } });
    expect(response.status).toBe(200);
  });

  it("an Accept GitHub cannot serve → 415 in GitHub's error shape", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces/3", { headers: { accept: "text/html" } });
    expect(response.status).toBe(415);
    expect(await body(response)).toMatchObject({ message: expect.stringContaining("Unsupported 'Accept' header"), documentation_url: expect.any(String) });
  });

  it.each(["application/x-www-form-urlencoded", "text/plain", "application/json"])("a JSON body sent as %s is read as JSON", async (type) => {
    const response = await call("/users/octocat/copilot-spaces", {
      method: "POST",
      headers: { "content-type": type },
      body: '{"name":"My Development Space"}',
    });
    expect(response.status).toBe(201);
  });

  it("takes GitHub's `token` scheme as well as `Bearer`", async () => {
    const response = await fetch(`${mock.url}/users/octocat/copilot-spaces/5`, { headers: { authorization: "token ghp_x" } });
    expect(response.status).toBe(200);
  });

  it.each([
    ["no Authorization", {}],
    ["an empty one", { authorization: "" }],
    ["another scheme", { authorization: "Basic dXNlcjpwdw==" }],
  ])("%s → 401 Requires authentication", async (_name, headers) => {
    const response = await fetch(`${mock.url}/orgs/octo-org/copilot-spaces`, { headers });
    expect(response.status).toBe(401);
    expect(await body(response)).toEqual({ message: "Requires authentication", documentation_url: "https://docs.github.com/rest", status: "401" });
  });
});

describe("validation in GitHub's words", () => {
  const post = (path: string, payload: string) => call(path, { method: "POST", headers: { "content-type": "application/json" }, body: payload });

  it.each([
    ["a missing name", "/orgs/octo-org/copilot-spaces", "{}", [{ field: "name", code: "missing_field" }]],
    ["an unknown base_role", "/orgs/octo-org/copilot-spaces", '{"name":"x","base_role":"owner"}', [{ field: "base_role", code: "invalid", value: "owner" }]],
    [
      "base_role admin on a user space",
      "/users/octocat/copilot-spaces",
      '{"name":"x","base_role":"admin"}',
      [{ field: "base_role", code: "invalid", value: "admin" }],
    ],
    ["a name that is not a string", "/users/octocat/copilot-spaces", '{"name":42}', [{ field: "name", code: "invalid", value: 42 }]],
    [
      "a bad resource type",
      "/users/octocat/copilot-spaces",
      '{"name":"x","resources_attributes":[{"resource_type":"pdf"}]}',
      [{ field: "resources_attributes.0.resource_type", code: "invalid", value: "pdf" }],
    ],
    [
      "two problems at once",
      "/users/octocat/copilot-spaces",
      '{"description":5}',
      [
        { field: "name", code: "missing_field" },
        { field: "description", code: "invalid" },
      ],
    ],
    ["no body at all", "/users/octocat/copilot-spaces", "", [{ field: "name", code: "missing_field" }]],
  ])("%s → 422 naming each field and code", async (_name, path, payload, expected) => {
    const response = await post(path, payload);
    expect(response.status).toBe(422);
    const error = await body(response);
    expect(error.message).toBe("Validation Failed");
    expect(error.documentation_url).toBe("https://docs.github.com/rest");
    expect(error.errors).toHaveLength(expected.length);
    expected.forEach((item, i) => expect(error.errors[i]).toMatchObject({ resource: "CopilotSpace", ...item }));
  });

  it("a PUT with a wrong type → 422", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces/3", { method: "PUT", body: '{"resources_attributes":[{"id":"789","_destroy":"yes"}]}' });
    expect(response.status).toBe(422);
    expect((await body(response)).errors.map((e: { field: string }) => e.field)).toEqual(["resources_attributes.0.id", "resources_attributes.0._destroy"]);
  });

  it.each(["0", "101", "abc", "1.5", ""])("per_page=%j on a list → 422 naming per_page", async (value) => {
    const response = await call(`/orgs/octo-org/copilot-spaces?per_page=${value}`);
    expect(response.status).toBe(422);
    expect((await body(response)).errors[0]).toMatchObject({ field: "per_page", code: "invalid", value });
  });

  it("a cursor the mock never gave → 422 naming after", async () => {
    const response = await call("/users/octocat/copilot-spaces?after=bm90LWEtY3Vyc29y");
    expect(response.status).toBe(422);
    expect((await body(response)).errors[0]).toMatchObject({ field: "after", code: "invalid" });
  });

  it.each([
    ["GET", "abc"],
    ["GET", "1.5"],
    ["GET", "-"],
    ["DELETE", "0.5"],
    ["PUT", "x1"],
  ])("%s with space_number=%s → 404, as GitHub's router answers", async (method, value) => {
    const response = await call(`/orgs/octo-org/copilot-spaces/${value}`, { method, ...(method === "PUT" ? { body: "{}" } : {}) });
    expect(response.status).toBe(404);
    expect(await body(response)).toEqual({ message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
  });

  it("an unknown path → 404 in GitHub's shape", async () => {
    const response = await call("/orgs/octo-org/copilot-planes");
    expect(response.status).toBe(404);
    expect((await body(response)).message).toBe("Not Found");
  });

  it("never answers 5xx, nor hangs, for bad input", async () => {
    const bad: [string, RequestInit][] = [
      ["/orgs/octo-org/copilot-spaces", { method: "POST", body: "\u0000\u0001" }],
      ["/orgs/octo-org/copilot-spaces", { method: "POST", body: "[]" }],
      ["/orgs/octo-org/copilot-spaces", { method: "POST", body: "null" }],
      ["/orgs/octo-org/copilot-spaces", { method: "POST", body: '"just a string"' }],
      ["/orgs/octo-org/copilot-spaces", { method: "PATCH", body: "{}" }],
      ["/orgs/%E0%A4%A/copilot-spaces", {}],
      ["/users/octocat/copilot-spaces?per_page=&after=&before=", {}],
      ["/users/octocat/copilot-spaces/99999999999999999999999", {}],
      ["/orgs/octo-org/copilot-spaces/3", { method: "PUT", body: JSON.stringify({ name: "x".repeat(100_000) }) }],
      ["/orgs/octo-org/copilot-spaces/3", { headers: { "x-github-api-version": "1999-01-01" } }],
    ];
    for (const [path, init] of bad) {
      const response = await call(path, { ...init, signal: AbortSignal.timeout(10_000) });
      expect(response.status, `${init.method ?? "GET"} ${path}`).toBeLessThan(500);
      await response.arrayBuffer();
    }
  });
});

describe("pagination that clients can follow", () => {
  async function walk(start: string, rel: "next" | "prev") {
    const numbers: number[][] = [];
    let url: string | undefined = `${mock.url}${start}`;
    for (let guard = 0; url && guard < 50; guard++) {
      const response: Response = await fetch(url, { headers: auth });
      expect(response.status).toBe(200);
      numbers.push(((await body(response)).spaces as { number: number }[]).map((s) => s.number));
      const link = response.headers.get("link") ?? "";
      for (const target of link.matchAll(/<([^>]+)>/g)) expect(target[1]!.startsWith(mock.url)).toBe(true);
      url = new RegExp(`<([^>]+)>; rel="${rel}"`).exec(link)?.[1];
    }
    return numbers;
  }

  it('walks every page of a list through rel="next" and stops on the last', async () => {
    const pages = await walk("/orgs/octo-org/copilot-spaces?per_page=2", "next");
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.at(-1)!.length).toBeGreaterThan(0);
    const all = pages.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.slice(0, 2)).toEqual([3, 4]); // the page's own example items come first
  });

  it('walks back through rel="prev" from the last page to the first', async () => {
    const forward = await walk("/users/octocat/copilot-spaces?per_page=2", "next");
    const last = await fetch(`${mock.url}/users/octocat/copilot-spaces?per_page=2`, { headers: auth });
    const lastUrl = /<([^>]+)>; rel="last"/.exec(last.headers.get("link") ?? "")?.[1];
    expect(lastUrl).toBeDefined();
    const backward = await walk(lastUrl!.slice(mock.url.length), "prev");
    expect(backward.reverse().flat()).toEqual(forward.flat());
  });

  it("honours per_page and answers one page, without Link, when everything fits", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces?per_page=100");
    expect(response.headers.get("link")).toBeNull();
    expect((await body(response)).spaces.length).toBeGreaterThan(2);
  });
});

describe("forcing documented responses with Prefer", () => {
  it("Prefer: code=404 answers the documented 404", async () => {
    const response = await call("/users/octocat/copilot-spaces/5", { headers: { prefer: "code=404", accept: "application/vnd.github+json" } });
    expect(response.status).toBe(404);
    expect(await body(response)).toMatchObject({ message: "Not Found" });
  });

  it("Prefer: code=422 on a write answers the documented validation error", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces", { method: "POST", body: '{"name":"x"}', headers: { prefer: "code=422" } });
    expect(response.status).toBe(422);
    expect(validator.validate("/components/schemas/validation-error", await response.json()).errors).toEqual([]);
  });

  it("Prefer: example=… picks a named example", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces/3", { headers: { prefer: "code=403, example=forbidden" } });
    expect(response.status).toBe(403);
    expect((await body(response)).message).toBe("Must have admin rights to Copilot Space.");
  });
});

describe("the seed page's curl samples, sent as written", () => {
  const samples = parseSeedPage(readSeedPage());
  it.each(samples.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))("%s gets the page's status and body", async (_name, op) => {
    const url = new URL(op.curl.url.replace("ORG", examples.org!).replace("USERNAME", examples.username!).replace("SPACE_NUMBER", examples.space_number!));
    // As curl sends it: its headers, and a -d body labelled as a form.
    const headers: Record<string, string> = { ...op.curl.headers };
    if (op.curl.data !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
    const response = await fetch(`${mock.url}${url.pathname}${url.search}`, {
      method: op.curl.method,
      headers,
      ...(op.curl.data !== undefined ? { body: op.curl.data } : {}),
    });
    const expected = op.responseExamples[0]!;
    expect(response.status).toBe(expected.status);
    if (expected.body === undefined) return expect(await response.text()).toBe("");
    const received = await response.json();
    expect(validator.validate(responseSchema(op.method, op.path, expected.status)!, received).errors).toEqual([]);
    const pageItems = (expected.body as { spaces?: unknown[] }).spaces;
    if (pageItems) pageItems.forEach((item, i) => expect(sameAsSeed(item, (received as { spaces: unknown[] }).spaces[i]), `item ${i}`).toBe(true));
    else expect(sameAsSeed(expected.body, received)).toBe(true);
  });
});

describe("logging", () => {
  it("writes one line per request: method, path, status, milliseconds", async () => {
    logs.length = 0;
    await (await call("/users/octocat/copilot-spaces/5")).arrayBuffer();
    expect(logs).toEqual([expect.stringMatching(/^GET \/users\/octocat\/copilot-spaces\/5 200 \d+ms$/)]);
  });

  it("never logs a body or a token", async () => {
    logs.length = 0;
    for (const payload of ['{"name":"body-secret"}', '{"name":', '{"name":{"x":"body-secret"}}']) {
      await (
        await fetch(`${mock.url}/users/octocat/copilot-spaces`, { method: "POST", headers: { authorization: "Bearer token-secret" }, body: payload })
      ).arrayBuffer();
    }
    expect(logs).toHaveLength(3);
    expect(logs.join("\n")).not.toMatch(/body-secret|token-secret/);
  });
});
