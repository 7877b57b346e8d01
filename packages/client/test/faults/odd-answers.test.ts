// Answers no well-behaved server gives: a status outside 200–599, many calls retrying at once with the
// real sleep; and errors raised after the headers show the URL as sent.
import { describe, expect, it } from "vitest";
import { ApiError, createCopilotSpacesClient, ResponseBodyError, ServerError } from "../../src/index.js";
import { json } from "../test-server.js";
import { failure, getSpace, makeClient, server, space, spaceUrl, TOKEN, useFaultServer } from "./setup.js";

useFaultServer();

describe("odd answers", () => {
  it("a status outside 200–599 is an ApiError, from a method and from a raw call", async () => {
    server.handle((_req, res) => json(res, 600, { message: "Beyond HTTP" }));
    const client = makeClient({ retry: false });
    const error = await failure(getSpace(client));
    expect(error.constructor.name).toBe("ApiError");
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} answered 600: Beyond HTTP`);
    const raw = await failure(client.GET("/orgs/{org}/copilot-spaces/{space_number}", { params: { path: { org: "octo-org", space_number: 3 } } }));
    expect(raw.constructor.name).toBe("ApiError");
  });

  it("20 calls retrying at once with the real sleep raise no listener warning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const first = new Set<string>();
      server.handle((req, res) => {
        if (first.has(req.url)) return json(res, 200, space);
        first.add(req.url);
        json(res, 503, { message: "busy" });
      });
      const client = createCopilotSpacesClient({ token: TOKEN, baseUrl: server.url, retry: { initialDelayMs: 1 } });
      await Promise.all(Array.from({ length: 20 }, (_, i) => client.copilotSpaces.getForOrg({ org: "o", space_number: i + 1 })));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
  });
});

describe("errors after the headers show the real URL", () => {
  it.each([
    ["a 5xx", (res: import("node:http").ServerResponse) => json(res, 503, { message: "busy" }), ServerError],
    ["an empty 200", (res: import("node:http").ServerResponse) => void res.writeHead(200, { "content-length": "0" }).end(), ResponseBodyError],
  ])("%s", async (_name, answer, ErrorClass) => {
    server.handle((_req, res) => answer(res));
    const error = await failure(makeClient({ retry: false }).copilotSpaces.updateForUser({ username: "octocat", space_number: 5, name: "x" }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.message).toContain(`copilotSpaces.updateForUser: PUT ${server.url}/users/octocat/copilot-spaces/5 answered`);
    expect(error.message).not.toContain("{");
  });
});
