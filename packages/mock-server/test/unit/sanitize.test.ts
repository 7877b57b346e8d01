// The cassette's sanitizer: one token reads the same wherever it was (a header, the query, the URL, a body, an
// echoed answer header), as its kind and hash, and nothing token-shaped is left.
import { describe, expect, it } from "vitest";
import type { HarEntry } from "../../src/cassettes/har.js";
import { Sanitizer } from "../../src/cassettes/sanitize.js";
import { TOKEN_SHAPED } from "../../src/core/rules/tokens.js";

// Made here, so that no token-shaped text sits in the source.
const TOKEN = `ghp_${"sanitizeTestSecret".padEnd(36, "x")}`;

const entry = (): HarEntry =>
  ({
    request: {
      method: "GET",
      url: `http://user:pass@example.test/orgs/o/copilot-spaces?access_token=${TOKEN}&per_page=2`,
      headers: [{ name: "Authorization", value: `Bearer ${TOKEN}` }],
      queryString: [
        { name: "access_token", value: TOKEN },
        { name: "per_page", value: "2" },
      ],
    },
    response: {
      headers: [{ name: "x-echo", value: `Bearer ${TOKEN}` }],
      content: { size: 0, mimeType: "application/json", text: JSON.stringify({ echo: TOKEN }) },
    },
  }) as unknown as HarEntry;

describe("Sanitizer.entry", () => {
  it("gives one token the same kind and hash in the header, the query, the URL, the body and an echoed header", () => {
    const clean = new Sanitizer().entry(entry());
    const text = JSON.stringify(clean);
    expect(text).not.toContain(TOKEN);
    expect(new RegExp(TOKEN_SHAPED.source).test(text)).toBe(false);
    const [hashed] = /classic-pat:[0-9a-f]{8}/.exec(clean.request.headers[0]!.value) ?? [];
    expect(hashed).toBeDefined();
    expect(clean.request.queryString[0]!.value).toBe(hashed);
    expect(new URL(clean.request.url).searchParams.get("access_token")).toBe(hashed);
    expect(new URL(clean.request.url).username).toBe("");
    expect(JSON.parse(clean.response.content.text!)).toEqual({ echo: hashed });
    expect(clean.response.headers[0]!.value).toBe(`Bearer ${hashed}`);
    expect(clean.request.queryString[1]).toEqual({ name: "per_page", value: "2" });
  });
});
