// The built page in a real headless Chromium (Debian's, driven by playwright-core), served on
// 127.0.0.1 as `pnpm docs:serve` serves it. Nothing may be fetched from another host.
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleModel } from "@copilot-spaces/tools/bundle-model";
import { methodName } from "@copilot-spaces/tools/generate-client";
import { serveDocs } from "../serve.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const artifacts = resolve(import.meta.dirname, "../artifacts");
const description = JSON.parse(readFileSync(resolve(import.meta.dirname, "../dist/openapi.json"), "utf8")) as {
  info: { title: string; version: string };
  paths: object;
};
const model = bundleModel(description);
const summaries = model.operations.map((op) => op.summary);
const first = model.operations.find((op) => op.requestBody && op.method !== "get")!;
const searched = model.operations.at(-1)!;

let docs: Awaited<ReturnType<typeof serveDocs>>;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  docs = await serveDocs({ port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Playwright waits 30 s by default for a page or an element: a busy 2-core machine can need more.
  page.setDefaultTimeout(120_000);
  page.setDefaultNavigationTimeout(120_000);
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  await page.goto(`${docs.url}/`, { waitUntil: "networkidle" });
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
});

const menuLabels = () => page.locator("[data-testid=menu-item-label]").allInnerTexts();
/** Opens the tag group of an operation in the navigation, unless its label is shown already. */
async function showInMenu(op: (typeof model.operations)[number]) {
  const labels = (await menuLabels()).map((label) => label.split("\n")[0]);
  if (labels.includes(op.summary)) return;
  const tag = model.tags.find((t) => op.tags.includes(t.name))!;
  await page.getByText(tag.displayName, { exact: true }).first().click();
  await expect.poll(async () => (await menuLabels()).map((label) => label.split("\n")[0]).includes(op.summary), { message: op.summary }).toBe(true);
}

describe("the reference page in Chromium", () => {
  it("shows its title, the API version and the guide sections", async () => {
    expect(await page.title()).toBe(`${description.info.title} (${description.info.version})`);
    const labels = await menuLabels();
    for (const section of ["Authentication", "API version", "Pagination", "Errors", "Rate limits", "Trying it without GitHub", "Changes"])
      expect(labels).toContain(section);
  });

  it("lists every operation of the description in the navigation once its tag groups are opened, and renders their sections", async () => {
    expect(summaries.length).toBeGreaterThan(0);
    // One tag group at a time: opening a group may close the one opened before.
    const shown = async () => (await menuLabels()).map((label) => label.split("\n")[0]);
    for (const tag of model.tags) {
      const inTag = model.operations.filter((op) => op.tags.includes(tag.name)).map((op) => op.summary);
      if (!(await shown()).includes(inTag[0]!)) await page.getByText(tag.displayName, { exact: true }).first().click();
      await expect.poll(async () => (await shown()).filter((label) => inTag.includes(label!)).length, { message: tag.displayName }).toBe(inTag.length);
      for (const summary of inTag) {
        await page.locator("[data-testid=menu-item-label]", { hasText: summary }).first().click();
        await expect.poll(() => page.locator("h1, h2", { hasText: summary }).count(), { message: summary }).toBeGreaterThan(0);
      }
    }
  });

  it("finds an operation by its summary with the search", async () => {
    await page.locator("[data-testid=search-trigger]").click();
    await page.getByPlaceholder("Search docs...").fill(searched.summary);
    await expect.poll(() => page.getByText(searched.path).count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
  });

  it("shows an operation's curl and TypeScript samples", async () => {
    const verb = `-X ${first.method.toUpperCase()}`;
    await showInMenu(first);
    await page.locator("[data-testid=menu-item-label]", { hasText: first.summary }).first().click();
    await expect.poll(() => page.getByText(verb, { exact: false }).count()).toBeGreaterThan(0);
    // The sample panel's language switch is a menu button labelled with the language shown. Redoc
    // re-renders the section while it scrolls into place, which can close a menu just opened, so
    // opening it and choosing is tried again, a few times, until the TypeScript sample shows.
    const panel = page
      .locator("div", { has: page.getByText(verb) })
      .filter({ has: page.getByRole("button", { name: "curl" }) })
      .last();
    const { namespace, method } = methodName(first.operationId);
    const typescriptShown = () => page.getByText(`client.${namespace}.${method}`, { exact: false }).filter({ visible: true }).count();
    for (let attempt = 0; attempt < 8 && (await typescriptShown()) === 0; attempt++) {
      try {
        await panel.getByRole("button", { name: "curl" }).click({ timeout: 10_000 });
        await page.getByRole("menuitem", { name: "TypeScript" }).filter({ visible: true }).first().click({ timeout: 10_000 });
      } catch {
        await page.waitForTimeout(250);
      }
    }
    expect(await typescriptShown()).toBeGreaterThan(0);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, "operation.png"), fullPage: true });
  });

  it("logs no console error and fetches nothing from another host", async () => {
    mkdirSync(artifacts, { recursive: true });
    await page.goto(`${docs.url}/`, { waitUntil: "networkidle" });
    await page.screenshot({ path: resolve(artifacts, "reference.png"), fullPage: true });
    expect(consoleErrors).toEqual([]);
    const offHost = requests.filter((url) => !/^(blob:)?http:\/\/127\.0\.0\.1:\d+\//.test(url) && !url.startsWith("data:"));
    expect(offHost).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});
