// The waits before a retry: `Retry-After` (whole seconds or an HTTP date) and the rate limit's reset
// are waited for; junk, or a time in the past, means the normal backoff.
import { describe, expect, it } from "vitest";
import { parseHttpDate } from "../../src/retry.js";
import { json } from "../test-server.js";
import { getSpace, makeClient, NOW, server, sleeper, space, useFaultServer } from "./setup.js";

useFaultServer();

describe("Retry-After and rate-limit resets", () => {
  const failOnce = (headers: Record<string, string>, status = 503) => {
    const first = server.requests.length;
    server.handle((_req, res, index) => (index === first ? json(res, status, { message: "slow down" }, headers) : json(res, 200, space)));
  };

  it.each(["", "-1", "5, 7", "1 2", "0x10", "1.5", "1e3", "Infinity", "soon", "Wed, 31 Feb 2026 10:00:00 GMT"])(
    "Retry-After %j means the normal backoff",
    async (value) => {
      failOnce({ "retry-after": value });
      await expect(getSpace(makeClient())).resolves.toEqual(space);
      expect(sleeper.delays).toEqual([375]);
    },
  );

  it("Retry-After as whole seconds, and as an HTTP date in the future, is waited for", async () => {
    failOnce({ "retry-after": "12" });
    await getSpace(makeClient());
    failOnce({ "retry-after": new Date(NOW + 30_000).toUTCString() }, 429);
    await getSpace(makeClient());
    expect(sleeper.delays).toEqual([12_000, 30_000]);
  });

  it("an HTTP date in the past, and a rate-limit reset in the past, mean the normal backoff", async () => {
    failOnce({ "retry-after": new Date(NOW - 5_000).toUTCString() }, 429);
    await getSpace(makeClient());
    failOnce({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(NOW / 1000 - 10) }, 403);
    await getSpace(makeClient());
    expect(sleeper.delays).toEqual([375, 375]);
  });

  it("reads the three HTTP date forms of RFC 9110 and nothing else", () => {
    const expected = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")).toBe(expected);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(expected);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toBe(expected);
    for (const junk of ["5, 7", "2026-11-25T10:00:00Z", "Sun, 06 Nov 1994 08:49:37 PST", "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT"]) {
      expect(parseHttpDate(junk), junk).toBeUndefined();
    }
  });
});
