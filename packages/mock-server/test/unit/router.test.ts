// Routing, case by case: templates with parameters, literal segments before parameters, methods,
// and what matches nothing. The templates are made up: this is the router's rule, not the API's.
import { describe, expect, it } from "vitest";
import { createRouter } from "../../src/engine/router.js";

const route = createRouter([
  { method: "get", path: "/orgs/{org}/things", target: "list" },
  { method: "POST", path: "/orgs/{org}/things", target: "create" },
  { method: "get", path: "/orgs/{org}/things/{id}", target: "get" },
  { method: "get", path: "/orgs/{org}/things/new", target: "literal" },
  { method: "get", path: "/a.b/{x}", target: "dotted" },
]);

describe("createRouter", () => {
  it.each([
    ["get", "/orgs/acme/things", "list"],
    ["post", "/orgs/acme/things", "create"],
    ["GET", "/orgs/acme/things/3", "get"],
    ["get", "/orgs/acme/things/new", "literal"],
    ["get", "/a.b/1", "dotted"],
    ["get", "/aXb/1", undefined],
    ["delete", "/orgs/acme/things/3", undefined],
    ["get", "/orgs/acme/things/3/more", undefined],
    ["get", "/orgs//things", undefined],
    ["get", "/orgs/acme/things/", undefined],
  ])("%s %s → %s", (method, path, target) => {
    expect(route(method, path)).toBe(target);
  });
});
