// The built page in a real headless Chromium (Debian's, driven by playwright-core), served on
// 127.0.0.1 as `pnpm docs:serve` serves it. Nothing may be fetched from another host.
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleModel, permissionTitles, SCOPED_KINDS, SERVED_WITHOUT_HEADER, TOKEN_KINDS } from "@copilot-spaces/tools/bundle-model";
import { ACCESS_HEADING, TOKEN_KIND_NAMES } from "@copilot-spaces/tools/access-docs";
import { everyAnswerHeaders, sharedTrafficAnswers, TRAFFIC_SECTION } from "@copilot-spaces/tools/traffic-docs";
import { methodName } from "@copilot-spaces/tools/generate-client";
import { readBundle } from "@copilot-spaces/tools/paths";
import { serveDocs } from "../serve.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const artifacts = resolve(import.meta.dirname, "../artifacts");
const description = JSON.parse(readFileSync(resolve(import.meta.dirname, "../dist/openapi.json"), "utf8")) as {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { "x-codeSamples"?: { label: string }[] }>>;
};
const model = bundleModel(description);
const titles = permissionTitles(description);
// The API version header: the parameter that says what a request without it is served.
const versionHeader = model.operations.flatMap((op) => op.parameters).find((p) => typeof p.node[SERVED_WITHOUT_HEADER] === "string")!;
const summaries = model.operations.map((op) => op.summary);
const first = model.operations.find((op) => op.requestBody && op.method !== "get")!;
const searched = model.operations.at(-1)!;
const sampleLabels = description.paths[first.path]![first.method]!["x-codeSamples"]!.map((sample) => sample.label);

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

/** The cells' text of a table's body rows. */
const tableRows = (table: Locator) =>
  table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => (td.textContent ?? "").trim())));

describe("the reference page in Chromium", () => {
  it("shows its title, the API version and the guide sections", async () => {
    expect(await page.title()).toBe(`${description.info.title} (${description.info.version})`);
    const labels = await menuLabels();
    for (const section of ["Authentication", "API version", "Pagination", "Errors", TRAFFIC_SECTION, "Trying it without GitHub", "Changes"])
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

  it("shows an operation's samples in its language menu, in the description's order, and its TypeScript sample", async () => {
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
    let languages: string[] = [];
    for (let attempt = 0; attempt < 8 && (await typescriptShown()) === 0; attempt++) {
      try {
        await panel.getByRole("button", { name: "curl" }).click({ timeout: 10_000 });
        const items = page.getByRole("menuitem").filter({ visible: true });
        await items.first().waitFor({ timeout: 10_000 });
        languages = (await items.allInnerTexts()).map((text) => text.trim());
        await page.getByRole("menuitem", { name: "TypeScript" }).filter({ visible: true }).first().click({ timeout: 10_000 });
      } catch {
        await page.waitForTimeout(250);
      }
    }
    expect(await typescriptShown()).toBeGreaterThan(0);
    expect(languages).toEqual(sampleLabels);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, "operation.png"), fullPage: true });
  });

  it("shows on every operation a Tokens and permissions table that says, for each kind of token, whether it works and what it needs", async () => {
    for (const op of model.operations) {
      const access = op.access!;
      expect(access, `${op.operationId} has x-access`).toBeDefined();
      await showInMenu(op);
      await page.locator("[data-testid=menu-item-label]", { hasText: op.summary }).first().click();
      const section = page.locator(`[data-item-kind=httpItem][data-section-id$="/${op.operationId}"]`);
      // By its text: the heading's accessible name holds its deep link's label too.
      const heading = section.locator("h1, h2, h3, h4, h5, h6").filter({ hasText: new RegExp(`^${ACCESS_HEADING}$`) });
      await expect.poll(() => heading.count(), { message: `${op.operationId}: ${ACCESS_HEADING}` }).toBe(1);
      const table = section.locator("table", { has: page.locator("th", { hasText: "Works" }) });
      // Redoc fills a section in as it scrolls into place: the rows are read until they are there.
      let rows: string[][] = [];
      await expect
        .poll(async () => (rows = await tableRows(table)).map((r) => r[0]), { message: op.operationId })
        .toEqual(TOKEN_KINDS.map((kind) => TOKEN_KIND_NAMES[kind]));
      for (const [i, kind] of TOKEN_KINDS.entries()) {
        const [, works, needs] = rows[i]!;
        const message = `${op.operationId}, ${kind}`;
        if (!access.tokenKinds.includes(kind)) {
          expect(works, message).toBe("No");
          continue;
        }
        expect(works, message).toBe("Yes");
        const named = SCOPED_KINDS.includes(kind)
          ? access.scopes
          : Object.entries(access.permissions).flatMap(([key, level]) => [titles[key]!.title, `${key}=${level}`]);
        for (const name of named) expect(needs, message).toContain(name);
      }
      for (const note of [access.assumed, access.source]) {
        if (note) expect(await section.getByText(note).count(), `${op.operationId}: ${note}`).toBeGreaterThan(0);
      }
    }
  });

  it("lists the API versions served and the one a request without the header gets", async () => {
    const served = (versionHeader.schema.enum as string[]).map(String);
    const fallback = String(versionHeader.node[SERVED_WITHOUT_HEADER]);
    expect(served).toContain(fallback);
    await page.locator("[data-testid=menu-item-label]", { hasText: "API version" }).first().click();
    const table = page.locator("table", { has: page.locator("th", { hasText: "API version served" }) });
    await expect.poll(() => table.count()).toBe(1);
    let rows: string[][] = [];
    await expect.poll(async () => (rows = await tableRows(table)).map((r) => r[0])).toEqual(served);
    expect(rows.find((r) => r[0] === fallback)![1]).toContain(`without ${versionHeader.name}`);
    expect(await page.getByText(`A request without ${versionHeader.name} is served ${fallback}.`).count()).toBeGreaterThan(0);
  });

  it("lists once, in its own section, the headers every answer carries and the answers every operation shares", async () => {
    // Read from the description as published (the docs' copy drops these headers from each response).
    const published = readBundle();
    const everywhere = everyAnswerHeaders(published);
    const shared = sharedTrafficAnswers(published);
    expect(everywhere.length).toBeGreaterThan(0);
    await page.locator("[data-testid=menu-item-label]", { hasText: TRAFFIC_SECTION }).first().click();
    const headers = page.locator("table", { has: page.locator("th", { hasText: "Says" }) });
    await expect.poll(() => headers.count()).toBe(1);
    let rows: string[][] = [];
    await expect.poll(async () => (rows = await tableRows(headers)).length).toBeGreaterThan(0);
    for (const name of everywhere) expect(rows.find((r) => r[0]!.toLowerCase() === name)?.[2], name).toBe("every answer");
    const answers = page.locator("table", { has: page.locator("th", { hasText: "Named examples" }) });
    await expect.poll(async () => (rows = await tableRows(answers)).length).toBeGreaterThan(0);
    for (const s of shared) expect(rows.find((r) => r[0] === String(s.status))?.[1], String(s.status)).toBe(s.on);
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
