// MCP over stdio, one JSON-RPC message per line. The SDK's StdioServerTransport drops a line that is
// not JSON-RPC without a word (it reports to `onerror` only); a client then waits for an answer that
// never comes. This one answers such a line as JSON-RPC 2.0 asks: -32700 for text that is not JSON,
// -32600 for JSON that is not a request, with the request's id when it has one, and goes on.
import type { Readable, Writable } from "node:stream";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { ErrorCode, JSONRPCMessageSchema, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

/** A line longer than this is answered with an error and skipped, so one bad client cannot exhaust memory. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export class LineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  #buffer = "";
  #skipping = false;
  #closed = false;

  constructor(
    private readonly input: Readable = process.stdin,
    private readonly output: Writable = process.stdout,
  ) {}

  async start(): Promise<void> {
    this.input.setEncoding("utf8");
    this.input.on("data", this.#onData);
    this.input.on("end", this.#onEnd);
    this.input.on("error", this.#onError);
    this.output.on("error", this.#onError);
  }

  readonly #onData = (chunk: string) => {
    let start = 0;
    for (let newline = chunk.indexOf("\n"); newline >= 0; newline = chunk.indexOf("\n", start)) {
      const line = this.#buffer + chunk.slice(start, newline);
      this.#buffer = "";
      start = newline + 1;
      if (this.#skipping) this.#skipping = false;
      else if (Buffer.byteLength(line) > MAX_LINE_BYTES) this.#tooLong();
      else this.#line(line.replace(/\r$/, ""));
    }
    if (this.#skipping) return;
    this.#buffer += chunk.slice(start);
    if (Buffer.byteLength(this.#buffer) > MAX_LINE_BYTES) {
      this.#buffer = "";
      this.#skipping = true;
      this.#tooLong();
    }
  };

  #tooLong(): void {
    this.#reply(null, ErrorCode.InvalidRequest, `Invalid Request: a line longer than ${MAX_LINE_BYTES} bytes; it is skipped`);
  }

  readonly #onEnd = () => {
    // A last line with no newline is still a message.
    if (!this.#skipping && this.#buffer.trim() !== "") this.#line(this.#buffer.replace(/\r$/, ""));
    this.#buffer = "";
    void this.close();
  };
  readonly #onError = (error: Error) => {
    this.onerror?.(error);
    // A closed stdout (EPIPE) leaves nobody to answer: the session is over.
    if ((error as NodeJS.ErrnoException).code === "EPIPE") void this.close();
  };

  #line(line: string): void {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      this.#reply(null, ErrorCode.ParseError, `Parse error: ${(error as Error).message}`);
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(json);
    if (!parsed.success) {
      const id = (json as { id?: unknown } | null)?.id;
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
      this.#reply(
        typeof id === "string" || typeof id === "number" ? id : null,
        ErrorCode.InvalidRequest,
        `Invalid Request: not a JSON-RPC 2.0 message${where}`,
      );
      return;
    }
    this.onmessage?.(parsed.data);
  }

  #reply(id: string | number | null, code: number, message: string): void {
    this.#write({ jsonrpc: "2.0", id, error: { code, message } });
  }

  #write(message: unknown): Promise<void> {
    return new Promise((resolve) => {
      if (this.#closed || !this.output.writable) return resolve();
      if (this.output.write(`${JSON.stringify(message)}\n`)) resolve();
      else this.output.once("drain", () => resolve());
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    return this.#write(message);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.input.off("data", this.#onData);
    this.input.off("end", this.#onEnd);
    this.input.pause();
    this.onclose?.();
  }
}
