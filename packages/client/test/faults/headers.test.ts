// Headers follow one rule for methods, pages and raw calls: the caller's go in, the client's own are
// never replaced, `accept` defaults to GitHub's media type; a value that cannot be sent is refused.
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../src/index.js";
import { json } from "../test-server.js";
import { failure, getSpace, makeClient, server, space, TOKEN, useFaultServer } from "./setup.js";

useFaultServer();

describe("headers follow one rule everywhere", () => {
  it("a caller's accept and extra headers are sent on every page; the client's own are never replaced", async () => {
    server.handle((req, res) =>
      json(res, 200, { spaces: [space] }, req.url.includes("after=") ? {} : { link: `<${server.url}/orgs/octo-org/copilot-spaces?after=x>; rel="next"` }),
    );
    const client = makeClient();
    const headers = { accept: "application/vnd.github.raw+json", "x-trace": "t-1", authorization: "Bearer stolen", "user-agent": "spoof" };
    await client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" }, { headers });
    await client.GET("/orgs/{org}/copilot-spaces", { params: { path: { org: "octo-org" } }, headers });
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      expect(request.headers).toMatchObject({
        accept: "application/vnd.github.raw+json",
        "x-trace": "t-1",
        authorization: `Bearer ${TOKEN}`,
        "user-agent": expect.stringMatching(/^copilot-spaces-client\//),
      });
    }
  });

  it("without a caller's accept, every request asks for GitHub's media type", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient();
    await getSpace(client);
    await client.request("get", "/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "o", space_number: 1 } } });
    expect(server.requests.map((r) => r.headers.accept)).toEqual(["application/vnd.github+json", "application/vnd.github+json"]);
  });

  it("openapi-fetch's raw calls take its header shapes (a Headers object) under the same rule", async () => {
    server.handle((_req, res) => json(res, 200, space));
    await makeClient().GET("/orgs/{org}/copilot-spaces/{space_number}", {
      params: { path: { org: "o", space_number: 1 } },
      headers: new Headers({ "x-trace": "t-2", authorization: "Bearer stolen" }),
    });
    expect(server.requests[0]?.headers).toMatchObject({ "x-trace": "t-2", authorization: `Bearer ${TOKEN}`, accept: "application/vnd.github+json" });
  });

  it("a header value that cannot be sent is refused before anything is sent, without quoting it", async () => {
    const error = await failure(getSpace(makeClient(), { headers: { "x-note": `a\r\nAuthorization: ${TOKEN}` } }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe("headers.x-note: must not hold line breaks, NUL or characters above U+00FF");
    expect(server.requests).toHaveLength(0);
  });
});
