// The Prefer language, case by case: what parses, what is refused and why, and what a preference asks
// of an operation. The operation here is made up: these are the mock's rules, not the API's.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { describe, expect, it } from "vitest";
import { choose, parsePrefer } from "../../src/core/rules/prefer.js";

describe("parsePrefer", () => {
  it.each([
    [null, {}],
    ["", {}],
    ["code=404", { code: 404 }],
    ['code="404", example=not-found', { code: 404, example: "not-found" }],
    ["CODE=429, retry-after=30", { code: 429, retryAfter: 30 }],
    ["fault=rate-limit", { fault: "rate-limit" }],
    ["dynamic=true", { dynamic: true }],
    ["return=minimal, code=500", { code: 500 }],
    ["code=201,,", { code: 201 }],
  ])("%j reads as %j", (header, preferences) => {
    expect(parsePrefer(header)).toEqual({ ok: true, preferences });
  });

  it.each([
    ["code=4044", /code must be an HTTP status from 100 to 599/],
    ["code=404; retry-after=3", /"code" takes no parameters after ";"/],
    ["colour=blue", /unknown preference "colour"; the mock understands code, example, fault, retry-after, dynamic/],
    ["code=404, code=500", /"code" is given twice/],
    ["code=", /"code" needs a value/],
    ["fault=outage", /fault must be "rate-limit"/],
    ["retry-after=3601", /retry-after must be a whole number of seconds from 0 to 3600/],
    ["dynamic=yes", /dynamic must be true or false/],
    ["=x", /cannot read "=x"/],
  ])("%j is refused: %s", (header, message) => {
    const parsed = parsePrefer(header);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.message).toMatch(message);
  });
});

describe("choose", () => {
  const operation = { operationId: "things/get", method: "get", path: "/things/{id}" } as ModelOperation;
  const documented = [
    { status: 200, examples: ["one-thing"] },
    { status: 404, examples: ["not-found"] },
  ];
  it.each([
    [{}, { kind: "none" }],
    [{ code: 404 }, { kind: "documented", code: 404, exampleKey: undefined }],
    [{ example: "not-found" }, { kind: "documented", code: 404, exampleKey: "not-found" }],
    [
      { code: 200, example: "one-thing" },
      { kind: "documented", code: 200, exampleKey: "one-thing" },
    ],
    [{ code: 503 }, { kind: "fault", fault: { kind: "server-error", status: 503 } }],
    [
      { code: 429, retryAfter: 7 },
      { kind: "fault", fault: { kind: "secondary-rate-limit", retryAfter: 7 } },
    ],
    [{ fault: "rate-limit" }, { kind: "fault", fault: { kind: "primary-rate-limit", status: 403, resetAfter: undefined } }],
    [
      { fault: "rate-limit", code: 429, retryAfter: 60 },
      { kind: "fault", fault: { kind: "primary-rate-limit", status: 429, resetAfter: 60 } },
    ],
  ] as const)("%j → %j", (preferences, choice) => {
    expect(choose(preferences, operation, documented)).toEqual(choice);
  });

  it.each([
    [{ code: 418 }, /code=418 is not documented for things\/get; documented: 200, 404/],
    [{ example: "two-things" }, /example=two-things is not documented for things\/get; its examples: code=200 example=one-thing; code=404 example=not-found/],
    [{ code: 200, example: "not-found" }, /code=200 example=not-found is not documented/],
    [{ fault: "rate-limit", code: 500 }, /fault=rate-limit answers 403 or 429, not code=500/],
    [{ fault: "rate-limit", example: "not-found" }, /fault=rate-limit takes no example/],
    [{ retryAfter: 5 }, /retry-after goes with code=429, or with fault=rate-limit/],
  ] as const)("%j is refused: %s", (preferences, message) => {
    const choice = choose(preferences, operation, documented);
    expect(choice.kind).toBe("refused");
    expect(choice.kind === "refused" ? choice.message : "").toMatch(message);
  });
});
