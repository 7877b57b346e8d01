// spec:diff's two verdicts per change (wire: GitHub's breaking-change policy; TypeScript: the generated
// client's users), its rules for response headers and for who may call an operation (`x-access`), and
// how a line says which verdict asked for its level; on a small description made here.
import { describe, expect, it } from "vitest";
import { apiDiff } from "../src/check/api-diff.ts";
import { breakingSplit, formatChanges, type Level } from "../src/check/change.ts";
import { gate } from "../src/check/spec-gate.ts";
import { specDiff } from "../src/check/spec-diff.ts";

type Node = Record<string, any>;
/** One GET answering a Thing with a Link header, callable by classic and fine-grained tokens. */
function base(): Node {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    "x-github-permissions": {
      things: { title: "Things", kind: "organization" },
      seats: { title: "Seats", kind: "organization" },
      admin: { title: "Administration", kind: "organization" },
    },
    paths: {
      "/things": {
        get: {
          operationId: "things/list",
          "x-access": { "token-kinds": ["classic-pat", "fine-grained-pat"], scopes: ["read:org", "repo"], permissions: { things: "read", seats: "read" } },
          responses: {
            "200": {
              description: "OK",
              headers: { Link: { schema: { type: "string" } } },
              content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        thing: { type: "object", properties: { state: { type: "string", enum: ["on", "off"] } }, required: ["state"] },
      },
    },
  };
}

const diff = (edit: (doc: Node) => void) => {
  const doc = base();
  edit(doc);
  return specDiff(base(), doc);
};
const get = (doc: Node) => doc.paths["/things"].get;
const access = (doc: Node) => get(doc)["x-access"];

// [name, edit, wire verdict, TypeScript verdict, the printed line]
const cases: [string, (doc: Node) => void, Level, Level, string][] = [
  [
    "a response enum value added",
    (d) => d.components.schemas.thing.properties.state.enum.push("broken"),
    "non-breaking",
    "breaking",
    "breaking     things/list  200 body .state: enum value broken added (TypeScript: an added response enum value breaks an exhaustive switch over the field; additive on the wire)",
  ],
  [
    "a response enum value removed",
    (d) => (d.components.schemas.thing.properties.state.enum = ["on"]),
    "breaking",
    "breaking",
    "breaking     things/list  200 body .state: enum value off removed (no longer sent) (wire and TypeScript)",
  ],
  [
    "a response header added",
    (d) => (get(d).responses["200"].headers["X-Thing-Count"] = { schema: { type: "integer" } }),
    "non-breaking",
    "non-breaking",
    "non-breaking things/list  200 header x-thing-count: added (wire and TypeScript)",
  ],
  [
    "a response header removed",
    (d) => delete get(d).responses["200"].headers.Link,
    "breaking",
    "breaking",
    "breaking     things/list  200 header link: removed (wire and TypeScript)",
  ],
  [
    "an operationId renamed",
    (d) => (get(d).operationId = "things/all"),
    "annotation",
    "breaking",
    "breaking     things/list  operationId: renamed to things/all (TypeScript: the client's method is renamed; no change on the wire)",
  ],
  [
    "a scope requirement removed",
    (d) => (access(d).scopes = ["read:org"]),
    "non-breaking",
    "annotation",
    "non-breaking things/list  x-access scopes: scope repo no longer required (wire: a requirement relaxed: every call that worked still does (see wire-changes.ts); no change for TypeScript)",
  ],
  [
    "a scope requirement added",
    (d) => access(d).scopes.push("user"),
    "breaking",
    "annotation",
    "breaking     things/list  x-access scopes: scope user now required (wire: the policy's “changing authentication or authorization requirements”: a call that worked gets a 403; no change for TypeScript)",
  ],
  [
    "a permission requirement added",
    (d) => (access(d).permissions.admin = "read"),
    "breaking",
    "annotation",
    "breaking     things/list  x-access permissions: admin=read now required (wire: the policy's “changing authentication or authorization requirements”: a call that worked gets a 403; no change for TypeScript)",
  ],
  [
    "a permission level raised",
    (d) => (access(d).permissions.things = "write"),
    "breaking",
    "annotation",
    "breaking     things/list  x-access permissions: things raised from read to write (wire: the policy's “changing authentication or authorization requirements”: a call that worked gets a 403; no change for TypeScript)",
  ],
  [
    "a permission requirement removed",
    (d) => delete access(d).permissions.seats,
    "non-breaking",
    "annotation",
    "non-breaking things/list  x-access permissions: seats=read no longer required (wire: a requirement relaxed: every call that worked still does (see wire-changes.ts); no change for TypeScript)",
  ],
  [
    "a token kind no longer accepted",
    (d) => (access(d)["token-kinds"] = ["classic-pat"]),
    "breaking",
    "annotation",
    "breaking     things/list  x-access token kinds: fine-grained-pat no longer accepted (wire: the policy's “changing authentication or authorization requirements”: a call that worked gets a 403; no change for TypeScript)",
  ],
  [
    "a token kind now accepted",
    (d) => access(d)["token-kinds"].push("github-app-installation"),
    "non-breaking",
    "annotation",
    "non-breaking things/list  x-access token kinds: github-app-installation now accepted (wire: a requirement relaxed: every call that worked still does (see wire-changes.ts); no change for TypeScript)",
  ],
];

describe("spec diff: a wire and a TypeScript verdict per change", () => {
  const titled = cases.map(([name, edit, wire, typescript, line]) => [name, wire, typescript, edit, line] as const);
  it.each(titled)("%s: %s on the wire, %s for TypeScript", (_name, wire, typescript, edit, line) => {
    const changes = diff(edit);
    expect(formatChanges(changes)).toBe(line);
    expect(changes.map((c) => [c.wire, c.typescript])).toEqual([[wire, typescript]]);
  });

  it("access rules declared where the description said nothing: the description says more, GitHub's rules did not change", () => {
    const silent = base();
    delete get(silent)["x-access"];
    expect(formatChanges(specDiff(silent, base()))).toBe(
      "non-breaking things/list  x-access: access rules declared (wire: the description now states what GitHub requires; GitHub's rules did not change; no change for TypeScript)",
    );
  });

  it("a change of where the rules come from is an annotation", () => {
    expect(diff((d) => (access(d).assumed = "by analogy")).map((c) => `${c.level} ${c.at}: ${c.what}`)).toEqual([
      "annotation x-access: where the rules come from reworded",
    ]);
  });

  it("the client's public types are no change on the wire", () => {
    const changes = apiDiff("declare const A = 1;\n", "declare const B = 1;\n");
    expect(formatChanges(changes)).toBe(
      [
        "breaking     (client API)  declare const A = 1;: declaration removed or changed (TypeScript: code that uses it may no longer compile; no change on the wire)",
        "non-breaking (client API)  declare const B = 1;: declaration added (TypeScript: the client's public types gain it; no change on the wire)",
      ].join("\n"),
    );
  });
});

describe("the gate bumps by the stronger verdict and says which asked", () => {
  const packages = new Map([
    ["@x/openapi", "0.3.1"],
    ["@x/client", "0.3.1"],
  ]);
  const run = (changes: ReturnType<typeof specDiff>) => gate({ changes, pending: new Map(), packages, generatedMoved: [], description: "@x/openapi" });

  it("a response enum value added needs the breaking bump, for TypeScript only", () => {
    const changes = diff((d) => d.components.schemas.thing.properties.state.enum.push("broken"));
    expect(run(changes)).toEqual([
      "@x/openapi needs a minor changeset (1 breaking change to the description (1 for TypeScript only)); pending: none.",
      "@x/client needs a minor changeset (1 breaking change to the description (1 for TypeScript only)); pending: none.",
    ]);
  });

  it("a scope added needs the breaking bump, on the wire only; one removed only the description's patch", () => {
    expect(breakingSplit(diff((d) => access(d).scopes.push("user")))).toBe(" (1 on the wire only)");
    expect(run(diff((d) => (access(d).scopes = ["read:org"])))).toEqual(["@x/openapi needs a patch changeset (the description changed); pending: none."]);
  });
});
