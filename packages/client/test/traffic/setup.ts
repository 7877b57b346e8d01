// What the cache and throttle tests share: a loopback server that answers like GitHub's conditional
// requests (a strong ETag per body, Last-Modified when asked, 304 to a matching If-None-Match or
// If-Modified-Since) and counts a budget, and a fake clock the client waits on without waiting.
import type { ServerResponse } from "node:http";
import { createHash } from "node:crypto";
import { json, type RecordedRequest } from "../test-server.js";

export const TOKEN = "ghp_Traff1cT0ken0123456789abcdefghijklmno";
export const OTHER_TOKEN = "ghp_0therT0ken0123456789abcdefghijklmnopq";
export const space = { id: 84, number: 3, name: "Team Planning Space", updated_at: "2026-11-20T10:00:00Z" };

/** Answers `body` with an ETag (and Last-Modified if `lastModified`), or 304 when the request's validators match. */
export function conditional(req: RecordedRequest, res: ServerResponse, body: unknown, extra: Record<string, string> = {}, lastModified?: string) {
  const etag = `"${createHash("sha256").update(JSON.stringify(body)).digest("hex")}"`;
  const headers: Record<string, string> = { etag, ...(lastModified ? { "last-modified": lastModified } : {}), ...extra };
  const inm = req.headers["if-none-match"];
  const ims = req.headers["if-modified-since"];
  if (inm === etag || (inm === undefined && ims !== undefined && lastModified === ims)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  json(res, 200, body, headers);
}

/** A clock that moves only when the client sleeps: `sleeps` records every wait. */
export function fakeClock(start = Date.parse("2026-11-25T10:00:00Z")) {
  const clock = {
    now: start,
    sleeps: [] as number[],
    sleep: async (ms: number, signal: AbortSignal) => {
      if (signal.aborted) throw signal.reason;
      clock.sleeps.push(ms);
      clock.now += ms;
    },
  };
  return clock;
}
