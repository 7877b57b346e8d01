// The MSW door: with `setupServer(...copilotSpacesHandlers(mock))`, code that calls GitHub (the typed
// client with its default base URL, plain fetch) reaches the mock in-process, stateful or not.
import { createCopilotSpacesClient, NotFoundError } from "@copilot-spaces/client";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, type Mock } from "../src/index.js";
import { copilotSpacesHandlers } from "../src/doors/msw.js";

let stateful: Mock;
let server: ReturnType<typeof setupServer>;
beforeAll(async () => {
  stateful = await createMock({ stateful: true });
  server = setupServer(...copilotSpacesHandlers(stateful));
  server.listen({ onUnhandledRequest: "error" });
});
afterAll(async () => {
  server?.close();
  await stateful?.close();
});

describe("copilotSpacesHandlers", () => {
  it("the typed client, on GitHub's own base URL: create → get → set → list → delete → get", async () => {
    const github = createCopilotSpacesClient({ token: "t", retry: false });
    const created = await github.copilotSpaces.createForUser({ username: "msw-user", name: "Through MSW" });
    expect(created.owner.login).toBe("msw-user");
    expect((await github.copilotSpaces.getForUser({ username: "msw-user", space_number: created.number })).name).toBe("Through MSW");
    await github.copilotSpaces.updateForUser({ username: "msw-user", space_number: created.number, name: "Renamed" });
    const all = await github.paginate.all(github.copilotSpaces.listForUser, { username: "msw-user", per_page: 2 });
    expect(all.find((s) => s.number === created.number)?.name).toBe("Renamed");
    await github.copilotSpaces.deleteForUser({ username: "msw-user", space_number: created.number });
    await expect(github.copilotSpaces.getForUser({ username: "msw-user", space_number: created.number })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("plain fetch gets GitHub's answers, errors included", async () => {
    const ok = await fetch("https://api.github.com/orgs/octo-org/copilot-spaces/3", { headers: { authorization: "Bearer t" } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await fetch("https://api.github.com/orgs/octo-org/copilot-spaces/3")).status).toBe(401);
  });

  it("another base URL (GitHub Enterprise Cloud with data residency, a proxy) works the same", async () => {
    const local = setupServer(...copilotSpacesHandlers(stateful, { baseUrl: "https://api.acme.ghe.com" }));
    server.close();
    local.listen({ onUnhandledRequest: "error" });
    try {
      const github = createCopilotSpacesClient({ token: "t", baseUrl: "https://api.acme.ghe.com", retry: false });
      expect((await github.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 })).number).toBe(3);
    } finally {
      local.close();
      server.listen({ onUnhandledRequest: "error" });
    }
  });

  it.each([
    ["https://ghe.example/api/v3", 'baseUrl: expected an origin such as https://api.github.com (no path), got "https://ghe.example/api/v3"'],
    ["not a url", "baseUrl: expected an origin"],
  ])("refuses baseUrl %j, naming it", (baseUrl, message) => {
    expect(() => copilotSpacesHandlers(stateful, { baseUrl })).toThrow(message);
  });
});

describe("network faults through MSW", () => {
  const send = (prefer: string, signal?: AbortSignal) =>
    fetch("https://api.github.com/orgs/octo-org/copilot-spaces/3", { headers: { authorization: "Bearer t", prefer }, ...(signal ? { signal } : {}) });

  it.each(["reset", "empty"])("fault=%s: msw's network error, fetch rejects with TypeError: Failed to fetch", async (fault) => {
    const error = await send(`fault=${fault}`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("Failed to fetch");
  });

  it("fault=truncate: the answer comes, reading its body rejects as fetch's does (terminated, UND_ERR_SOCKET)", async () => {
    const response = await send("fault=truncate");
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toMatchObject({ name: "TypeError", message: "terminated", cause: { code: "UND_ERR_SOCKET" } });
  });

  it("fault=drip: the body arrives whole, no sooner than drip-ms; fault=hang: only the signal ends it", async () => {
    const started = performance.now();
    const dripped = await (await send("fault=drip, drip-ms=200")).json();
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(dripped).toEqual(await (await send("")).json());
    const reason = new Error("gave up");
    const controller = new AbortController();
    const hung = send("fault=hang", controller.signal).catch((e: unknown) => e);
    setTimeout(() => controller.abort(reason), 100);
    expect(await hung).toBe(reason);
  });
});
