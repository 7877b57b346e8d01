// Record then replay: real exchanges with the kit's mock (a stateful one, so that what it answers differs from the
// description's examples a fresh mock would give), written as sanitized HAR cassettes under a GHES-like base
// (`https://ghes.example/api/v3`), then served by a mock started with `replay`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, type Mock } from "../src/doors/fetch.js";
import { startMockServer } from "../src/doors/http-server.js";
import { REPLAYED_HEADERS } from "../src/core/steps/replay.js";
import { TOKEN_SHAPED } from "../src/core/rules/tokens.js";
import type { HarEntry } from "../src/cassettes/har.js";
import { runToExit, scratchFiles, withBin } from "./cli-helpers.js";
import { thrown } from "./helpers.js";
import { collection, pathOf, recorder, TOKEN, writeCassette, type Recording } from "./recorder.js";

const { list, create, get } = collection();
const OWNER = "recorded-org";
const files = scratchFiles("replay-");
/** Cassettes made to be refused, apart from the directory a mock replays. */
const other = scratchFiles("replay-refused-");
const auth = { authorization: `Bearer ${TOKEN}` };
let upstream: Mock;
let replayed: Mock;
/** What was recorded: the list before the create, the create, the get of what it made, the list after; and a page of 1. */
let before: Recording, created: Recording, fetched: Recording, after: Recording, paged: Recording;
let cassette: string;
let number: number;

const matter = (headers: Record<string, string> | Headers) => {
  const out: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    if (value !== null && value !== undefined) out[name] = value;
  }
  return out;
};
/** A recording's headers as the mock replays them: its link URLs on the mock's origin, without the base's path. */
const asServed = (recording: Recording, origin: string) => {
  const out = matter(recording.headers);
  if (out.link) out.link = out.link.replaceAll("https://ghes.example/api/v3/", `${origin}/`);
  return out;
};

beforeAll(async () => {
  upstream = await createMock({ stateful: true, rateLimit: false });
  const record = recorder(upstream);
  const listPath = pathOf(list, OWNER);
  before = await record("GET", listPath);
  const body = { ...(create.requestBody!.examples[0] as object), name: "Recorded through the proxy" };
  created = await record("POST", listPath, body);
  const identity = get.parameters.find((p) => p.in === "path" && p.name === get.resource!.identity[0])!.itemField!;
  number = (JSON.parse(created.text) as Record<string, number>)[identity]!;
  fetched = await record("GET", pathOf(get, OWNER, number));
  // A real server's validator and media type as it wrote them, not what the mock would say: the replay serves the recorded ones.
  const own: Record<string, string> = { etag: 'W/"recorded-by-the-server"', "content-type": "application/json" };
  for (const header of fetched.entry.response.headers) if (own[header.name]) header.value = fetched.headers[header.name] = own[header.name]!;
  after = await record("GET", listPath);
  paged = await record("GET", `${listPath}?${list.paging!.pageSize!.name}=1`);
  cassette = writeCassette(
    join(files.dir, "exchanges.har"),
    [before, created, fetched, after, paged].map((r) => r.entry),
  );
  replayed = await createMock({ replay: files.dir, rateLimit: false });
}, 60_000);
afterAll(async () => {
  await Promise.all([upstream?.close(), replayed?.close()]);
  files.remove();
  other.remove();
});

describe("recording", () => {
  it("leaves no token-shaped string in the cassette", () => {
    const text = readFileSync(cassette, "utf8");
    expect(text).not.toContain(TOKEN);
    expect(new RegExp(TOKEN_SHAPED.source).test(text)).toBe(false);
  });
});

describe("replay over createMock().fetch", () => {
  it("gives the recorded status, headers that matter and body, and notes the cassette and entry in the journal", async () => {
    const response = await replayed.fetch(`https://replay.test${pathOf(get, OWNER, number)}`, { headers: auth });
    expect(response.status).toBe(fetched.status);
    expect(await response.text()).toBe(fetched.text);
    expect(matter(response.headers)).toEqual(asServed(fetched, "https://replay.test"));
    const [entry] = replayed.requests({ operationId: get.operationId }).slice(-1);
    expect(entry!.injected).toEqual([{ kind: "status", status: fetched.status, source: "replay", cassette: "exchanges.har", entry: 3 }]);
    const conditional = await replayed.fetch(`https://replay.test${pathOf(get, OWNER, number)}`, {
      headers: { ...auth, "if-none-match": fetched.headers.etag! },
    });
    expect(conditional.status).toBe(304);
  });

  it("serves a create's recorded 201 for the same body, its keys in any order", async () => {
    const body = JSON.parse(created.entry.request.postData!.text) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    const response = await replayed.fetch(`https://replay.test${pathOf(list, OWNER)}`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify(reversed),
    });
    expect([response.status, await response.text()]).toEqual([created.status, created.text]);
    expect(matter(response.headers)).toEqual(asServed(created, "https://replay.test"));
  });

  it("serves several answers to one request in recorded order, then the last again", async () => {
    replayed.reset();
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) texts.push(await (await replayed.fetch(`https://replay.test${pathOf(list, OWNER)}`, { headers: auth })).text());
    expect(before.text).not.toBe(after.text);
    expect(texts).toEqual([before.text, after.text, after.text]);
  });

  it("points a recorded Link at the mock's own origin and matches the query", async () => {
    const response = await replayed.fetch(`https://replay.test${pathOf(list, OWNER)}?${list.paging!.pageSize!.name}=1`, { headers: auth });
    expect(await response.text()).toBe(paged.text);
    expect(paged.headers.link).toContain("https://ghes.example/api/v3/");
    expect(response.headers.get("link")).toBe(asServed(paged, "https://replay.test").link);
  });

  it("answers a request no recording matches as the mock usually does", async () => {
    const response = await replayed.fetch(`https://replay.test${pathOf(get, "another-org", number)}`, { headers: auth });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toBe(fetched.text);
    expect(replayed.requests().at(-1)!.injected).toEqual([]);
  });
});

describe("replayStrict", () => {
  it("answers a GitHub-shaped 404 that names the closest recording and how it differs", async () => {
    const strict = await createMock({ replay: cassette, replayStrict: true, rateLimit: false });
    try {
      const response = await strict.fetch(`https://replay.test${pathOf(get, "another-org", number)}`, { headers: auth });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { message: string; documentation_url: string; status: string };
      expect(body.status).toBe("404");
      expect(body.message).toContain(`no recorded exchange matched GET ${pathOf(get, "another-org", number)} (${get.operationId})`);
      expect(body.message).toContain(`closest: exchanges.har entry 3 differs: path parameter`);
      expect(body.message).toContain(`recorded "${OWNER}", asked "another-org"`);
    } finally {
      await strict.close();
    }
  });

  it("is refused without replay", async () => {
    expect(String(await thrown(createMock({ replayStrict: true })))).toContain("replayStrict: goes with replay");
  });
});

describe("cassettes are checked when loaded", () => {
  const broken = (name: string, edit: (entries: HarEntry[]) => void) => {
    const entries = structuredClone([before, fetched].map((r) => r.entry));
    edit(entries);
    return writeCassette(join(other.dir, `${name}-${Date.now()}.har`), entries);
  };
  const startError = async (path: string) => String(await thrown(createMock({ replay: path })));

  it("refuses an answer the description does not allow, naming the file, entry, operation, rule and location", async () => {
    const path = broken("violation", (entries) => {
      const body = JSON.parse(entries[1]!.response.content.text!) as Record<string, unknown>;
      body.name = 12345;
      entries[1]!.response.content.text = JSON.stringify(body);
    });
    const message = await startError(path);
    expect(message).toMatch(new RegExp(`replay: violation-\\d+\\.har entry 2: ${get.operationId}: rule body at body/name`));
  });

  it("refuses an entry that still holds a token, without saying it", async () => {
    const path = broken("unsanitized", (entries) => void (entries[0]!.request.headers = [{ name: "Authorization", value: `Bearer ${TOKEN}` }]));
    const message = await startError(path);
    expect(message).toMatch(/unsanitized-\d+\.har entry 1: request\.headers authorization holds text shaped like a GitHub token \(rule token-echo\)/);
    expect(message).not.toContain(TOKEN);
  });

  it("refuses a file that is not HAR 1.2 or an entry missing a field, naming them", async () => {
    expect(await startError(other.file("not-json.har", "{ nope"))).toContain("replay: not-json.har: not JSON, so not a HAR file");
    expect(await startError(other.file("old.har", JSON.stringify({ log: { version: "1.1", entries: [] } })))).toContain(
      'replay: old.har: log.version: expected HAR "1.2", got "1.1"',
    );
    const path = broken("no-status", (entries) => delete (entries[1]!.response as Partial<HarEntry["response"]>).status);
    expect(await startError(path)).toMatch(/no-status-\d+\.har entry 2: response\.status: missing \(expected a number\)/);
    expect(await startError(join(files.dir, "missing.har"))).toContain("replay: cannot read");
  });
});

describe("seedFromRecording", () => {
  it("starts a stateful mock from the recorded items: a GET returns the recorded item, after a reset too", async () => {
    const whole = writeCassette(join(other.dir, `whole-${Date.now()}.har`), [created.entry, fetched.entry]);
    const seeded = await createMock({ stateful: true, seedFromRecording: whole, rateLimit: false });
    try {
      const response = await seeded.fetch(`https://seeded.test${pathOf(get, OWNER, number)}`, { headers: auth });
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body.name).toBe("Recorded through the proxy");
      seeded.reset();
      expect((await seeded.fetch(`https://seeded.test${pathOf(get, OWNER, number)}`, { headers: auth })).status).toBe(200);
    } finally {
      await seeded.close();
    }
  });

  it("refuses an item seen only in a list page's summary, naming the cassette, entry and field", async () => {
    const message = String(await thrown(createMock({ stateful: true, seedFromRecording: cassette })));
    const said = `(a list page: it holds a summary; record a get of the item too), ${list.path.split("/")[1]}/${OWNER}: ${list.paging!.itemsKey}[0]: must have required property`;
    expect(message).toMatch(/seedFromRecording: exchanges\.har entry \d /);
    expect(message).toContain(said);
  });

  it("is refused without stateful", async () => {
    expect(String(await thrown(createMock({ seedFromRecording: cassette })))).toContain("seedFromRecording: goes with stateful");
  });
});

describe("over HTTP", () => {
  it("startMockServer replays with Link URLs on the server's own origin", async () => {
    const server = await startMockServer({ port: 0, replay: cassette, rateLimit: false });
    try {
      const response = await fetch(`${server.url}${pathOf(list, OWNER)}?${list.paging!.pageSize!.name}=1`, { headers: auth });
      expect(await response.text()).toBe(paged.text);
      expect(matter(response.headers)).toEqual(asServed(paged, server.url));
    } finally {
      await server.close();
    }
  });

  it("the CLI serves a cassette with --replay, and names the flag when it cannot", async () => {
    await withBin(["--replay", cassette, "--replay-strict", "--rate-limit", "off"], async (url) => {
      const response = await fetch(`${url}${pathOf(get, OWNER, number)}`, { headers: auth });
      expect([response.status, await response.text()]).toEqual([fetched.status, fetched.text]);
      expect((await fetch(`${url}${pathOf(get, "another-org", number)}`, { headers: auth })).status).toBe(404);
    });
    const refused = await runToExit(["--replay", join(files.dir, "missing.har")]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--replay: cannot read");
    // Flags that only work together: a usage error, before anything loads.
    const alone = await runToExit(["--replay-strict"]);
    expect([alone.code, alone.stderr]).toEqual([2, expect.stringContaining("--replay-strict: goes with --replay PATH")]);
  }, 60_000);
});
