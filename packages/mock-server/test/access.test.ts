// GitHub's access rules, for every operation the description has, over the fetch door and over HTTP:
// the token kinds x-access accepts, the scopes and permissions it names, revoked tokens, the token
// table (option, setTokens, PUT /__mock/tokens) and the API version a request without the header gets.
import { operationsOf, SCOPED_KINDS, SERVED_WITHOUT_HEADER, TOKEN_PREFIXES, type ModelOperation, type TokenKind } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMock, startMockServer, type Mock, type MockServer } from "../src/index.js";

type Examples = Record<string, { value: { message: string } }>;
const bundle = readBundle() as unknown as { components: { examples: Examples; parameters: Record<string, Record<string, unknown>> } };
const operations = operationsOf(bundle as never).filter((o): o is ModelOperation & { access: NonNullable<ModelOperation["access"]> } => !!o.access);
const message = (name: string) => bundle.components.examples[name]!.value.message;
const byKind = (kind: TokenKind) =>
  kind === "classic-pat" || kind === "fine-grained-pat" ? "not-accessible-by-personal-access-token" : "not-accessible-by-integration";
const examples = Object.fromEntries(
  operationsOf(bundle as never).flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), String(p.node.example)])),
);
const pathOf = (o: ModelOperation) => o.path.replace(/\{([^}]+)\}/g, (_, name: string) => examples[name] ?? "x");
const requestOf = (o: ModelOperation, token: string, headers: Record<string, string> = {}): [string, RequestInit] => [
  pathOf(o),
  {
    method: o.method.toUpperCase(),
    headers: { authorization: `Bearer ${token}`, ...headers },
    ...(o.requestBody ? { body: JSON.stringify(o.requestBody.examples[0]) } : {}),
  },
];
const cases = (pick: (o: (typeof operations)[number]) => boolean) => operations.filter(pick).map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const);

// Tokens narrowed to nothing, one per kind, and one revoked.
const narrowed = Object.fromEntries(
  (Object.entries(TOKEN_PREFIXES) as [TokenKind, string][]).map(([kind, prefix]) => [
    `${prefix}narrowed`,
    SCOPED_KINDS.includes(kind) ? { scopes: [] } : { permissions: {} },
  ]),
);
const tokens = { ...narrowed, ghp_revoked: { revoked: true as const } };

for (const door of ["fetch", "http"] as const) {
  describe(`over ${door}`, () => {
    let mock: Mock | undefined;
    let server: MockServer | undefined;
    const send = async (path: string, init: RequestInit) =>
      door === "fetch" ? mock!.fetch(`http://mock.test${path}`, init) : fetch(`${server!.url}${path}`, init);
    beforeAll(async () => {
      if (door === "fetch") mock = await createMock({ tokens });
      else server = await startMockServer({ port: 0, tokens });
    });
    afterAll(async () => {
      await mock?.close();
      await server?.close();
    });

    it.each(cases(() => true))("%s: a token of no known kind may do anything", async (_, o) => {
      expect((await send(...requestOf(o, "t"))).status).toBe(o.success.status);
    });

    it.each(cases(() => true))("%s: a kind it does not accept gets GitHub's 403", async (_, o) => {
      for (const kind of Object.keys(TOKEN_PREFIXES) as TokenKind[]) {
        if (o.access.tokenKinds.includes(kind)) continue;
        const response = await send(...requestOf(o, `${TOKEN_PREFIXES[kind]}any`));
        expect(response.status, kind).toBe(403);
        expect(((await response.json()) as { message: string }).message).toBe(message(byKind(kind)));
      }
    });

    it.each(cases(() => true))("%s: each kind it accepts, granted nothing, gets the 403 naming what would do", async (_, o) => {
      for (const kind of o.access.tokenKinds) {
        const response = await send(...requestOf(o, `${TOKEN_PREFIXES[kind]}narrowed`));
        expect(response.status, kind).toBe(403);
        expect(((await response.json()) as { message: string }).message).toBe(message(byKind(kind)));
        if (SCOPED_KINDS.includes(kind)) {
          expect(response.headers.get("x-accepted-oauth-scopes")).toBe(o.access.scopes.join(", "));
          expect(response.headers.get("x-oauth-scopes")).toBe("");
        } else {
          const expected = Object.entries(o.access.permissions)
            .map(([name, level]) => `${name}=${level}`)
            .join(",");
          expect(response.headers.get("x-accepted-github-permissions")).toBe(expected);
        }
      }
    });

    it.each(cases(() => true))("%s: each kind it accepts, granted everything, gets the success", async (_, o) => {
      for (const kind of o.access.tokenKinds) {
        const response = await send(...requestOf(o, `${TOKEN_PREFIXES[kind]}full`));
        expect(response.status, kind).toBe(o.success.status);
        if (SCOPED_KINDS.includes(kind)) expect(response.headers.get("x-oauth-scopes")?.split(", ")).toEqual(expect.arrayContaining(o.access.scopes));
      }
    });

    it("a revoked token gets 401 Bad credentials, in the description's words", async () => {
      const response = await send(...requestOf(operations[0]!, "ghp_revoked"));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(bundle.components.examples["bad-credentials"]!.value);
    });

    it("a request without X-GitHub-Api-Version is served the version GitHub serves it; each listed version is served", async () => {
      const header = Object.values(bundle.components.parameters).find((p) => SERVED_WITHOUT_HEADER in p)!;
      const o = operations.find((op) => op.method === "get")!;
      const bare = await send(...requestOf(o, "t"));
      expect(bare.headers.get("x-github-api-version-selected")).toBe(header[SERVED_WITHOUT_HEADER]);
      for (const version of (header.schema as { enum: string[] }).enum) {
        const pinned = await send(...requestOf(o, "t", { "x-github-api-version": version }));
        expect(pinned.status, version).toBe(200);
        expect(pinned.headers.get("x-github-api-version-selected")).toBe(version);
      }
    });

    it("PUT /__mock/tokens replaces the table; a bad one is refused naming the entry, never the token; reset restores the first", async () => {
      const o = operations.find((op) => op.access.tokenKinds.includes("classic-pat"))!;
      expect((await send(...requestOf(o, "ghp_later"))).status).toBe(o.success.status);
      const put = (table: unknown) => send("/__mock/tokens", { method: "PUT", body: JSON.stringify(table) });
      expect((await put({ ghp_later: { revoked: true } })).status).toBe(204);
      expect((await send(...requestOf(o, "ghp_later"))).status).toBe(401);
      expect((await send(...requestOf(o, "ghp_narrowed"))).status, "the table was replaced").toBe(o.success.status);
      const refused = await put({ ghp_secret_value: { scopes: "repo" } });
      expect(refused.status).toBe(400);
      const text = await refused.text();
      expect(text).toMatch(/tokens: entry 1 \(classic-pat\): scopes must be a list of scope names/);
      expect(text).not.toContain("ghp_secret_value");
      expect((await send("/__mock/reset", { method: "POST" })).status).toBe(204);
      expect((await send(...requestOf(o, "ghp_later"))).status).toBe(o.success.status);
      expect((await send(...requestOf(o, "ghp_narrowed"))).status).toBe(403);
    });
  });
}

describe("in-process", () => {
  it("setTokens replaces the table, and refuses a bad one naming the entry, the table unchanged", async () => {
    const mock = await createMock();
    try {
      const o = operations.find((op) => op.access.tokenKinds.includes("fine-grained-pat"))!;
      mock.setTokens({ github_pat_x: { permissions: {} } });
      expect((await mock.fetch(`http://mock.test${requestOf(o, "github_pat_x")[0]}`, requestOf(o, "github_pat_x")[1])).status).toBe(403);
      expect(() => mock.setTokens({ github_pat_x: { permissions: { a: "admin" } } } as never)).toThrow(
        /setTokens: entry 1 \(fine-grained-pat\): permissions\.a must be "read" or "write"/,
      );
      expect((await mock.fetch(`http://mock.test${requestOf(o, "github_pat_x")[0]}`, requestOf(o, "github_pat_x")[1])).status, "unchanged").toBe(403);
    } finally {
      await mock.close();
    }
  });

  it("a refused write changes nothing in stateful mode", async () => {
    const mock = await createMock({ stateful: true, tokens: { ghp_ro: { scopes: [] } } });
    try {
      const create = operations.find(
        (op) => op.resource?.action === "create" && op.access.tokenKinds.includes("classic-pat") && !op.resource.collection.includes("/{space_number}/"),
      )!;
      const before = JSON.stringify(mock.snapshot());
      expect((await mock.fetch(`http://mock.test${requestOf(create, "ghp_ro")[0]}`, requestOf(create, "ghp_ro")[1])).status).toBe(403);
      expect(JSON.stringify(mock.snapshot())).toBe(before);
    } finally {
      await mock.close();
    }
  });
});
