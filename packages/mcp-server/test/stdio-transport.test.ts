// LineTransport over in-memory streams: each malformed line is answered as JSON-RPC 2.0 asks and the
// transport goes on; lines may end in CRLF or arrive in pieces; an over-long line is answered and
// skipped; the end of input closes it.
import { PassThrough } from "node:stream";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { LineTransport, MAX_LINE_BYTES } from "../src/stdio-transport.ts";

const ping = (id: number) => ({ jsonrpc: "2.0", id, method: "ping" });

let open: LineTransport[] = [];
afterEach(async () => {
  for (const transport of open) await transport.close();
  open = [];
});

/** A started transport on PassThrough streams, with what it delivered, what it wrote, and whether it closed. */
async function transport() {
  const input = new PassThrough();
  const output = new PassThrough();
  const written: unknown[] = [];
  let pending = "";
  output.setEncoding("utf8");
  output.on("data", (chunk: string) => {
    pending += chunk;
    for (let newline = pending.indexOf("\n"); newline >= 0; newline = pending.indexOf("\n")) {
      written.push(JSON.parse(pending.slice(0, newline)));
      pending = pending.slice(newline + 1);
    }
  });
  const delivered: JSONRPCMessage[] = [];
  const line = new LineTransport(input, output);
  const state = { closed: false };
  line.onmessage = (message) => delivered.push(message);
  line.onclose = () => {
    state.closed = true;
  };
  await line.start();
  open.push(line);
  /** Writes the chunks one by one, then lets the streams deliver them. */
  const send = async (...chunks: string[]) => {
    for (const chunk of chunks) input.write(chunk);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { input, line, written, delivered, send, state };
}

describe("LineTransport", () => {
  it("answers text that is not JSON with -32700 and id null, and delivers the next valid message", async () => {
    const t = await transport();
    await t.send("this is not json\n", `${JSON.stringify(ping(1))}\n`);
    expect(t.written).toEqual([{ jsonrpc: "2.0", id: null, error: { code: ErrorCode.ParseError, message: expect.stringMatching(/^Parse error/) } }]);
    expect(t.delivered).toEqual([ping(1)]);
  });

  it("answers JSON that is not JSON-RPC with -32600, with its id when it has one", async () => {
    const t = await transport();
    await t.send(`${JSON.stringify({ jsonrpc: "1.0", id: 7, method: "ping" })}\n`, "[1,2]\n", "null\n", `${JSON.stringify(ping(2))}\n`);
    expect(t.written).toEqual([
      { jsonrpc: "2.0", id: 7, error: { code: ErrorCode.InvalidRequest, message: expect.stringMatching(/^Invalid Request/) } },
      { jsonrpc: "2.0", id: null, error: { code: ErrorCode.InvalidRequest, message: expect.stringMatching(/^Invalid Request/) } },
      { jsonrpc: "2.0", id: null, error: { code: ErrorCode.InvalidRequest, message: expect.stringMatching(/^Invalid Request/) } },
    ]);
    expect(t.delivered).toEqual([ping(2)]);
  });

  it("reads CRLF line ends, skips blank lines, and joins a message split across chunks", async () => {
    const t = await transport();
    const whole = JSON.stringify({ jsonrpc: "2.0", id: 3, method: "tools/list", params: { cursor: "é ü 🙂" } });
    const bytes = Buffer.from(`${whole}\n`);
    // Cut inside the emoji's four bytes as well as inside the JSON.
    const cut = bytes.indexOf(Buffer.from("🙂")) + 2;
    await t.send(`${JSON.stringify(ping(1))}\r\n`, "\r\n", "\n");
    t.input.write(bytes.subarray(0, 10));
    t.input.write(bytes.subarray(10, cut));
    await t.send();
    expect(t.delivered).toEqual([ping(1)]);
    t.input.write(bytes.subarray(cut));
    await t.send();
    expect(t.delivered).toEqual([ping(1), JSON.parse(whole)]);
    expect(t.written).toEqual([]);
  });

  it("answers an over-long line once, skips it to its end, and goes on", async () => {
    const t = await transport();
    const half = "x".repeat(MAX_LINE_BYTES / 2 + 1);
    await t.send(`{"jsonrpc":"2.0","id":9,"method":"ping","params":{"pad":"${half}`, half);
    expect(t.written).toEqual([
      { jsonrpc: "2.0", id: null, error: { code: ErrorCode.InvalidRequest, message: expect.stringContaining(String(MAX_LINE_BYTES)) } },
    ]);
    await t.send(`${half}"}}\n`, `${JSON.stringify(ping(4))}\n`);
    expect(t.written).toHaveLength(1);
    expect(t.delivered).toEqual([ping(4)]);
  });

  it("writes each message it sends as one line", async () => {
    const t = await transport();
    await t.line.send({ jsonrpc: "2.0", id: 5, result: {} });
    await t.send();
    expect(t.written).toEqual([{ jsonrpc: "2.0", id: 5, result: {} }]);
  });

  it("delivers a last message that has no newline when the input ends", async () => {
    const t = await transport();
    t.input.end(JSON.stringify(ping(9)));
    await t.send();
    expect(t.delivered).toEqual([ping(9)]);
    expect(t.state.closed).toBe(true);
  });

  it("closes at the end of input", async () => {
    const t = await transport();
    expect(t.state.closed).toBe(false);
    t.input.end();
    await t.send();
    expect(t.state.closed).toBe(true);
  });
});
