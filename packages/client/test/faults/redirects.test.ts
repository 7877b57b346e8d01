// Redirects: followed on the request's own origin only, as fetch would (303 and 301/302 after a POST
// continue as a GET), refused to another origin, to a URL with credentials, in a loop or past the limit.
import { describe, expect, it } from "vitest";
import { RedirectError } from "../../src/index.js";
import { MAX_REDIRECTS } from "../../src/redirects.js";
import { json, startTestServer } from "../test-server.js";
import { failure, getSpace, makeClient, server, space, spaceUrl, TOKEN, useFaultServer } from "./setup.js";

useFaultServer();

describe("redirects", () => {
  it("follows a same-origin redirect with the token, and resolves with that answer", async () => {
    server.handle((req, res) =>
      req.url.startsWith("/orgs/") ? void res.writeHead(301, { location: "/organizations/1/copilot-spaces/3" }).end() : json(res, 200, space),
    );
    await expect(getSpace(makeClient())).resolves.toEqual(space);
    expect(server.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ["/orgs/octo-org/copilot-spaces/3", `Bearer ${TOKEN}`],
      ["/organizations/1/copilot-spaces/3", `Bearer ${TOKEN}`],
    ]);
  });

  it("a 307 repeats a PUT with its body; a 303 after a POST continues as a GET without it", async () => {
    server.handle((req, res) => {
      if (req.url.startsWith("/orgs/") && req.method === "PUT") return void res.writeHead(307, { location: `${server.url}/moved/3` }).end();
      if (req.method === "POST") return void res.writeHead(303, { location: "/orgs/octo-org/copilot-spaces/9" }).end();
      json(res, 200, space);
    });
    const client = makeClient();
    await client.copilotSpaces.updateForOrg({ org: "octo-org", space_number: 3, name: "Renamed" });
    await client.copilotSpaces.createForOrg({ org: "octo-org", name: "New" }).catch(() => undefined);
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      'PUT /orgs/octo-org/copilot-spaces/3 {"name":"Renamed"}',
      'PUT /moved/3 {"name":"Renamed"}',
      'POST /orgs/octo-org/copilot-spaces {"name":"New"}',
      "GET /orgs/octo-org/copilot-spaces/9 ",
    ]);
  });

  it("a redirect to another origin is a RedirectError with the location; nothing is sent there, nothing retried", async () => {
    const elsewhere = await startTestServer((_req, res) => json(res, 200, { id: 666 }));
    try {
      server.handle((_req, res) => void res.writeHead(307, { location: `${elsewhere.url}/steal?x=1` }).end());
      const error = await failure(makeClient().copilotSpaces.updateForOrg({ org: "octo-org", space_number: 3, name: "x" }));
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).location).toBe(`${elsewhere.url}/steal?x=1`);
      expect(error.message).toContain(`copilotSpaces.updateForOrg: PUT ${spaceUrl()} answered 307 redirecting to ${elsewhere.url}/steal?x=1: another origin`);
      expect(elsewhere.requests).toHaveLength(0);
      expect(server.requests).toHaveLength(1);
    } finally {
      await elsewhere.close();
    }
  });

  it("a redirect to a URL with credentials is a RedirectError that does not show them", async () => {
    server.handle((_req, res) => void res.writeHead(302, { location: `${server.url.replace("//", "//user:hunter2pass@")}/x` }).end());
    const error = await failure(getSpace(makeClient()), [TOKEN, "hunter2pass"]);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain("the Location holds credentials");
    expect(server.requests).toHaveLength(1);
  });

  it("a POST answered 303 to its own URL continues as a GET there (not a loop)", async () => {
    server.handle((req, res) => (req.method === "POST" ? void res.writeHead(303, { location: req.url }).end() : json(res, 200, space)));
    await expect(makeClient().copilotSpaces.createForOrg({ org: "octo-org", name: "x" })).resolves.toEqual(space);
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "GET"]);
  });

  it("a redirect loop is a RedirectError, not retried", async () => {
    server.handle((req, res) => void res.writeHead(302, { location: req.url.endsWith("/3") ? "/b" : "/orgs/octo-org/copilot-spaces/3" }).end());
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain("a redirect loop");
    expect(server.requests).toHaveLength(2);
  });

  it(`follows at most ${MAX_REDIRECTS} redirects`, async () => {
    server.handle((_req, res, index) => void res.writeHead(302, { location: `/hop/${index + 1}` }).end());
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toContain(`more than ${MAX_REDIRECTS} redirects`);
    expect(server.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('hands a fetch of the caller\'s every request with redirect: "manual"', async () => {
    const seen: RequestRedirect[] = [];
    const spy = (request: Request) => {
      seen.push(request.redirect);
      return globalThis.fetch(request);
    };
    server.handle((req, res) => (req.url.startsWith("/orgs/") ? void res.writeHead(302, { location: "/elsewhere" }).end() : json(res, 200, space)));
    const client = makeClient({ fetch: spy });
    await getSpace(client);
    await client.GET("/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "o", space_number: 1 } }, redirect: "follow" } as never);
    expect(seen).toEqual(["manual", "manual", "manual", "manual"]);
  });
});
