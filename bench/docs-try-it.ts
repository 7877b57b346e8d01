// What Try it adds to the docs page, and how fast its in-page mock answers: the built page's parts
// (Redoc, the mock's browser build gzipped and base64-encoded, the panels' script, model and styles)
// against the 4.5 MB budget; then, in Debian's Chromium with the page opened from disk, the first Send
// (the mock unpacked and started) and later Sends, beside the same mock's `fetch` in Node on the same
// request. Rounds alternate page loads, so that this shared machine's drift falls on every figure.
//
//   pnpm --filter @copilot-spaces/docs build && pnpm --filter @copilot-spaces/bench docs-try-it [-- --rounds 5 --sends 50]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { numberOption } from "./servers.js";

const ROUNDS = numberOption("rounds", 5);
const SENDS = numberOption("sends", 50);
const BUDGET = 4.5 * 1024 * 1024;
const require = createRequire(import.meta.url);
const page = resolve(import.meta.dirname, "../packages/docs/dist/index.html");
const bytes = readFileSync(page);
const html = bytes.toString("utf8");

const size = (text: string | undefined) => Buffer.byteLength(text ?? "");
const part = (id: string) => size(new RegExp(`<script[^>]*id="${id}"[^>]*>([\\s\\S]*?)</script>`).exec(html)?.[1]);
const script = size(/<script>("use strict";\(\(\)=>\{var [\s\S]*?)<\/script>\s*<\/body>/.exec(html)?.[1]);
const style = size(/<style>(\/\* The Try it panel[\s\S]*?)<\/style>/.exec(html)?.[1]);
const tryIt = part("try-it-mock") + part("try-it-model") + script + style;
const kb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB (${n.toLocaleString("en")} bytes)`;
console.log(`\nThe page (${page}):\n`);
console.log("| part | size |\n| --- | ---: |");
for (const [name, size] of [
  ["the mock's browser build, gzipped, base64", part("try-it-mock")],
  ["the panels' model (JSON)", part("try-it-model")],
  ["the panels' script", script],
  ["the panels' styles", style],
  ["Try it in all", tryIt],
  ["Redoc's page without Try it", bytes.length - tryIt],
  ["the page", bytes.length],
  ["budget", BUDGET],
] as const)
  console.log(`| ${name} | ${kb(size)} |`);

// The same request in Node, on the browser build and on the package's mock.
const { createMock } = (await import(pathToFileURL(require.resolve("@copilot-spaces/mock-server")).href)) as typeof import("@copilot-spaces/mock-server");
const nodeMock = await createMock({ stateful: true });
const request = () =>
  nodeMock.fetch("https://api.github.com/orgs/octo-org/copilot-spaces?per_page=30", { headers: { authorization: "Bearer bench" } }).then((r) => r.text());
for (let i = 0; i < 200; i++) await request();
const nodeTimes: number[] = [];
for (let i = 0; i < SENDS * ROUNDS; i++) {
  const started = performance.now();
  await request();
  nodeTimes.push(performance.now() - started);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const firstSend: number[] = [];
const laterSends: number[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await tab.goto(pathToFileURL(page).href);
    await tab.getByText("Copilot Spaces", { exact: true }).first().click();
    await tab.getByRole("button", { name: "Try it" }).first().click();
    const region = tab.getByRole("region", { name: /^Try it: / });
    // From the Send button's click to the answer shown, both in the page (a string: tsx would wrap a
    // function's inner names in a helper the page does not have).
    const send = () =>
      tab.evaluate(`new Promise((done) => {
        const output = document.querySelector(".try-it-output");
        const previous = output.textContent;
        const began = performance.now();
        document.querySelector(".try-it-send").click();
        const check = () => {
          if (output.querySelector(".try-it-status") && output.textContent !== previous && !output.hasAttribute("aria-busy")) done(performance.now() - began);
          else setTimeout(check, 0);
        };
        check();
      })`) as Promise<number>;
    firstSend.push(await send());
    for (let i = 0; i < SENDS; i++) laterSends.push(await send());
    await tab.close();
  }
} finally {
  await browser.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\nIn Chromium, the page from disk (${ROUNDS} loads, ${SENDS} later Sends each; ms, medians):\n`);
console.log("| step | ms |\n| --- | ---: |");
console.log(`| first Send: the mock unpacked, started, answering | ${median(firstSend).toFixed(0)} |`);
console.log(`| a later Send (click → answer shown, the page's rendering included) | ${median(laterSends).toFixed(1)} |`);
console.log(`| the same request, the mock's \`fetch\` in Node | ${median(nodeTimes).toFixed(2)} |`);
