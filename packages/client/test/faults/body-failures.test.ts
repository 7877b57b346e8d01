// Failures while the answer's body is read (a connection reset mid-body, a body that drips past the
// timeout, the caller's signal during the body) are classified and retried as failures before the
// headers are.
import { describe, expect, it } from "vitest";
import { AbortError, ConnectionError, TimeoutError } from "../../src/index.js";
import { json } from "../test-server.js";
import { drip, failure, getSpace, makeClient, server, sleeper, space, spaceUrl, useFaultServer } from "./setup.js";

useFaultServer();

describe("failures while the body is read are classified as before the headers", () => {
  // A timeout that must fire while the body drips, after the headers: the headers come at once, but a
  // busy machine can keep this process waiting for a few hundred ms before it reads them.
  const BODY_PHASE_MS = 1000;
  const resetMidBody = (res: import("node:http").ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
    res.write('{"id": 84, "na');
    setTimeout(() => res.socket?.destroy(), 20);
  };

  it("a GET whose connection resets mid-body is retried, and succeeds", async () => {
    server.handle((_req, res, index) => (index < 2 ? resetMidBody(res) : json(res, 200, space)));
    await expect(getSpace(makeClient())).resolves.toEqual(space);
    expect(server.requests).toHaveLength(3);
    expect(sleeper.delays).toEqual([375, 750]);
  });

  it("a GET that resets mid-body every time throws ConnectionError (body phase) after the retries", async () => {
    server.handle((_req, res) => resetMidBody(res));
    const error = await failure(getSpace(makeClient()));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).phase).toBe("body");
    expect(error.message).toContain(`copilotSpaces.getForOrg: GET ${spaceUrl()} lost the connection while its answer's body was read`);
    expect(server.requests).toHaveLength(3);
  });

  it("a reset before the headers is retried the same way", async () => {
    server.handle((_req, res, index) => (index < 2 ? void res.socket?.destroy() : json(res, 200, space)));
    await expect(getSpace(makeClient())).resolves.toEqual(space);
    expect(server.requests).toHaveLength(3);
  });

  it("a POST that resets mid-body is not retried", async () => {
    server.handle((_req, res) => resetMidBody(res));
    const error = await failure(makeClient().copilotSpaces.createForOrg({ org: "octo-org", name: "x" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("a body that drips past timeoutMs is a TimeoutError (body phase), retried", async () => {
    server.handle((_req, res) => drip(res));
    const error = await failure(getSpace(makeClient({ timeoutMs: BODY_PHASE_MS })));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} timed out after ${BODY_PHASE_MS} ms while its answer's body was read`);
    expect(server.requests).toHaveLength(3);
  });

  it("a fetch of the caller's that ignores the signal still times out while the body drips, and the connection is closed", async () => {
    let closed!: Promise<void>;
    server.handle((_req, res) => {
      closed = new Promise((resolve) => res.on("close", () => resolve()));
      drip(res);
    });
    const deaf = (request: Request) => globalThis.fetch(request.url, { headers: request.headers });
    const error = await failure(getSpace(makeClient({ timeoutMs: BODY_PHASE_MS, retry: false, fetch: deaf })));
    expect(error).toBeInstanceOf(TimeoutError);
    await closed; // else the test times out: the dripping answer would go on
  });

  it("the caller's AbortSignal.timeout during the body is an AbortError with the signal's reason, not retried", async () => {
    server.handle((_req, res) => drip(res));
    const signal = AbortSignal.timeout(BODY_PHASE_MS);
    const error = await failure(getSpace(makeClient(), { signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toBe(`copilotSpaces.getForOrg: GET ${spaceUrl()} was aborted by the caller while its answer's body was read`);
    expect(error.cause).toBe(signal.reason);
    expect((error.cause as DOMException).name).toBe("TimeoutError");
    expect(server.requests).toHaveLength(1);
  });

  it("abort(reason) during the body is an AbortError whose cause is that reason", async () => {
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    server.handle((_req, res) => {
      drip(res);
      setTimeout(() => controller.abort(reason), 100);
    });
    const error = await failure(getSpace(makeClient(), { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause).toBe(reason);
  });
});
