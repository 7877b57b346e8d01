// Seeded property-based malformed requests over raw HTTP: bodies (broken, deep, binary, wrong types),
// paths, headers, content types and malformed `Prefer` values. None may get a 5xx, hang, or take the
// server down. A well-formed fault preference (which asks for a 5xx) is never sent.
import { request as httpRequest } from "node:http";
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

const RUNS = Number(process.env.MOCK_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.MOCK_FUZZ_SEED ?? Date.now() % 2 ** 31);

let mock: MockServer;
beforeAll(async () => {
  // Thousands of requests with a few tokens: rate limits would answer them before the rules under test.
  mock = await startMockServer({ port: 0, rateLimit: false });
});
afterAll(() => mock?.close());

const bundle = readBundle();
const operations = operationsOf(bundle).map((o) => ({ method: o.method.toUpperCase(), template: o.path }));
const examples: Record<string, string> = Object.fromEntries(
  operationsOf(bundle).flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), String(p.node.example)])),
);
/** The versions the description lists for its API version header (whatever it names them). */
const apiVersions = operationsOf(bundle).flatMap((o) =>
  o.parameters.filter((p) => p.node.in === "header").flatMap((p) => ((p.node.schema as { enum?: string[] })?.enum ?? []).map(String)),
);
/** Mostly a value that passes (so that requests reach validation and the engine), sometimes junk. */
const mostly = <T>(good: fc.Arbitrary<T>, junk: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: junk });
const printable = (max: number) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));
const junkSegment = mostly(
  fc.constantFrom(...Object.values(examples)),
  fc.oneof(
    fc.constantFrom("0", "-1", "%20", "%E0%A4%A", "%00", "..", ".", "", "1e3", "3.0", "99999999999999999999", "%2F", "%25", "~", "octo-org"),
    fc.stringMatching(/^[A-Za-z0-9._~%!$&'()*+,;=:@-]{1,40}$/),
    fc.string({ unit: "binary", maxLength: 20 }).map(encodeURIComponent),
  ),
);
const path = fc.oneof(
  // An operation's template with its parameters replaced (mostly by valid values), sometimes with more after it.
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...operations),
        fc.array(mostly(fc.constant(undefined), junkSegment), { minLength: 4, maxLength: 4 }),
        mostly(fc.constant(""), fc.constantFrom("/", "/extra", "//", "/..")),
      )
      .map(([{ method, template }, junk, tail]) => {
        let i = 0;
        return { method, path: template.replace(/\{([^}]+)\}/g, (_, name: string) => junk[i++] ?? examples[name]!) + tail };
      }),
  },
  { weight: 1, arbitrary: fc.array(junkSegment, { maxLength: 8 }).map((segments) => ({ method: "GET", path: `/${segments.join("/")}` })) },
);
const query = fc.oneof(
  fc.constant(""),
  fc.tuple(fc.constantFrom("per_page", "after", "before", "page", "x"), junkSegment).map(([k, v]) => `?${k}=${v}`),
  fc.stringMatching(/^\?[A-Za-z0-9=&%+._-]{0,60}$/),
);

const depth = fc.integer({ min: 90, max: 20_000 });
const body = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 4 }),
  fc.json({ maxDepth: 3 }).chain((text) => fc.integer({ min: 0, max: text.length }).map((cut) => text.slice(0, cut))),
  depth.map((d) => "[".repeat(d) + "]".repeat(d)),
  depth.map((d) => `{"name":${'{"a":'.repeat(d)}1${"}".repeat(d)}}`),
  depth.map((d) => "{".repeat(d)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.record({ name: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), resources_attributes: fc.anything({ maxDepth: 3 }) }).map((o) => JSON.stringify(o)),
);

// `Prefer` values that are malformed or ask for something not there; never a well-formed 5xx or fault request.
const asksForAFault = (value: string) => /(^|,)\s*(code\s*=\s*"?(429|5\d\d)"?|fault\s*=)/i.test(value);
const prefer = fc
  .oneof(
    printable(40),
    fc.tuple(fc.constantFrom("code", "example", "fault", "retry-after", "dynamic", "cod", "Code", "seed"), printable(12)).map(([k, v]) => `${k}=${v}`),
    fc.tuple(fc.constantFrom("code=", 'code="', "example=", "code=404,", ",", ";", "=", "code=404; x"), printable(10)).map(([a, b]) => a + b),
  )
  .filter((value) => !asksForAFault(value));

const headers = fc.record(
  {
    authorization: mostly(fc.constantFrom("Bearer t", "token t"), fc.oneof(printable(30), fc.constant("Bearer"))),
    accept: mostly(
      fc.constantFrom("application/vnd.github+json", "*/*", "application/json"),
      fc.oneof(fc.constantFrom("garbage", "text/html", ";;;", "application/json;q=abc", ""), printable(30)),
    ),
    "content-type": fc.oneof(
      fc.constantFrom(
        "application/json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/json; charset=utf-16",
        "",
      ),
      printable(30),
    ),
    "x-github-api-version": mostly(fc.constantFrom(...apiVersions), fc.oneof(fc.constantFrom("1999-01-01", ""), printable(20))),
    prefer: mostly(fc.constant(""), prefer),
    origin: printable(30),
  },
  { requiredKeys: ["authorization"] },
);

/** The operation's own method mostly, any other sometimes. */
const method = (own: string) => mostly(fc.constant(own), fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"));

function send(input: { method: string; path: string; headers: Record<string, string>; body: string | Buffer | undefined }): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(mock.url);
    const req = httpRequest({ hostname, port, method: input.method, path: input.path, headers: input.headers, timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within 10 s to ${input.method} ${input.path}`)));
    req.on("error", reject);
    req.end(input.body);
  });
}

describe(`${RUNS} malformed requests (seed ${SEED}; replay with MOCK_FUZZ_SEED=${SEED})`, () => {
  it("get no 5xx and no hang, and the server still answers after them", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        path.chain((target) => fc.tuple(fc.constant(target.path), method(target.method))),
        query,
        headers,
        body,
        async ([p, m], q, h, b) => {
          const status = await send({ method: m, path: p + q, headers: h as Record<string, string>, body: m === "GET" || m === "HEAD" ? undefined : b });
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(status, `${m} ${p}${q} ${JSON.stringify(h)}`).toBeLessThan(500);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    const healthy = await fetch(`${mock.url}/users/octocat/copilot-spaces/5`, { headers: { authorization: "Bearer t" } });
    expect(healthy.status).toBe(200);
    console.log(
      `statuses over ${RUNS} malformed requests: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(", ")}`,
    );
    // Most inputs must be refused for a reason, not all turned away at the door by one rule.
    expect(statuses.size).toBeGreaterThanOrEqual(5);
  });
});
