// Bad input, through both doors (over HTTP, and the core's fetch with no port), answered in GitHub's
// words and decided by the mock itself: body limits, JSON that is broken, too deep or not an object,
// path segments that are not integers, API versions, CORS; and, over HTTP, the Host header.
import { request as httpRequest } from "node:http";
import { exampleValues, operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, startMockServer, type Mock, type MockServer } from "../src/index.js";

const bundle = readBundle();
let mock: MockServer;
let inProcess: Mock;
beforeAll(async () => {
  [mock, inProcess] = await Promise.all([startMockServer({ port: 0 }), createMock()]);
});
afterAll(() => Promise.all([mock?.close(), inProcess?.close()]));

const auth = { authorization: "Bearer test-token" };
type Send = (path: string, init?: RequestInit) => Promise<Response>;
const withAuth = (init: RequestInit): RequestInit => ({
  ...init,
  headers: { ...auth, ...(init.headers as Record<string, string>) },
  signal: AbortSignal.timeout(10_000),
});
const doors: [string, Send][] = [
  ["over HTTP", (path, init = {}) => fetch(`${mock.url}${path}`, withAuth(init))],
  ["through mock.fetch", (path, init = {}) => inProcess.fetch(`http://mock.test${path}`, withAuth(init))],
];
/** Over HTTP, for what only a server has (Host, sockets). */
const call: Send = doors[0]![1];
const json = async (response: Response) =>
  (await response.json()) as { message: string; documentation_url: string; status: string; errors?: Record<string, unknown>[] };

/** Each operation that takes a body, with its path filled in from the description's examples. */
const examples = Object.fromEntries(
  operationsOf(bundle).flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), String(p.node.example)])),
);
const fill = (path: string) => path.replace(/\{([^}]+)\}/g, (_, name: string) => examples[name]!);
const writes = operationsOf(bundle)
  .filter((o) => o.operation.requestBody)
  .map((o) => [`${o.method.toUpperCase()} ${o.path}`, o.method.toUpperCase(), fill(o.path)] as const);
const nested = (depth: number, inner = "1") => `${'{"a":'.repeat(depth)}${inner}${"}".repeat(depth)}`;

describe.each(doors)("%s: bodies GitHub cannot read → 400 in GitHub's words", (_door, call) => {
  it.each(writes)("%s: broken JSON → 400 Problems parsing JSON, with nothing of the body echoed", async (_name, method, path) => {
    const response = await call(path, { method, body: '{"name": "secret-value", ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ message: "Problems parsing JSON", documentation_url: "https://docs.github.com/rest", status: "400" });
    expect(text).not.toContain("secret-value");
  });

  it.each(["[]", "null", "42", '"a string"', "true", '[{"name":"x"}]'])(
    "a JSON body that is not an object (%s) → 400 Body should be a JSON object",
    async (payload) => {
      const response = await call("/orgs/octo-org/copilot-spaces", { method: "POST", body: payload });
      expect(response.status).toBe(400);
      expect((await json(response)).message).toBe("Body should be a JSON object");
    },
  );

  it("JSON nested 100 deep is read; 101 deep is Problems parsing JSON", async () => {
    const ok = await call("/orgs/octo-org/copilot-spaces", { method: "POST", body: `{"name":"x","general_instructions":${nested(99)}}` });
    expect(ok.status, "100 levels are within the limit (the answer is then about the field)").toBe(422);
    expect((await json(ok)).errors?.[0]).toMatchObject({ field: "general_instructions", code: "invalid" });
    const deep = await call("/orgs/octo-org/copilot-spaces", { method: "POST", body: `{"name":"x","general_instructions":${nested(100)}}` });
    expect(deep.status).toBe(400);
    expect((await json(deep)).message).toBe("Problems parsing JSON");
  });

  it("brackets inside strings do not count as nesting", async () => {
    const response = await call("/users/octocat/copilot-spaces", { method: "POST", body: JSON.stringify({ name: "[".repeat(500) + '\\"{'.repeat(200) }) });
    expect(response.status).toBe(201);
  });

  it.each([
    ["5,000 deep, on an operation", "/orgs/octo-org/copilot-spaces", 5_000],
    ["5,000 deep, on a path that matches no operation", "/orgs/octo-org/copilot-planes", 5_000],
    ["200,000 deep, on an operation", "/users/octocat/copilot-spaces", 200_000],
  ])("a body nested %s is answered at once, and the server goes on", async (_name, path, depth) => {
    const started = performance.now();
    const response = await call(path, { method: "POST", body: "[".repeat(depth) + "]".repeat(depth) });
    expect([400, 404]).toContain(response.status);
    await response.arrayBuffer();
    // Tens of milliseconds when idle: the mock scans for depth before any parser recurses. The bound
    // has room for a busy machine and still fails a parse that recursed or a scan that went quadratic.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect((await call("/users/octocat/copilot-spaces/5")).status).toBe(200);
  });

  it("a body over 1 MB → 413, also when its length is not declared up front", async () => {
    const big = JSON.stringify({ name: "x".repeat(1024 * 1024) });
    const declared = await call("/orgs/octo-org/copilot-spaces", { method: "POST", body: big });
    expect(declared.status).toBe(413);
    expect((await json(declared)).status).toBe("413");
    const chunks = [big.slice(0, 600_000), big.slice(600_000)];
    const streamed = await call("/orgs/octo-org/copilot-spaces", {
      method: "POST",
      body: new ReadableStream({ pull: (c) => (chunks.length ? c.enqueue(new TextEncoder().encode(chunks.shift()!)) : c.close()) }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await call("/users/octocat/copilot-spaces/5")).status).toBe(200);
  });

  it("the three 400 bodies are the description's own 400 examples", async () => {
    const create = operationsOf(bundle).find((o) => o.method === "post" && o.path === "/orgs/{org}/copilot-spaces")!;
    const documented = exampleValues(bundle, (create.operation.responses as Record<string, unknown>)["400"]);
    const answers = [
      await call("/orgs/octo-org/copilot-spaces", { method: "POST", body: "{" }),
      await call("/orgs/octo-org/copilot-spaces", { method: "POST", body: "[]" }),
      await call("/orgs/octo-org/copilot-spaces", { headers: { "x-github-api-version": "1999-01-01" } }),
    ];
    for (const answer of answers) expect(documented).toContainEqual(await answer.json());
  });

  it("a 422 echoes scalar values only, never an object or array the caller sent", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces", {
      method: "POST",
      body: JSON.stringify({ name: { secret: "s3cr3t" }, description: ["s3cr3t"], base_role: "owner" }),
    });
    expect(response.status).toBe(422);
    const errors = (await json(response)).errors!;
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(["name", "description", "base_role"]));
    expect(errors.find((e) => e.field === "base_role")!.value).toBe("owner");
    expect(JSON.stringify(errors)).not.toContain("s3cr3t");
  });

  it("a 422 does not echo a long string", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces", { method: "POST", body: JSON.stringify({ name: "x", base_role: "r".repeat(10_000) }) });
    expect(response.status).toBe(422);
    const item = (await json(response)).errors!.find((e) => e.field === "base_role")!;
    expect(item).toMatchObject({ code: "invalid" });
    expect(item.value).toBeUndefined();
  });
});

describe.each(doors)("%s: integer path parameters, as GitHub's router reads them", (_door, call) => {
  it.each(["0", "-1", "%20", "+3", "03", "1e3", "1.0", "0x10", "12345678901234567", "3%00"])("space_number %s → 404 Not Found", async (raw) => {
    for (const method of ["GET", "DELETE"]) {
      const response = await call(`/orgs/octo-org/copilot-spaces/${raw}`, { method });
      expect(response.status, `${method} ${raw}`).toBe(404);
      expect(await json(response)).toEqual({ message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
    }
  });

  it.each(["1", "9", "1234567890123456"])("space_number %s is routed", async (raw) => {
    expect((await call(`/users/octocat/copilot-spaces/${raw}`)).status).toBe(200);
  });

  it("HEAD is answered where GET is, with GET's headers and no body", async () => {
    const head = await call("/orgs/octo-org/copilot-spaces?per_page=2", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("link")).toMatch(/rel="next"/);
    expect(await head.text()).toBe("");
    expect((await call("/orgs/octo-org/copilot-spaces/0", { method: "HEAD" })).status).toBe(404);
  });
});

describe.each(doors)("%s: the API version", (_door, call) => {
  it("no X-GitHub-Api-Version → served, and the version served is named", async () => {
    const response = await call("/users/octocat/copilot-spaces/5");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-github-api-version-selected")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("a version the description lists → served", async () => {
    const listed = String((bundle.components as any).parameters["api-version"].schema.enum[0]);
    const response = await call("/users/octocat/copilot-spaces/5", { headers: { "x-github-api-version": listed } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-github-api-version-selected")).toBe(listed);
  });

  it.each(["1999-01-01", "v3", "latest", ""])("%j → 400 naming the header and the supported versions", async (version) => {
    const response = await call("/orgs/octo-org/copilot-spaces", { headers: { "x-github-api-version": version } });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.message).toContain('"X-GitHub-Api-Version" header');
    expect(body.message).toContain(JSON.stringify(version));
    for (const listed of (bundle.components as any).parameters["api-version"].schema.enum as string[]) expect(body.message).toContain(listed);
    expect(body.documentation_url).toMatch(/api-versions$/);
  });
});

/** A GET over node:http with headers fetch would not send as given (Host). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(mock.url);
    const req = httpRequest({ hostname, port, path, headers: { ...auth, ...headers } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("Link URLs come from the request URL, escaped", () => {
  it("a crafted Host header adds no relation and does not reach the links", async () => {
    const response = await rawGet("/orgs/octo-org/copilot-spaces?per_page=2", { host: 'evil.example>; rel="prev", <http://evil.example' });
    expect(response.status).toBe(200);
    const link = String(response.headers.link);
    expect(link).not.toContain("evil");
    expect([...link.matchAll(/rel="([^"]+)"/g)].map((m) => m[1])).toEqual(["next", "last"]);
    for (const [, target] of link.matchAll(/<([^>]+)>/g)) expect(target!.startsWith(`${mock.url}/`)).toBe(true);
  });

  it("a plain Host (how the caller reached the mock) is kept", async () => {
    const { port } = new URL(mock.url);
    const response = await rawGet("/orgs/octo-org/copilot-spaces?per_page=2", { host: `localhost:${port}` });
    expect(String(response.headers.link)).toContain(`<http://localhost:${port}/orgs/octo-org/copilot-spaces?per_page=2&after=`);
  });
});

describe.each(doors)("%s: CORS, as GitHub answers it", (_door, call) => {
  it("a preflight → 204 that allows any origin, GitHub's methods and headers", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces/3", {
      method: "OPTIONS",
      headers: {
        origin: "http://app.example",
        "access-control-request-method": "PUT",
        "access-control-request-headers": "authorization, content-type, x-github-api-version, prefer",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("PUT");
    const allowed = response.headers.get("access-control-allow-headers")!.toLowerCase();
    for (const name of ["authorization", "content-type", "x-github-api-version", "prefer"]) expect(allowed).toContain(name);
  });

  it("answers expose Link, the rate limit and the request id to a browser", async () => {
    const response = await call("/orgs/octo-org/copilot-spaces?per_page=2", { headers: { origin: "http://app.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = response.headers.get("access-control-expose-headers")!.toLowerCase();
    for (const name of ["link", "x-ratelimit-remaining", "x-ratelimit-reset", "retry-after", "x-github-request-id"]) expect(exposed).toContain(name);
  });
});
