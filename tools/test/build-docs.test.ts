import { describe, expect, it } from "vitest";
import { externalFetches } from "../src/generate/build-docs.ts";

describe("externalFetches", () => {
  it("finds what a browser would fetch from another host", () => {
    const html = `<script src="https://cdn.example/redoc.js"></script><link rel="stylesheet" href="https://fonts.example/a.css">
      <img srcset="https://img.example/a.png 2x"><style>@import url("https://css.example/b.css");</style>
      <script>const logo = \`https://cdn.redoc.ly/redoc/logo-mini.svg\`;</script>`;
    expect(externalFetches(html).sort()).toEqual([
      "https://cdn.example/redoc.js",
      "https://cdn.redoc.ly/redoc/logo-mini.svg",
      "https://css.example/b.css",
      "https://fonts.example/a.css",
      "https://img.example/a.png",
    ]);
  });

  it("leaves plain links and page-relative resources alone", () => {
    const html = `<a href="https://redocly.com/redoc/">Redocly</a><link rel="canonical" href="https://example.com/"><script src="/app.js"></script><img src="data:image/svg+xml,x">`;
    expect(externalFetches(html)).toEqual([]);
  });
});
