import { describe, expect, it } from "vitest";
import { EMAIL_PROTECTION_ARTIFACT, parseSeedPage, SeedPageError } from "../src/model/seed-page.ts";

// A one-operation page in the layout of GitHub's REST reference, as its text reads.
const page = (overrides: { example?: string; statuses?: string } = {}) => `Widgets

Get a widget

Gets a widget.

OAuth app tokens need the repo scope to use this endpoint.

Fine-grained access tokens for "Get a widget"

  • "Widgets" repository permissions (read)

Parameters for "Get a widget"

Path parameters
Name, Type, Description
widget_id integer Required

The widget.

Body parameters
Name, Type, Description
parts array of objects

The parts.

Name, Type, Description
kind string

The kind.

Default: bolt

Can be one of: bolt, nut

HTTP response status codes for "Get a widget"

Status codeDescription
${overrides.statuses ?? "200\n\nOK\n\n404\n\nResource not found"}

Code samples for "Get a widget"

Request example

get/widgets/{widget_id}
curl -L \\ -H "Accept: application/vnd.github+json" \\ https://api.github.com/widgets/WIDGET_ID

Example response

Status: 200
${overrides.example ?? '{ "id": 1, "email": "[email\u00a0protected]" }'}
`;

describe("parseSeedPage", () => {
  it("reads an operation's request line, prose, fine-grained permissions, statuses and example", () => {
    const [op] = parseSeedPage(page());
    expect(op).toMatchObject({
      title: "Get a widget",
      method: "get",
      path: "/widgets/{widget_id}",
      prose: ["Gets a widget.", "OAuth app tokens need the repo scope to use this endpoint."],
      fineGrained: ['"Widgets" repository permissions (read)'],
      statuses: [
        { code: 200, description: "OK" },
        { code: 404, description: "Resource not found" },
      ],
      curl: { method: "GET", url: "https://api.github.com/widgets/WIDGET_ID", headers: { Accept: "application/vnd.github+json" } },
      responseExamples: [{ title: "Example response", status: 200, body: { id: 1, email: "[email protected]" } }],
    });
  });

  it("nests the fields of a nested table under their parent, with defaults and enums", () => {
    const [op] = parseSeedPage(page());
    expect(op?.parameters).toEqual([
      { in: "path", path: ["widget_id"], name: "widget_id", type: "integer", required: true, description: "The widget." },
      { in: "body", path: ["parts"], name: "parts", type: "array of objects", required: false, description: "The parts." },
      { in: "body", path: ["parts", "kind"], name: "kind", type: "string", required: false, description: "The kind.", default: "bolt", enum: ["bolt", "nut"] },
    ]);
  });

  it("turns the page's no-break space into a plain one, so the email artifact is recognisable", () => {
    const [op] = parseSeedPage(page());
    const email = (op?.responseExamples[0]?.body as { email: string }).email;
    expect(email).toBe("[email protected]");
    expect(EMAIL_PROTECTION_ARTIFACT.test(email)).toBe(true);
  });

  it("names the operation and the status when an example is not JSON", () => {
    expect(() => parseSeedPage(page({ example: '{ "id": 1,' }))).toThrow(/"Get a widget": the 200 example is not valid JSON/);
  });

  it("names the operation when its status table is empty", () => {
    expect(() => parseSeedPage(page({ statuses: "" }))).toThrow(new SeedPageError('"Get a widget": the status code table is empty.'));
  });

  it("says so when the text is not a reference page at all", () => {
    expect(() => parseSeedPage("Hello")).toThrow(/no "Parameters for "…"" section/);
  });
});
