// A 2xx whose body is not what the description declares (empty, null, another JSON kind, not JSON) is a
// ResponseBodyError naming the operation, the URL and the status, from methods, pages and raw calls.
import { describe, expect, it } from "vitest";
import { ResponseBodyError } from "../../src/index.js";
import { json } from "../test-server.js";
import { failure, getSpace, makeClient, server, space, spaceUrl, useFaultServer } from "./setup.js";

useFaultServer();

describe("a 2xx whose body is not what the description declares", () => {
  it.each([
    [
      "empty, with content-length 0",
      (res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-length": "0" }).end(),
      "with an empty body",
    ],
    [
      "empty, chunked",
      (res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-type": "application/json" }).end(),
      "with an empty body",
    ],
    ["null", (res: import("node:http").ServerResponse) => json(res, 200, null), "with JSON null"],
    ["an array", (res: import("node:http").ServerResponse) => json(res, 200, [space]), "with a JSON array"],
    ["a string", (res: import("node:http").ServerResponse) => json(res, 200, "ok"), "with JSON string"],
    [
      "HTML",
      (res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-type": "text/html" }).end("<h1>Hi</h1>"),
      "with a body that is not JSON",
    ],
  ])("%s is a ResponseBodyError naming operation, URL and status; not retried", async (_name, answer, what) => {
    server.handle((_req, res) => answer(res));
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(ResponseBodyError);
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} answered 200 ${what}, where the description declares a JSON object`);
    expect(error).toMatchObject({ status: 200, url: spaceUrl(), operation: "copilotSpaces.getForOrg" });
    expect(server.requests).toHaveLength(1);
  });

  it("a later page that comes back empty is a ResponseBodyError too", async () => {
    server.handle((req, res) =>
      req.url.includes("after=")
        ? void res.writeHead(200, { "content-length": "0" }).end()
        : json(res, 200, { spaces: [space] }, { link: `<${server.url}/orgs/octo-org/copilot-spaces?after=x>; rel="next"` }),
    );
    const client = makeClient();
    const error = await failure(client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" }));
    expect(error).toBeInstanceOf(ResponseBodyError);
    expect(error.message).toBe(
      `copilotSpaces.listForOrg: GET ${server.url}/orgs/octo-org/copilot-spaces?after=x answered 200 with an empty body, where the description declares a JSON object`,
    );
  });

  it("a delete's 204 resolves to nothing, and so does an unexpected body on it", async () => {
    server.handle((_req, res, index) => (index === 0 ? void res.writeHead(204).end() : json(res, 200, { surprise: true })));
    const client = makeClient();
    await expect(client.copilotSpaces.deleteForOrg({ org: "o", space_number: 1 })).resolves.toBeUndefined();
    await expect(client.copilotSpaces.deleteForOrg({ org: "o", space_number: 1 })).resolves.toBeUndefined();
  });

  it("openapi-fetch's raw calls get a ResponseBodyError for a 2xx that is not JSON", async () => {
    server.handle((_req, res) => void res.writeHead(200, { "content-type": "application/json", "content-length": "3" }).end("{x}"));
    const error = await failure(makeClient().GET("/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "octo-org", space_number: 3 } } }));
    expect(error).toBeInstanceOf(ResponseBodyError);
    expect(error.message).toMatch(
      /^copilotSpaces\.getForOrg: GET http:\/\/127\.0\.0\.1:\d+\/orgs\/octo-org\/copilot-spaces\/3 answered 200 with a body that is not JSON$/,
    );
  });
});
