// Network faults as an app meets them: over HTTP they are real socket behaviours (a raw socket sees the
// bytes), and the fetch door rejects or stalls as Node's fetch does against the HTTP door for the same
// fault, compared field by field. close() ends a hung request at once on both doors.
import { spawnSync } from "node:child_process";
import { connect } from "node:net";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, startMockServer, type Mock, type MockServer } from "../src/index.js";
import { thrown } from "./helpers.js";
import { auth, listGet, pathOf } from "./traffic-helpers.js";

const path = pathOf(listGet);
let server: MockServer;
let mock: Mock;
beforeAll(async () => {
  [server, mock] = await Promise.all([startMockServer({ port: 0, rateLimit: false }), createMock({ rateLimit: false })]);
});
afterAll(() => Promise.all([server?.close(), mock?.close()]));

const doors = {
  http: (prefer: string, signal?: AbortSignal) => fetch(`${server.url}${path}`, { headers: { ...auth("t"), prefer }, ...(signal ? { signal } : {}) }),
  fetch: (prefer: string, signal?: AbortSignal) => mock.fetch(`http://mock.test${path}`, { headers: { ...auth("t"), prefer }, ...(signal ? { signal } : {}) }),
};

/** What an app can read of a failure: the error, its cause, and the cause's own fields. */
function shape(error: unknown) {
  const e = error as Error & { cause?: Error & { code?: string; errno?: number; syscall?: string } };
  const cause = e.cause;
  return {
    name: e.name,
    message: e.message,
    isTypeError: e instanceof TypeError,
    cause: cause && { name: cause.name, message: cause.message, code: cause.code, errno: cause.errno, syscall: cause.syscall, keys: Object.keys(cause).sort() },
  };
}

/** Sends raw bytes and collects what comes back until the socket ends or fails. */
function raw(prefer: string): Promise<{ bytes: Buffer; error?: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", (error: NodeJS.ErrnoException) => resolve({ bytes: Buffer.concat(chunks), error: error.code! }));
    socket.on("close", () => resolve({ bytes: Buffer.concat(chunks) }));
    socket.write(`GET ${path} HTTP/1.1\r\nhost: ${hostname}\r\nauthorization: Bearer t\r\nprefer: ${prefer}\r\n\r\n`);
  });
}

describe("over a real socket", () => {
  it("fault=reset: RST before any byte (the client reads ECONNRESET)", async () => {
    expect(await raw("fault=reset")).toEqual({ bytes: Buffer.alloc(0), error: "ECONNRESET" });
  });

  it("fault=empty: the connection closes without a byte", async () => {
    expect(await raw("fault=empty")).toEqual({ bytes: Buffer.alloc(0) });
  });

  it("fault=truncate: the head promises the whole body, half of it comes, then the connection closes", async () => {
    const { bytes } = await raw("fault=truncate");
    const text = bytes.toString("latin1");
    const [head = "", body = ""] = text.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    const promised = Number(/\r\ncontent-length: (\d+)/i.exec(head)![1]);
    expect(promised).toBeGreaterThan(1);
    expect(body.length).toBe(Math.floor(promised / 2));
  });

  it("fault=drip: the head first, then the whole body in several chunks over drip-ms", async () => {
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    const arrivals: number[] = [];
    let text = "";
    const started = performance.now();
    socket.on("data", (chunk) => (arrivals.push(performance.now() - started), (text += chunk.toString("latin1"))));
    socket.write(`GET ${path} HTTP/1.1\r\nhost: ${hostname}\r\nauthorization: Bearer t\r\nprefer: fault=drip, drip-ms=400\r\nconnection: close\r\n\r\n`);
    await new Promise((resolve) => socket.on("close", resolve));
    const [head = "", body = ""] = text.split("\r\n\r\n");
    expect(body.length).toBe(Number(/\r\ncontent-length: (\d+)/i.exec(head)![1]));
    expect(JSON.parse(body)).toEqual(await (await doors.http("")).json());
    expect(arrivals.length).toBeGreaterThanOrEqual(3);
    // A lower bound only: the last chunk cannot leave before drip-ms.
    expect(arrivals.at(-1)!).toBeGreaterThanOrEqual(390);
  });
});

describe("the fetch door fails as fetch fails against the HTTP door", () => {
  it.each(["reset", "empty"])("fault=%s: the same rejection, field by field", async (fault) => {
    const [overHttp, inProcess] = await Promise.all([thrown(doors.http(`fault=${fault}`)), thrown(doors.fetch(`fault=${fault}`))]);
    expect(overHttp).toBeInstanceOf(TypeError);
    expect(shape(inProcess)).toEqual(shape(overHttp));
  });

  it("fault=reset: fetch failed, caused by ECONNRESET", async () => {
    expect(shape(await thrown(doors.fetch("fault=reset")))).toMatchObject({ message: "fetch failed", cause: { code: "ECONNRESET", syscall: "read" } });
  });

  it("fault=truncate: the Response comes with its status and full content-length; reading the body rejects the same way", async () => {
    const [overHttp, inProcess] = await Promise.all([doors.http("fault=truncate"), doors.fetch("fault=truncate")]);
    expect([inProcess.status, inProcess.headers.get("content-length")]).toEqual([overHttp.status, overHttp.headers.get("content-length")]);
    const [httpBody, fetchBody] = await Promise.all([thrown(overHttp.text()), thrown(inProcess.text())]);
    expect(shape(httpBody)).toMatchObject({ name: "TypeError", message: "terminated", cause: { code: "UND_ERR_SOCKET" } });
    expect(shape(fetchBody)).toEqual(shape(httpBody));
  });

  it("fault=drip: the body arrives whole, in chunks, no sooner than drip-ms, on both doors", async () => {
    for (const send of [doors.http, doors.fetch]) {
      const started = performance.now();
      const response = await send("fault=drip, drip-ms=300");
      const reader = response.body!.getReader();
      let reads = 0;
      const parts: Uint8Array[] = [];
      for (let read = await reader.read(); !read.done; read = await reader.read()) reads++, parts.push(read.value);
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      expect(reads).toBeGreaterThanOrEqual(2);
      expect(JSON.parse(Buffer.concat(parts).toString("utf8"))).toEqual(await (await send("")).json());
    }
  });

  it("fault=hang: settles only when the request's signal aborts, with the signal's reason, on both doors", async () => {
    const controllers = [new AbortController(), new AbortController()];
    let settled = 0;
    const pending = [doors.http("fault=hang", controllers[0]!.signal), doors.fetch("fault=hang", controllers[1]!.signal)].map((p) =>
      thrown(p.finally(() => settled++)),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(0);
    const reason = new Error("the app gave up");
    for (const controller of controllers) controller.abort(reason);
    expect(await Promise.all(pending)).toEqual([reason, reason]);
  });

  it("fault=hang in-process keeps a plain Node script alive until its timeout ends the fetch, as an open socket does", () => {
    // Under vitest the worker stays alive whatever happens; a script of its own exits once nothing holds it.
    const script = `
      const { createMock } = require(${JSON.stringify(resolve(import.meta.dirname, "../dist/index.cjs"))});
      (async () => {
        const mock = await createMock({ rateLimit: false });
        const headers = { authorization: "Bearer t", prefer: "fault=hang" };
        const outcome = await mock.fetch("http://mock.test${path}", { headers, signal: AbortSignal.timeout(200) }).then(() => "answered", (e) => e.name);
        console.log(outcome);
        await mock.close();
      })();`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 120_000 });
    expect({ status: run.status, stdout: run.stdout.trim() }).toEqual({ status: 0, stdout: "TimeoutError" });
  });
});

describe("close() ends hung requests at once", () => {
  it.each(["http", "fetch"] as const)("%s door: a hung request fails as a closed connection, long before closeTimeoutMs", async (door) => {
    // A close that waited for the hung request would take closeTimeoutMs: a minute.
    const own = door === "http" ? await startMockServer({ port: 0, closeTimeoutMs: 60_000 }) : await createMock({ closeTimeoutMs: 60_000 });
    const send = () =>
      "url" in own
        ? fetch(`${own.url}${path}`, { headers: { ...auth("t"), prefer: "fault=hang" } })
        : own.fetch(`http://mock.test${path}`, { headers: { ...auth("t"), prefer: "fault=hang" } });
    const hung = thrown(send());
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(shape(await hung)).toMatchObject({ message: "fetch failed", cause: { name: "SocketError", code: "UND_ERR_SOCKET", message: "other side closed" } });
  });

  it.each(["http", "fetch"] as const)("%s door: a hang that comes after a delay, once close() has begun, ends at once too", async (door) => {
    const own = door === "http" ? await startMockServer({ port: 0, closeTimeoutMs: 60_000 }) : await createMock({ closeTimeoutMs: 60_000 });
    const headers = { ...auth("t"), prefer: "delay=60000, fault=hang" };
    const hung = thrown("url" in own ? fetch(`${own.url}${path}`, { headers }) : own.fetch(`http://mock.test${path}`, { headers }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    await own.close();
    expect(shape(await hung)).toMatchObject({ message: "fetch failed", cause: { code: "UND_ERR_SOCKET" } });
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it("http door: an injected delay does not hold close() up either", async () => {
    const own = await startMockServer({ port: 0, closeTimeoutMs: 60_000 });
    const delayed = fetch(`${own.url}${path}`, { headers: { ...auth("t"), prefer: "delay=60000" } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(30_000);
    expect((await delayed).status).toBe(200);
  });
});
