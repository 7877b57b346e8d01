// The replay's step: after the test's rules and chaos (what a test forces still wins), before validation (a recorded
// 422 of an invalid request is served as it was recorded). A request a recording matches (cassettes/replay.ts) gets
// the recorded status, body and the headers that matter; one none matches goes on to the mock's usual answer, or,
// with `replayStrict`, gets a 404 in GitHub's shape saying so and naming the closest recording of its operation.
import type { Recorded } from "../../cassettes/load.js";
import { pathUnder } from "../../conformance/check-answer.js";
import type { Answer } from "../answer.js";
import type { MockContext, RoutedExchange } from "../exchange.js";
import { error } from "../github-errors.js";
import { TOKEN_SHAPED } from "../rules/tokens.js";
import { pathParamsOf } from "../journal/entry.js";

/**
 * The recorded headers a replay serves. The answer's meaning: its media type, its pages (`link`, pointed at the
 * mock), its validators (`etag`, `last-modified`: a conditional request then gets the mock's 304 for them), where a
 * create put its item (`location`), when to retry, and what a 403 asked for. Not served: `x-ratelimit-*` (the mock's
 * own budgets count them, and a recorded count would lie about this run), the request id, dates and the server's
 * caching and security headers, which the mock sets for every answer.
 */
export const REPLAYED_HEADERS = [
  "content-type",
  "link",
  "etag",
  "last-modified",
  "location",
  "retry-after",
  "x-accepted-github-permissions",
  "x-accepted-oauth-scopes",
] as const;

export function replay(x: RoutedExchange, mock: MockContext): Answer | undefined {
  if (!mock.replay || x.choice.kind !== "none") return undefined;
  const { operationId } = x.operation;
  const taken = mock.replay.recordings.take({
    operationId,
    params: pathParamsOf(x.operation.path, x.call.url.pathname),
    query: x.call.url.searchParams,
    text: x.text,
  });
  if ("recorded" in taken) {
    const { recorded } = taken;
    x.injected.push({ kind: "status", status: recorded.status, source: "replay", cassette: recorded.file, entry: recorded.entry });
    return answerOf(recorded, x);
  }
  if (!mock.replay.strict) return undefined;
  const closest = taken.closest === undefined ? "no recording of this operation" : `closest: ${taken.closest}`;
  const message = `Not Found (replay-strict: no recorded exchange matched ${x.call.method} ${x.call.url.pathname} (${operationId}); ${closest})`;
  return error(404, message.replace(new RegExp(TOKEN_SHAPED.source, "g"), "[token]"));
}

function answerOf(recorded: Recorded, x: RoutedExchange): Answer {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = recorded.headers[name];
    if (value === undefined) continue;
    headers[name] = name === "link" || name === "location" ? atTheMock(value, recorded, x.call.url.origin) : value;
  }
  const bodyless = recorded.text === "" || x.call.method === "HEAD" || recorded.status === 204 || recorded.status === 304;
  // The text as recorded (the load check has parsed it as JSON of the documented type), served byte for byte.
  return bodyless
    ? { status: recorded.status, headers }
    : { status: recorded.status, headers, body: JSON.parse(recorded.text) as unknown, text: recorded.text };
}

/** Each URL on the recording's origin and under its base, moved to the mock's origin (the mock serves the paths at its root). */
function atTheMock(value: string, recorded: Recorded, origin: string): string {
  return value.replace(/https?:\/\/[^\s<>,;"]+/g, (href) => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return href;
    }
    const path = url.origin === recorded.base.origin ? pathUnder(recorded.base, url) : undefined;
    return path === undefined ? href : `${origin}${path}${url.search}${url.hash}`;
  });
}
