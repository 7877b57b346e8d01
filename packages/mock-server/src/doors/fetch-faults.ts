// The fetch door's network faults: the same rejections and stalls that Node's fetch (undici) meets
// against the HTTP door playing the same fault, measured on Node 20.20 (undici 6) with
// test/fault-parity.test.ts keeping them equal field by field:
//   reset    → TypeError "fetch failed", cause Error "read ECONNRESET" (code ECONNRESET, errno, syscall "read")
//   empty    → TypeError "fetch failed", cause SocketError "other side closed" (code UND_ERR_SOCKET)
//   truncate → the Response resolves; reading its body rejects with TypeError "terminated", cause SocketError
//   drip     → the Response resolves; its body arrives in chunks over the drip's time
//   hang     → never settles; the request's signal rejects it with the signal's reason, and the mock's
//              close() as a closed connection (TypeError "fetch failed", cause SocketError)
import { constants } from "node:os";
import type { Reply } from "../core/call.js";
import type { Transport } from "../core/injections/injection.js";
import { dripPlan } from "../core/injections/drip.js";

/** undici's error for a socket the other side closed (`cause` of a fetch that failed on it). */
export class SocketError extends Error {
  declare readonly code: "UND_ERR_SOCKET";
  /** undici gives the socket's addresses and byte counts; in-process there is no socket, so all are undefined or 0. */
  declare readonly socket: Record<string, string | number | undefined>;
  constructor(message: string) {
    super(message);
    // Own properties, in undici's order, so that a test printing the cause sees what it would see over a socket.
    Object.assign(this, {
      name: "SocketError",
      code: "UND_ERR_SOCKET",
      socket: {
        localAddress: undefined,
        localPort: undefined,
        remoteAddress: undefined,
        remotePort: undefined,
        remoteFamily: undefined,
        bytesWritten: 0,
        bytesRead: 0,
      },
    });
  }
}

/** A connection reset, as Node's net module reports one read from a socket. */
function connectionReset(): Error {
  return Object.assign(new Error("read ECONNRESET"), { errno: -constants.errno.ECONNRESET, code: "ECONNRESET", syscall: "read" });
}

const fetchFailed = (cause: Error) => new TypeError("fetch failed", { cause });
/** What a hung fetch meets when the mock closes: the connection closed under it. */
export const closedUnderIt = () => fetchFailed(new SocketError("other side closed"));

/**
 * The Response (or the rejection, or the stall) a fetch meets for `transport`. `hung` holds the
 * rejections of the fetches that hang, for the mock's close().
 */
export function playInProcess(
  reply: Reply,
  transport: Transport,
  toResponse: (body: BodyInit | null, headers: Record<string, string>) => Response,
  signal: AbortSignal,
  hung: Set<(error: Error) => void>,
): Promise<Response> {
  // An answer without a body (204, 304, HEAD) has nothing to cut or to drip: it comes whole.
  if (reply.body === null && (transport.fault === "truncate" || transport.fault === "drip")) return Promise.resolve(toResponse(null, reply.headers));
  const body = new TextEncoder().encode(reply.body ?? "");
  const headers = { ...reply.headers, "content-length": String(body.byteLength) };
  switch (transport.fault) {
    case "reset":
      return Promise.reject(fetchFailed(connectionReset()));
    case "empty":
      return Promise.reject(fetchFailed(new SocketError("other side closed")));
    case "hang":
      return new Promise<Response>((_, reject) => {
        // Over a socket, the open connection keeps Node's event loop alive while the answer never comes;
        // in-process nothing would, and a script awaiting a hung fetch (with a timeout to end it) would
        // exit with the promise pending. A timer that never fires stands in for the socket until the end.
        const connection = setInterval(() => undefined, 0x7fffffff);
        const end = (error: Error) => {
          clearInterval(connection);
          hung.delete(end);
          signal.removeEventListener("abort", onAbort);
          reject(error);
        };
        const onAbort = () => end(signal.reason as Error);
        hung.add(end);
        signal.addEventListener("abort", onAbort, { once: true });
      });
    case "truncate": {
      let sent = false;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) return controller.error(new TypeError("terminated", { cause: new SocketError("other side closed") }));
          sent = true;
          controller.enqueue(body.subarray(0, Math.floor(body.byteLength / 2)));
        },
      });
      return Promise.resolve(toResponse(stream, headers));
    }
    case "drip": {
      const { chunks, everyMs } = dripPlan(body, transport.ms ?? 0);
      let timer: NodeJS.Timeout | undefined;
      let control: ReadableStreamDefaultController<Uint8Array> | undefined;
      const stream = new ReadableStream<Uint8Array>({
        start: (controller) => void (control = controller),
        pull: (controller) =>
          new Promise<void>((resolve) => {
            timer = setTimeout(() => {
              const chunk = chunks.shift();
              if (chunk) controller.enqueue(chunk);
              if (chunks.length === 0) controller.close();
              resolve();
            }, everyMs);
          }),
        cancel: () => clearTimeout(timer),
      });
      // As undici: a signal that aborts while the body comes errors the body with the signal's reason.
      signal.addEventListener("abort", () => (clearTimeout(timer), control?.error(signal.reason)), { once: true });
      return Promise.resolve(toResponse(stream, headers));
    }
  }
}
