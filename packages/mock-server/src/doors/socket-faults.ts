// The HTTP door's network faults, played on the real socket (WireMock's faults are the model:
// https://wiremock.org/docs/simulating-faults/): a reset (RST) before any byte, a request accepted and
// never answered, a body sent slowly, a body cut in the middle, a close without a status line.
import { STATUS_CODES, type ServerResponse } from "node:http";
import type { Reply } from "../core/call.js";
import type { Transport } from "../core/injections/injection.js";
import { dripPlan } from "../core/injections/drip.js";

/** Plays `transport` instead of writing `reply`; a hung answer joins `hung` until its socket closes. */
export function playOnSocket(reply: Reply, transport: Transport, res: ServerResponse, hung: Set<ServerResponse>, closing: boolean): void {
  const socket = res.socket;
  if (!socket) return;
  const body = Buffer.from(reply.body ?? "");
  switch (transport.fault) {
    case "reset":
      // RST: the client reads ECONNRESET, as from a server or proxy that dropped the connection.
      return void socket.resetAndDestroy();
    case "empty":
      // FIN without a byte: the client sees the connection closed before any status line.
      return void socket.destroy();
    case "hang":
      // Never answered; close() ends it (a closing server has nothing to keep it for).
      if (closing) return void socket.destroy();
      hung.add(res);
      return void res.once("close", () => hung.delete(res));
    case "truncate": {
      // The head promises the whole body; half of it is written, then the connection is closed.
      const head = [`HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status] ?? ""}`];
      for (const [name, value] of Object.entries({ ...reply.headers, "content-length": String(body.byteLength) })) head.push(`${name}: ${value}`);
      return void socket.write(Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`), body.subarray(0, Math.floor(body.byteLength / 2))]), () =>
        socket.destroy(),
      );
    }
    case "drip": {
      res.writeHead(reply.status, { ...reply.headers, "content-length": String(body.byteLength) });
      res.flushHeaders();
      const { chunks, everyMs } = dripPlan(body, transport.ms ?? 0);
      let timer: NodeJS.Timeout | undefined;
      const next = () => {
        const chunk = chunks.shift();
        if (chunks.length === 0) return void res.end(chunk);
        res.write(chunk!);
        timer = setTimeout(next, everyMs);
      };
      timer = setTimeout(next, everyMs);
      res.once("close", () => clearTimeout(timer));
      return;
    }
  }
}
