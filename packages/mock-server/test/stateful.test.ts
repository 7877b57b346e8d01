// The stateful mock: the round trip a test engineer writes first (create → get → set → list → delete →
// get), through the typed client over HTTP and over the core's fetch; owners apart and case-insensitive;
// concurrency; caps; reset; snapshots and their bad input; Prefer and validation as in stateless mode.
import { createCopilotSpacesClient, NotFoundError, PermissionDeniedError, ValidationError, type CopilotSpacesClient } from "@copilot-spaces/client";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fresh, thrown } from "./helpers.js";
import { createMock, startMockServer, type Mock, type MockServer } from "../src/index.js";

const validator = new BundleValidator(readBundle());
const clock = () => new Date("2026-11-25T12:00:00.000Z");
let server: MockServer;
let mock: Mock;
beforeAll(async () => {
  // Each sends more writes with one token than GitHub's secondary limit allows in a minute.
  [server, mock] = await Promise.all([
    startMockServer({ port: 0, stateful: true, now: clock, rateLimit: false }),
    createMock({ stateful: true, now: clock, user: "qa-bot", rateLimit: false }),
  ]);
});
afterAll(() => Promise.all([server?.close(), mock?.close()]));

const clients: [string, () => CopilotSpacesClient][] = [
  ["over HTTP", () => createCopilotSpacesClient({ token: "t", baseUrl: server.url, retry: false })],
  ["through mock.fetch", () => createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: mock.fetch, retry: false })],
];

describe.each(clients)("the round trip %s", (_door, client) => {
  it("org: create → get → set → list → delete → get", async () => {
    const github = client();
    const org = fresh("acme");
    const created = await github.copilotSpaces.createForOrg({ org, name: "QA space" });
    expect(created).toMatchObject({ name: "QA space", owner: { login: org }, base_role: "no_access", description: null, created_at: "2026-11-25T12:00:00Z" });
    expect(created.html_url).toMatch(new RegExp(`/${org}/${created.number}$`));
    expect(validator.validate("/components/schemas/copilot-space", created).errors).toEqual([]);

    expect(await github.copilotSpaces.getForOrg({ org: org.toUpperCase(), space_number: created.number })).toEqual(created);
    const updated = await github.copilotSpaces.updateForOrg({ org, space_number: created.number, description: "Edited", base_role: "reader" });
    expect(updated).toMatchObject({ description: "Edited", base_role: "reader", name: "QA space" });

    const all = await github.paginate.all(github.copilotSpaces.listForOrg, { org, per_page: 2 });
    expect(all.map((s) => s.number)).toEqual([...all.map((s) => s.number)].sort((a, b) => a - b));
    expect(all.find((s) => s.number === created.number)).toMatchObject({ name: "QA space", description: "Edited" });

    await github.copilotSpaces.deleteForOrg({ org, space_number: created.number });
    expect(await thrown(github.copilotSpaces.getForOrg({ org, space_number: created.number }))).toBeInstanceOf(NotFoundError);
    expect(await thrown(github.copilotSpaces.deleteForOrg({ org, space_number: created.number }))).toBeInstanceOf(NotFoundError);
    const after = await github.paginate.all(github.copilotSpaces.listForOrg, { org });
    expect(after.map((s) => s.number)).not.toContain(created.number);
  });

  it("user: create → get → set → list → delete → get, and numbers are never reused", async () => {
    const github = client();
    const username = fresh("octo");
    const first = await github.copilotSpaces.createForUser({ username, name: "One" });
    await github.copilotSpaces.deleteForUser({ username, space_number: first.number });
    const second = await github.copilotSpaces.createForUser({ username, name: "Two" });
    expect(second.number).toBeGreaterThan(first.number);
    expect(second.id).not.toBe(first.id);
    expect((await github.copilotSpaces.updateForUser({ username, space_number: second.number, name: "Two, renamed" })).name).toBe("Two, renamed");
    expect((await github.copilotSpaces.getForUser({ username, space_number: second.number })).name).toBe("Two, renamed");
    expect(await thrown(github.copilotSpaces.getForUser({ username, space_number: first.number }))).toBeInstanceOf(NotFoundError);
  });
});

describe("resources_attributes", () => {
  const github = () => clients[1]![1]();
  it("attach without id, edit with id, remove with id and _destroy; an unknown id is a 422 naming it", async () => {
    const org = fresh("res");
    const space = await github().copilotSpaces.createForOrg({
      org,
      name: "With resources",
      resources_attributes: [
        { resource_type: "free_text", metadata: { name: "a", text: "first" } },
        { resource_type: "free_text", metadata: { name: "b", text: "second" } },
      ],
    });
    const [a, b] = space.resources_attributes!;
    expect(a!.id).not.toBe(b!.id);
    const edited = await github().copilotSpaces.updateForOrg({
      org,
      space_number: space.number,
      resources_attributes: [
        { id: a!.id, resource_type: "free_text", metadata: { name: "a", text: "edited" } },
        { id: b!.id, _destroy: true },
        { resource_type: "free_text", metadata: { name: "c", text: "third" } },
      ],
    });
    expect(edited.resources_attributes!.map((r) => (r.metadata as { text: string }).text)).toEqual(["edited", "third"]);
    const error = await thrown(
      github().copilotSpaces.updateForOrg({ org, space_number: space.number, resources_attributes: [{ id: 424242, _destroy: true }] }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([expect.objectContaining({ field: "resources_attributes.0.id", code: "invalid", value: 424242 })]);
    expect((await github().copilotSpaces.getForOrg({ org, space_number: space.number })).resources_attributes).toEqual(edited.resources_attributes);
  });
});

describe("what a write may change", () => {
  const github = () => clients[1]![1]();
  it("an attached resource without the fields every resource has → 422 naming it, and nothing is stored", async () => {
    const org = fresh("incomplete");
    const before = mock.snapshot();
    const error = await thrown(github().copilotSpaces.createForOrg({ org, name: "x", resources_attributes: [{} as never] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([expect.objectContaining({ field: "resources_attributes.0.resource_type", code: "invalid" })]);
    expect(mock.snapshot()).toEqual(before);
    expect((await github().copilotSpaces.listForOrg({ org })).spaces.length).toBeGreaterThan(0);
  });

  it("a body sets only what the request schema names: never the number, an id, a timestamp or an unknown field", async () => {
    const org = fresh("readonly");
    const created = await github().copilotSpaces.createForOrg({ org, name: "x" });
    const updated = await github().copilotSpaces.updateForOrg({
      org,
      space_number: created.number,
      name: "y",
      ...({ number: 77, id: 1, created_at: "2000-01-01T00:00:00Z", junk: true } as object),
    });
    expect(updated).toMatchObject({ name: "y", number: created.number, id: created.id, created_at: created.created_at });
    expect(updated).not.toHaveProperty("junk");
    expect((await github().copilotSpaces.getForOrg({ org, space_number: created.number })).name).toBe("y");
  });

  it("an owner name that URLs must encode is encoded in them", async () => {
    const org = fresh("odd $& name");
    const created = await github().copilotSpaces.createForOrg({ org, name: "x" });
    expect(created.owner.login).toBe(org);
    expect(created.html_url).toContain(`/${encodeURIComponent(org)}/${created.number}`);
    expect((await github().copilotSpaces.getForOrg({ org, space_number: created.number })).id).toBe(created.id);
  });

  it("the default creator does not depend on which items the owner still holds", async () => {
    const plain = await createMock({ stateful: true });
    try {
      const client = createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: plain.fetch, retry: false });
      const first = await client.copilotSpaces.createForOrg({ org: "creators", name: "a" });
      for (const space of await client.paginate.all(client.copilotSpaces.listForOrg, { org: "creators" })) {
        if (space.number !== first.number) await client.copilotSpaces.deleteForOrg({ org: "creators", space_number: space.number });
      }
      const second = await client.copilotSpaces.createForOrg({ org: "creators", name: "b" });
      expect(second.creator).toEqual(first.creator);
    } finally {
      await plain.close();
    }
  });

  it("PUT, GET and DELETE of a number the owner never had → 404", async () => {
    const org = fresh("never");
    expect(await thrown(github().copilotSpaces.getForOrg({ org, space_number: 999_999 }))).toBeInstanceOf(NotFoundError);
    expect(await thrown(github().copilotSpaces.updateForOrg({ org, space_number: 999_999, name: "x" }))).toBeInstanceOf(NotFoundError);
    expect(await thrown(github().copilotSpaces.deleteForOrg({ org, space_number: 999_999 }))).toBeInstanceOf(NotFoundError);
  });
});

describe("owners", () => {
  it("are apart: a write to one leaves another's seed as it was", async () => {
    const github = clients[1]![1]();
    const [one, two] = [fresh("one"), fresh("two")];
    const before = await github.paginate.all(github.copilotSpaces.listForOrg, { org: two });
    await github.copilotSpaces.createForOrg({ org: one, name: "Only in one" });
    expect(await github.paginate.all(github.copilotSpaces.listForOrg, { org: two })).toEqual(before);
    expect(before.every((s) => s.owner.login === two)).toBe(true);
  });

  it("are case-insensitive, and keep the name they were first written with", async () => {
    const github = clients[1]![1]();
    const org = fresh("MixedCase");
    const created = await github.copilotSpaces.createForOrg({ org, name: "x" });
    expect((await github.copilotSpaces.getForOrg({ org: org.toLowerCase(), space_number: created.number })).owner.login).toBe(org);
  });

  it("a new Space's creator is the configured user", async () => {
    const created = await clients[1]![1]().copilotSpaces.createForOrg({ org: fresh("who"), name: "x" });
    expect(created.creator.login).toBe("qa-bot");
  });
});

describe("concurrency and caps", () => {
  it("100 parallel creates get 100 distinct numbers, all listed", async () => {
    const github = clients[0]![1]();
    const org = fresh("busy");
    const created = await Promise.all(Array.from({ length: 100 }, (_, i) => github.copilotSpaces.createForOrg({ org, name: `parallel ${i}` })));
    const numbers = new Set(created.map((s) => s.number));
    expect(numbers.size).toBe(100);
    const listed = new Set((await github.paginate.all(github.copilotSpaces.listForOrg, { org, per_page: 100 })).map((s) => s.number));
    for (const n of numbers) expect(listed.has(n)).toBe(true);
  });

  it("past a cap → 403 Mock limit reached, naming it", async () => {
    const small = await createMock({ stateful: true, maxItemsPerOwner: 8, maxOwners: 2 });
    try {
      const github = createCopilotSpacesClient({ token: "t", baseUrl: "http://mock.test", fetch: small.fetch, retry: false });
      const seeded = (await github.paginate.all(github.copilotSpaces.listForOrg, { org: "a" })).length;
      for (let i = seeded; i < 8; i++) await github.copilotSpaces.createForOrg({ org: "a", name: `n${i}` });
      const full = await thrown(github.copilotSpaces.createForOrg({ org: "a", name: "one too many" }));
      expect(full).toBeInstanceOf(PermissionDeniedError);
      expect((full as PermissionDeniedError).message).toMatch(/Mock limit reached: orgs\/a holds 8 items/);
      await github.copilotSpaces.createForOrg({ org: "b", name: "second owner" });
      const owners = await thrown(github.copilotSpaces.createForOrg({ org: "c", name: "third owner" }));
      expect((owners as PermissionDeniedError).message).toMatch(/Mock limit reached: the mock keeps at most 2 owners/);
    } finally {
      await small.close();
    }
  });

  it.each([
    [{ maxOwners: 0 }, "maxOwners: expected a whole number, 1 or more, got 0"],
    [{ maxItemsPerOwner: 1.5 }, "maxItemsPerOwner: expected a whole number, 1 or more, got 1.5"],
  ])("refuses %j, naming the option", async (options, message) => {
    await expect(createMock({ stateful: true, ...options })).rejects.toThrow(message);
  });
});

describe("control: /__mock/reset and /__mock/state", () => {
  beforeEach(() => fetch(`${server.url}/__mock/reset`, { method: "POST" }));
  const auth = { authorization: "Bearer t" };

  it("reset goes back to the seed", async () => {
    const created = (await (
      await fetch(`${server.url}/orgs/reset-me/copilot-spaces`, { method: "POST", headers: auth, body: '{"name":"gone soon"}' })
    ).json()) as { number: number };
    expect((await fetch(`${server.url}/__mock/reset`, { method: "POST" })).status).toBe(204);
    expect((await fetch(`${server.url}/orgs/reset-me/copilot-spaces/${created.number}`, { headers: auth })).status).toBe(404);
    expect(((await (await fetch(`${server.url}/__mock/state`)).json()) as { owners: object }).owners).toEqual({});
  });

  it("GET state → a versioned snapshot; PUT it back restores it", async () => {
    await fetch(`${server.url}/users/snap/copilot-spaces`, { method: "POST", headers: auth, body: '{"name":"kept"}' });
    const snapshot = (await (await fetch(`${server.url}/__mock/state`)).json()) as {
      version: number;
      owners: Record<string, { items: { name: string }[] }>;
      counters: object;
    };
    expect(snapshot.version).toBe(1);
    expect(snapshot.owners["users/snap"]!.items.map((i) => i.name)).toContain("kept");
    await fetch(`${server.url}/__mock/reset`, { method: "POST" });
    expect((await fetch(`${server.url}/__mock/state`, { method: "PUT", body: JSON.stringify(snapshot) })).status).toBe(204);
    expect(await (await fetch(`${server.url}/__mock/state`)).json()).toEqual(snapshot);
  });

  type Item = Record<string, unknown>;
  const snapshotWith = (items: Item[], nextNumber = 5) =>
    JSON.stringify({ version: 1, owners: { "orgs/x": { kind: "orgs", name: "x", nextNumber, items } }, counters: { nextId: 99, nextResourceId: 999 } });
  it.each([
    ["not JSON", () => "{", /Problems parsing JSON/],
    [
      "a wrong version",
      () => JSON.stringify({ version: 2, owners: {}, counters: { nextId: 1, nextResourceId: 1 } }),
      /Invalid snapshot, state unchanged: version: must be 1/,
    ],
    [
      "an unknown owner kind",
      () =>
        JSON.stringify({
          version: 1,
          owners: { "teams/x": { kind: "teams", name: "x", nextNumber: 1, items: [] } },
          counters: { nextId: 1, nextResourceId: 1 },
        }),
      /owners\.teams\/x\.kind: must be one of orgs, users/,
    ],
    [
      "an item the description's schema refuses",
      () => snapshotWith([{ id: 1, number: 2 }]),
      /owners\.orgs\/x\.items\.0: must have required property '\w+' \(the description's schema of an item\)/,
    ],
    [
      "a number used twice",
      (item: Item) =>
        snapshotWith([
          { ...item, id: 1, number: 2 },
          { ...item, id: 2, number: 2 },
        ]),
      /owners\.orgs\/x\.items\.1\.number: 2 is used twice/,
    ],
    ["a nextNumber that would reuse one", (item: Item) => snapshotWith([{ ...item, id: 1, number: 2 }], 2), /owners\.orgs\/x\.nextNumber: must be above/],
  ])("PUT state with %s → 400 naming the path and rule; the state is unchanged", async (_name, payload, message) => {
    await fetch(`${server.url}/orgs/unchanged/copilot-spaces`, { method: "POST", headers: auth, body: '{"name":"still here"}' });
    const item = (await (await fetch(`${server.url}/orgs/unchanged/copilot-spaces/3`, { headers: auth })).json()) as Item;
    const before = await (await fetch(`${server.url}/__mock/state`)).json();
    const response = await fetch(`${server.url}/__mock/state`, { method: "PUT", body: payload(item) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(message);
    expect(await (await fetch(`${server.url}/__mock/state`)).json()).toEqual(before);
  });

  it("in-process: reset(), snapshot() and restore()", async () => {
    const github = clients[1]![1]();
    await github.copilotSpaces.createForOrg({ org: "inproc", name: "x" });
    const snapshot = mock.snapshot();
    mock.reset();
    expect(mock.snapshot().owners).toEqual({});
    mock.restore(snapshot);
    expect(mock.snapshot()).toEqual(snapshot);
    expect(() => mock.restore({ version: 1 } as never)).toThrow("owners: must be an object");
  });

  it("restore() keeps its own copy, and refuses counters below an id in use", async () => {
    await clients[1]![1]().copilotSpaces.createForOrg({ org: "copied", name: "original" });
    const snapshot = mock.snapshot();
    mock.restore(snapshot);
    const owner = snapshot.owners["orgs/copied"]!;
    (owner.items.at(-1) as { name: string }).name = "changed afterwards";
    expect(JSON.stringify(mock.snapshot())).not.toContain("changed afterwards");
    expect(() => mock.restore({ ...snapshot, counters: { ...snapshot.counters, nextId: 1 } })).toThrow(/counters\.nextId: must be above every item's id/);
  });

  it("a stateless mock has no state: its reset is served (tokens), its state endpoints and methods are not", async () => {
    const stateless = await createMock();
    try {
      expect((await stateless.fetch("http://mock.test/__mock/reset", { method: "POST" })).status).toBe(204);
      expect((await stateless.fetch("http://mock.test/__mock/state")).status).toBe(404);
      expect(() => stateless.snapshot()).toThrow("This mock is stateless");
    } finally {
      await stateless.close();
    }
  });
});

describe("what stays as in stateless mode", () => {
  let client: CopilotSpacesClient | undefined;
  const github = () => (client ??= clients[1]![1]());
  it("Prefer bypasses the store: a forced answer, a fault", async () => {
    const org = fresh("forced");
    expect(await thrown(github().copilotSpaces.getForOrg({ org, space_number: 3 }, { headers: { prefer: "code=404" } }))).toBeInstanceOf(NotFoundError);
    const forced = await github().copilotSpaces.createForOrg({ org, name: "not stored" }, { headers: { prefer: "code=201" } });
    expect(forced.name).not.toBe("not stored");
    expect((await github().paginate.all(github().copilotSpaces.listForOrg, { org })).map((s) => s.name)).not.toContain("not stored");
  });

  it("an invalid request never reaches the store", async () => {
    const org = fresh("invalid");
    const before = mock.snapshot();
    const error = await thrown(github().copilotSpaces.createForOrg({ org, name: 42 as never }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(mock.snapshot()).toEqual(before);
  });

  it("an untouched owner answers its seed, re-owned, and is not stored by reading it", async () => {
    const org = fresh("untouched");
    const spaces = await github().paginate.all(github().copilotSpaces.listForOrg, { org, per_page: 2 });
    expect(spaces.length).toBeGreaterThan(2);
    expect(spaces.every((s) => s.owner.login === org)).toBe(true);
    expect(Object.keys(mock.snapshot().owners)).not.toContain(`orgs/${org.toLowerCase()}`);
  });

  it("a cursor stays valid after its item is deleted", async () => {
    const org = fresh("cursor");
    const first = await github().copilotSpaces.listForOrg({ org, per_page: 2 }).withResponse();
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get("link")!)![1]!;
    const [, lastOnPage] = first.data.spaces;
    await github().copilotSpaces.deleteForOrg({ org, space_number: lastOnPage!.number });
    const response = await mock.fetch(next, { headers: { authorization: "Bearer t" } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { spaces: { number: number }[] }).spaces[0]!.number).toBeGreaterThan(lastOnPage!.number);
  });
});
