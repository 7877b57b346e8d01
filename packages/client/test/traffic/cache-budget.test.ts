// The cache against the mock's ETags and budget: a 304 is not charged, and the body is the cached one.
import { afterEach, describe, expect, it } from "vitest";
import { createCopilotSpacesClient } from "../../src/index.js";
import { loadMock, recording, type InProcessMock } from "./mock.js";

let mock: InProcessMock | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function start(stateful = false) {
  const { createMock } = await loadMock();
  mock = await createMock({ rateLimit: 100, stateful });
  const answers = recording((request) => mock!.fetch(request));
  const client = createCopilotSpacesClient({
    token: "ghp_CacheBudget0123456789abcdefghijklmnopq",
    baseUrl: "https://api.github.com",
    fetch: answers.fetch,
    cache: true,
  });
  return { client, answers };
}

describe("cache against the mock's budget", () => {
  it("repeated GETs of a Space and of a list: only the first of each is charged, the rest are 304s served from the cache", async () => {
    const { client, answers } = await start();
    const space = () => client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }).withResponse();
    const list = () => client.copilotSpaces.listForOrg({ org: "octo-org" }).withResponse();
    const first = [await space(), await list()];
    const again = [];
    for (let i = 0; i < 10; i++) again.push(await space(), await list());

    expect(answers.seen.map((a) => a.status)).toEqual([200, 200, ...Array(20).fill(304)]);
    expect(answers.seen.map((a) => a.remaining)).toEqual([99, 98, ...Array(20).fill(98)]);
    expect(first.map((r) => r.fromCache)).toEqual([false, false]);
    for (const [i, answer] of again.entries()) {
      const original = first[i % 2]!;
      expect(answer).toMatchObject({ status: 200, fromCache: true, data: original.data });
      expect(answer.headers.get("etag")).toBe(original.headers.get("etag"));
      expect(answer.headers.get("x-ratelimit-remaining")).toBe("98");
    }
  });

  it("in stateful mode, a write changes the ETag: the next GET is a charged 200 with the new body", async () => {
    const { client, answers } = await start(true);
    const get = () => client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }).withResponse();
    const before = await get();
    expect((await get()).fromCache).toBe(true);
    await client.copilotSpaces.updateForOrg({ org: "octo-org", space_number: 3, name: "Renamed by the soak" });
    const after = await get();
    expect(after).toMatchObject({ fromCache: false, data: { name: "Renamed by the soak" } });
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(answers.seen.map((a) => a.status)).toEqual([200, 304, 200, 200]);
    expect((await get()).fromCache).toBe(true);
  });
});
