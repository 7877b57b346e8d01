import { operationsOf } from "@copilot-spaces/tools/bundle-validator";
import { readBundle, readSeedPage } from "@copilot-spaces/tools/paths";
import { checkSeedConformance } from "@copilot-spaces/tools/seed-conformance";
import { parseSeedPage } from "@copilot-spaces/tools/seed-page";
import { describe, expect, it } from "vitest";

const seed = parseSeedPage(readSeedPage());
const bundle = readBundle();

type Node = Record<string, any>;
/** A copy of the bundle with one change, to show that the check notices it. */
function changed(edit: (copy: Node) => void): ReturnType<typeof readBundle> {
  const copy = structuredClone(bundle);
  edit(copy);
  return copy;
}

describe("the description conforms to the seed page", () => {
  it("reads ten operations from the page", () => {
    expect(seed.map((op) => `${op.method} ${op.path}`)).toHaveLength(10);
  });

  it("has every operation, status code, parameter, enum value, default, header and example of the page", () => {
    expect(checkSeedConformance(seed, bundle)).toEqual([]);
  });

  it("covers exactly the page's operations", () => {
    const pageOps = seed.map((op) => `${op.method} ${op.path}`).sort();
    expect(operationsOf(bundle).map((o) => `${o.method} ${o.path}`).sort()).toEqual(pageOps);
  });
});

describe("the conformance check fails when the description loses something", () => {
  const spaceItem = "/orgs/{org}/copilot-spaces/{space_number}";

  it("names a status code that was removed", () => {
    const problems = checkSeedConformance(seed, changed((b) => delete b.paths[spaceItem].get.responses["404"]));
    expect(problems).toContain(
      'GET /orgs/{org}/copilot-spaces/{space_number} ("Get an organization Copilot Space"): status 404 ("Resource not found") is missing from its responses.',
    );
  });

  it("names an enum value that was removed", () => {
    const problems = checkSeedConformance(seed, changed((b) => {
      b.components.schemas["copilot-space-base-role"].enum = ["reader", "admin", "no_access"];
    }));
    expect(problems.filter((p) => p.includes('lacks the enum value "writer"'))).toHaveLength(2);
  });

  it("names a default that differs from the page", () => {
    const problems = checkSeedConformance(seed, changed((b) => { b.components.parameters["per-page"].schema.default = 50; }));
    expect(problems.some((p) => p.includes('query parameter "per_page" has default 50, the page says 30'))).toBe(true);
  });

  it("names a bound that differs from the page's (max 100)", () => {
    const problems = checkSeedConformance(seed, changed((b) => { b.components.parameters["per-page"].schema.maximum = 1000; }));
    expect(problems.some((p) => p.includes('"per_page" has maximum 1000, the page says 100'))).toBe(true);
  });

  it("names a body field whose required flag differs", () => {
    const problems = checkSeedConformance(seed, changed((b) => { b.components.schemas["copilot-space-create-for-user-request"].required = []; }));
    expect(problems.some((p) => p.includes('body field "name" is not required, the page says Required'))).toBe(true);
  });

  it("names an example that no longer matches the page", () => {
    const problems = checkSeedConformance(seed, changed((b) => { b.components.examples["user-copilot-space"].value.number = 6; }));
    expect(problems.filter((p) => p.includes('example ("Example response for a user copilot space") is not among'))).toHaveLength(3);
  });

  it("names a status the page does not list and the description does not declare", () => {
    const problems = checkSeedConformance(seed, changed((b) => {
      b.paths[spaceItem].delete.responses["409"] = { description: "Conflict" };
    }));
    expect(problems.some((p) => p.includes("status 409 is in the bundle but neither on the page nor a declared addition"))).toBe(true);
  });

  it("names a 400 whose description does not say it is an addition to the page", () => {
    const problems = checkSeedConformance(seed, changed((b) => {
      b.paths[spaceItem].delete.responses["400"] = { description: "Bad Request" };
    }));
    expect(problems).toContain(
      'DELETE /orgs/{org}/copilot-spaces/{space_number} ("Delete an organization Copilot Space"): status 400 is an addition to the page (GitHub answers a bad API version or an unparseable body with 400) and its description must say so.',
    );
  });

  it("names a missing API-version header", () => {
    const problems = checkSeedConformance(seed, changed((b) => {
      b.paths[spaceItem].parameters = b.paths[spaceItem].parameters.filter((p: Node) => !String(p.$ref).endsWith("api-version"));
    }));
    expect(problems.filter((p) => p.includes("X-GitHub-Api-Version header the page's request sends is not a parameter"))).toHaveLength(3);
  });
});
