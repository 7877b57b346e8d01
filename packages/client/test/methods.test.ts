import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { methodName } from "@copilot-spaces/tools/generate-client";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCopilotSpacesClient, InvalidArgumentError, VERSION, type CopilotSpacesClient } from "../src/index.js";
import { json, startTestServer, type TestServer } from "./test-server.js";

const space = { id: 84, number: 3, name: "Team Planning Space" };
let server: TestServer;
let client: CopilotSpacesClient;

beforeEach(async () => {
  server = await startTestServer((req, res) => {
    if (req.method === "DELETE") return void res.writeHead(204).end();
    const isList = req.method === "GET" && (req.url.split("?")[0] ?? "").endsWith("/copilot-spaces");
    json(res, req.method === "POST" ? 201 : 200, isList ? { spaces: [space] } : space);
  });
  client = createCopilotSpacesClient({ token: "ghp_test_token", baseUrl: server.url });
});
afterEach(() => server.close());

const cases = [
  {
    call: () => client.copilotSpaces.listForOrg({ org: "octo-org", per_page: 2, after: "Y3Vyc29yOjQ=" }),
    method: "GET",
    url: "/orgs/octo-org/copilot-spaces?per_page=2&after=Y3Vyc29yOjQ%3D",
    body: "",
    result: { spaces: [space] },
  },
  {
    call: () =>
      client.copilotSpaces.createForOrg({
        org: "octo-org",
        name: "Team Planning Space",
        base_role: "writer",
        resources_attributes: [{ resource_type: "free_text", metadata: { name: "Team Guidelines", text: "Agile" } }],
      }),
    method: "POST",
    url: "/orgs/octo-org/copilot-spaces",
    body: {
      name: "Team Planning Space",
      base_role: "writer",
      resources_attributes: [{ resource_type: "free_text", metadata: { name: "Team Guidelines", text: "Agile" } }],
    },
    result: space,
  },
  {
    call: () => client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }),
    method: "GET",
    url: "/orgs/octo-org/copilot-spaces/3",
    body: "",
    result: space,
  },
  {
    call: () => client.copilotSpaces.updateForOrg({ org: "octo-org", space_number: 3, resources_attributes: [{ id: 789, _destroy: true }] }),
    method: "PUT",
    url: "/orgs/octo-org/copilot-spaces/3",
    body: { resources_attributes: [{ id: 789, _destroy: true }] },
    result: space,
  },
  {
    call: () => client.copilotSpaces.deleteForOrg({ org: "octo-org", space_number: 3 }),
    method: "DELETE",
    url: "/orgs/octo-org/copilot-spaces/3",
    body: "",
    result: undefined,
  },
  {
    call: () => client.copilotSpaces.listForUser({ username: "octocat", before: "abc" }),
    method: "GET",
    url: "/users/octocat/copilot-spaces?before=abc",
    body: "",
    result: { spaces: [space] },
  },
  {
    call: () => client.copilotSpaces.createForUser({ username: "octocat", name: "My Development Space", base_role: "reader" }),
    method: "POST",
    url: "/users/octocat/copilot-spaces",
    body: { name: "My Development Space", base_role: "reader" },
    result: space,
  },
  {
    call: () => client.copilotSpaces.getForUser({ username: "octocat", space_number: 5 }),
    method: "GET",
    url: "/users/octocat/copilot-spaces/5",
    body: "",
    result: space,
  },
  {
    call: () => client.copilotSpaces.updateForUser({ username: "octocat", space_number: 5, name: "Renamed" }),
    method: "PUT",
    url: "/users/octocat/copilot-spaces/5",
    body: { name: "Renamed" },
    result: space,
  },
  {
    call: () => client.copilotSpaces.deleteForUser({ username: "octocat", space_number: 5 }),
    method: "DELETE",
    url: "/users/octocat/copilot-spaces/5",
    body: "",
    result: undefined,
  },
];

describe("each method sends its request and resolves to the body", () => {
  it.each(cases.map((c) => [`${c.method} ${c.url}`, c] as const))("%s", async (_name, c) => {
    await expect(c.call()).resolves.toEqual(c.result);
    const [request] = server.requests;
    expect(request?.method).toBe(c.method);
    expect(request?.url).toBe(c.url);
    expect(c.body === "" ? request?.body : JSON.parse(request?.body ?? "")).toEqual(c.body);
    expect(request?.headers).toMatchObject({
      authorization: "Bearer ghp_test_token",
      accept: "application/vnd.github+json",
      "x-github-api-version": "2026-03-10",
      "user-agent": `copilot-spaces-client/${VERSION}`,
    });
    if (c.body !== "") expect(request?.headers["content-type"]).toBe("application/json");
  });
});

describe("the client has a method for every operation of the description", () => {
  const operations = operationsOf(readBundle());
  it.each(operations.map((o) => [String(o.operation.operationId), o] as const))("%s", async (operationId, o) => {
    const { namespace, method } = methodName(operationId);
    const fn = (client as unknown as Record<string, Record<string, (p: Record<string, unknown>) => Promise<unknown>>>)[namespace]?.[method];
    expect(fn, `client.${namespace}.${method}`).toBeTypeOf("function");
    const params = Object.fromEntries(o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), "7"]));
    await fn!(o.operation.requestBody ? { ...params, name: "x" } : params);
    expect(`${server.requests[0]?.method} ${server.requests[0]?.url}`).toBe(`${o.method.toUpperCase()} ${o.path.replace(/\{[^}]+\}/g, "7")}`);
  });
});

describe("requests", () => {
  it("encodes path parameters", async () => {
    await client.copilotSpaces.getForOrg({ org: "a/b c", space_number: 1 });
    expect(server.requests[0]?.url).toBe("/orgs/a%2Fb%20c/copilot-spaces/1");
  });

  it("puts the caller's userAgent before its own and uses the apiVersion given", async () => {
    const custom = createCopilotSpacesClient({ token: "t", baseUrl: server.url, userAgent: "my-app/1.2", apiVersion: "2026-03-10" });
    await custom.copilotSpaces.getForUser({ username: "octocat", space_number: 1 });
    expect(server.requests[0]?.headers["user-agent"]).toBe(`my-app/1.2 copilot-spaces-client/${VERSION}`);
  });

  it("lets a call add headers but not replace the token, the version or the user agent", async () => {
    await client.copilotSpaces.getForOrg(
      { org: "o", space_number: 1 },
      {
        headers: {
          Authorization: "Bearer other",
          "X-GitHub-Api-Version": "2022-11-28",
          "user-agent": "spoof",
          "x-trace": "t-1",
          accept: "application/vnd.github.raw+json",
        },
      },
    );
    expect(server.requests[0]?.headers).toMatchObject({
      authorization: "Bearer ghp_test_token",
      "x-github-api-version": "2026-03-10",
      "user-agent": `copilot-spaces-client/${VERSION}`,
      "x-trace": "t-1",
      accept: "application/vnd.github.raw+json",
    });
  });

  it("asks a token function before each request, for tokens that rotate", async () => {
    let n = 0;
    const rotating = createCopilotSpacesClient({ token: async () => `token-${++n}`, baseUrl: server.url });
    await rotating.copilotSpaces.getForUser({ username: "octocat", space_number: 1 });
    await rotating.copilotSpaces.getForUser({ username: "octocat", space_number: 1 });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("keeps a base path, as GitHub Enterprise Server's /api/v3", async () => {
    const ghes = createCopilotSpacesClient({ token: "t", baseUrl: `${server.url}/api/v3/` });
    await ghes.copilotSpaces.getForUser({ username: "octocat", space_number: 1 });
    expect(server.requests[0]?.url).toBe("/api/v3/users/octocat/copilot-spaces/1");
  });

  it(".withResponse() gives the status and headers too", async () => {
    server.handle((_req, res) => json(res, 201, space, { "x-github-request-id": "AB12:3456" }));
    const { data, status, headers } = await client.copilotSpaces.createForUser({ username: "octocat", name: "x" }).withResponse();
    expect(data).toEqual(space);
    expect(status).toBe(201);
    expect(headers.get("x-github-request-id")).toBe("AB12:3456");
  });

  it("leaves openapi-fetch's typed GET available, with the same headers", async () => {
    const { data, response } = await client.GET("/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "octo-org", space_number: 3 } } });
    expect(data?.name).toBe("Team Planning Space");
    expect(response.status).toBe(200);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer ghp_test_token");
  });
});

describe("bad input is refused before anything is sent, naming the field and the rule", () => {
  const call = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it.each([
    [{ token: "" }, "token: the token is empty; it must be a non-empty string"],
    [{ token: 42 }, "token: must be a non-empty string or a function that returns one"],
    [{ token: "t", baseUrl: "api.github.com" }, "baseUrl: must be an absolute http(s) URL, such as https://api.github.com"],
    [{ token: "t", baseUrl: "https://user:pw@api.github.com" }, "baseUrl: must not hold credentials: pass the token as `token`"],
    [{ token: "t", timeoutMs: 0 }, "timeoutMs: must be a number of ms above 0 (Infinity for none)"],
    [{ token: "t", timeoutMs: 2 ** 40 }, "timeoutMs: must be at most 2147483647 ms, or Infinity for none"],
    [{ token: "t", retry: { retries: -1 } }, "retry.retries: must be a whole number from 0 to 10"],
    [{ token: "t", retry: { initialDelayMs: Infinity } }, "retry.initialDelayMs: must be a finite number of ms from 0 to 2147483647"],
    [{ token: "t", apiVersion: "latest" }, "apiVersion: must be one of 2022-11-28, 2026-03-10"],
  ])("createCopilotSpacesClient(%j)", (options, message) => {
    const error = call(() => createCopilotSpacesClient(options as never));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toBe(message);
  });

  it("a missing path parameter", async () => {
    await expect(client.copilotSpaces.getForOrg({ org: "octo-org" } as never)).rejects.toThrow(
      new InvalidArgumentError("space_number", "is a required path parameter of copilotSpaces.getForOrg: a non-empty string or a number"),
    );
    expect(server.requests).toHaveLength(0);
  });

  it("a parameter an operation without a body does not have", async () => {
    await expect(client.copilotSpaces.listForOrg({ org: "octo-org", page: 2 } as never)).rejects.toThrow(
      "page: is not a parameter of copilotSpaces.listForOrg (its parameters: org, per_page, before, after)",
    );
  });

  it("a token function that returns nothing", async () => {
    const broken = createCopilotSpacesClient({ token: async () => "", baseUrl: server.url });
    await expect(broken.copilotSpaces.getForUser({ username: "octocat", space_number: 1 })).rejects.toThrow(
      "token: the token function's result is empty; it must be a non-empty string",
    );
  });
});
