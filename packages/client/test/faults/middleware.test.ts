// Middleware registered with use() sees every request and answer, may answer or recover, and may be
// ejected, as openapi-fetch's own does, while the methods still settle the answers.
import { describe, expect, it } from "vitest";
import { ResponseBodyError } from "../../src/index.js";
import { json } from "../test-server.js";
import { failure, getSpace, makeClient, server, space, spaceUrl, useFaultServer } from "./setup.js";

useFaultServer();

describe("middleware registered with use()", () => {
  it("may answer without a request (onRequest) or recover from a failure (onError)", async () => {
    const cached = () => new Response(JSON.stringify({ ...space, name: "Cached" }), { status: 200, headers: { "content-type": "application/json" } });
    const client = makeClient({ retry: false });
    const cache = { onRequest: () => cached() };
    client.use(cache);
    await expect(getSpace(client)).resolves.toMatchObject({ name: "Cached" });
    expect(server.requests).toHaveLength(0);
    client.eject(cache);
    server.handle((_req, res) => void res.socket?.destroy());
    client.use({ onError: () => cached() });
    await expect(getSpace(client)).resolves.toMatchObject({ name: "Cached" });
  });

  it("ejecting one never registered leaves the others working", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient();
    const seen: unknown[] = [];
    client.use({ onResponse: async ({ response }: { response: Response }) => void seen.push(await response.clone().json()) });
    client.eject({ onResponse: () => undefined });
    await getSpace(client);
    expect(seen).toEqual([space]);
  });

  it("one used twice and ejected once still runs, and reads the body", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient();
    const seen: unknown[] = [];
    const middleware = { onResponse: async ({ response }: { response: Response }) => void seen.push(await response.clone().json()) };
    client.use(middleware);
    client.use(middleware);
    client.eject(middleware);
    await getSpace(client);
    expect(seen).toEqual([space]);
  });

  it("runs for every page of a walk", async () => {
    server.handle((req, res) =>
      json(res, 200, { spaces: [space] }, req.url.includes("after=") ? {} : { link: `<${server.url}/orgs/octo-org/copilot-spaces?after=x>; rel="next"` }),
    );
    const client = makeClient();
    const requested: string[] = [];
    client.use({ onRequest: ({ request }: { request: Request }) => void requested.push(new URL(request.url).search) });
    await client.paginate.all(client.copilotSpaces.listForOrg, { org: "octo-org" });
    expect(requested).toEqual(["", "?after=x"]);
    expect(server.requests).toHaveLength(2);
  });

  it("sees a readable answer on every call of a method, and a replaced answer is what the method resolves to", async () => {
    server.handle((_req, res) => json(res, 200, space));
    const client = makeClient();
    const seen: unknown[] = [];
    const middleware = {
      async onResponse({ response }: { response: Response }) {
        seen.push(await response.clone().json());
        return new Response(JSON.stringify({ ...space, name: "Rewritten" }), { status: 200, headers: { "content-type": "application/json" } });
      },
    };
    client.use(middleware);
    await expect(getSpace(client)).resolves.toMatchObject({ name: "Rewritten" });
    client.eject(middleware);
    await expect(getSpace(client)).resolves.toEqual(space);
    expect(seen).toEqual([space]);
  });

  it("a 2xx that is not JSON is still a ResponseBodyError", async () => {
    server.handle((_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end("<p>maintenance</p>"));
    const client = makeClient();
    client.use({ onRequest: () => undefined });
    const error = await failure(getSpace(client));
    expect(error).toBeInstanceOf(ResponseBodyError);
    expect(error.message).toBe(
      `copilotSpaces.getForOrg: GET ${spaceUrl()} answered 200 with a body that is not JSON, where the description declares a JSON object`,
    );
  });
});
