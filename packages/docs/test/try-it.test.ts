// "Try it" in a real headless Chromium (Debian's, driven by playwright-core), the page opened from disk
// with the network closed: every request that is not file:, data: or blob: is aborted and recorded.
// Every operation is sent with its example and with each answer the description documents; a Space
// created in the page is fetched back; the token stays in its field; the panel is keyboard-usable,
// named, and passes axe-core. Nothing here names an operation: all comes from the bundle.
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleModel, operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { BundleValidator } from "@copilot-spaces/tools/bundle-validator";
import { readBundle } from "@copilot-spaces/tools/paths";
import { tryItModel, type TryItOperation } from "@copilot-spaces/tools/try-it-model";
import { startMockServer, type MockServer } from "@copilot-spaces/mock-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const pagePath = resolve(import.meta.dirname, "../dist/index.html");
const pageUrl = pathToFileURL(pagePath).href;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** The budget, "≤ 4.5 MB", read as decimal megabytes (4,500,000 bytes), the stricter reading. */
const PAGE_BUDGET = 4.5e6;

const bundle = readBundle();
const expected = tryItModel(bundle);
const operations = operationsOf(bundle);
const described = new Map(operations.map((op) => [op.operationId, op]));
const validator = new BundleValidator(bundle);
// The navigation's tag groups, as the docs' copy of the bundle names them (browser.test.ts does the same).
const tags = bundleModel(JSON.parse(readFileSync(resolve(import.meta.dirname, "../dist/openapi.json"), "utf8"))).tags;
/** A secret shaped like a classic personal access token: `ghp_` and 36 characters. */
const SECRET = `ghp_${"Zq7".repeat(12)}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Requests the page tried to make off itself (aborted), and console errors. */
const offPage: string[] = [];
const aborted: string[] = [];
const consoleErrors: string[] = [];

/** A context whose every request off the page is aborted and recorded by `record`. */
async function closedContext(record: (url: string, headers: Record<string, string>) => void): Promise<BrowserContext> {
  const created = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  created.setDefaultTimeout(120_000);
  created.setDefaultNavigationTimeout(120_000);
  await created.route("**/*", async (route) => {
    const request = route.request();
    if (/^(file|data|blob):/.test(request.url())) return route.continue();
    record(request.url(), await request.allHeaders());
    return route.abort("internetdisconnected");
  });
  return created;
}

function watch(target: Page, errors: string[]): void {
  target.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  target.on("pageerror", (error) => errors.push(String(error)));
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  context = await closedContext((url) => offPage.push(url));
  context.on("requestfailed", (request) => aborted.push(request.url()));
  page = await context.newPage();
  watch(page, consoleErrors);
  await page.goto(pageUrl, { waitUntil: "load" });
});

afterAll(async () => {
  await browser?.close();
});

const menuLabels = (on: Page) => on.locator("[data-testid=menu-item-label]").allInnerTexts();

/**
 * Scrolls Redoc to an operation's section (opening its tag group in the navigation first) and returns the
 * section once its Try it button is there. Redoc re-renders the navigation and the section as it scrolls,
 * and on a busy machine a click can land in the middle of that and do nothing: the click is tried again.
 */
async function showSection(on: Page, op: TryItOperation): Promise<Locator> {
  const shown = async () => (await menuLabels(on)).map((label) => label.split("\n")[0]);
  const section = on.locator(`[data-item-kind=httpItem][data-section-id$="/${op.operationId}"]`);
  const opener = section.getByRole("button", { name: "Try it" });
  await expect
    .poll(
      async () => {
        if ((await opener.count()) > 0) return true;
        if (!(await shown()).includes(op.summary)) {
          const tag = tags.find((t) => described.get(op.operationId)!.tags.includes(t.name))!;
          await on.getByText(tag.displayName, { exact: true }).first().click({ timeout: 30_000 });
          await expect.poll(async () => (await shown()).includes(op.summary), { message: op.summary }).toBe(true);
        }
        await on.locator("[data-testid=menu-item-label]", { hasText: op.summary }).first().click({ timeout: 30_000 });
        await opener
          .first()
          .waitFor({ timeout: 10_000 })
          .catch(() => undefined);
        return (await opener.count()) > 0;
      },
      { message: `the section of ${op.operationId} with its Try it button`, timeout: 120_000, interval: 500 },
    )
    .toBe(true);
  return section;
}

/**
 * Opens an operation's panel with its section's "Try it" button; returns the panel, found by its
 * accessible name. A click that lands while Redoc re-renders the section (the button replaced a frame
 * later) opens nothing: it is tried again.
 */
async function openTryIt(on: Page, op: TryItOperation): Promise<Locator> {
  const section = await showSection(on, op);
  const region = on.getByRole("region", { name: `Try it: ${op.summary}`, exact: true });
  await expect
    .poll(
      async () => {
        if ((await region.count()) === 0) {
          await section.getByRole("button", { name: "Try it" }).click({ timeout: 30_000 });
          await region.waitFor({ timeout: 10_000 }).catch(() => undefined);
        }
        return region.count();
      },
      { message: `the Try it panel of ${op.operationId}`, timeout: 120_000, interval: 500 },
    )
    .toBe(1);
  return region;
}

async function closeTryIt(region: Locator): Promise<void> {
  await region.getByRole("button", { name: "Close Try it" }).click();
  await region.waitFor({ state: "detached" });
}

interface Answer {
  status?: number;
  statusLine: string;
  note: string;
  /** The line saying which forms now name what a create made. */
  filled: string;
  sent: string;
  body: string;
}

/**
 * Waits until the panel is no longer sending and reads what it shows. With `prefers`, for each in turn
 * chooses that answer in the "Answer" list, presses Send and reads the answer, all in the page: the
 * list's change and the button's click are the events a reader's choice and click fire, and one round
 * trip per operation is what lets the ~530 sends of this file take seconds (Playwright's checks before
 * each action, and a round trip per send, cost 40-75 ms a send beside Redoc's page).
 */
function answersTo(region: Locator, prefers: string[]): Promise<Answer[]> {
  return region.evaluate(async (panel, prefers) => {
    const output = panel.querySelector("output")!;
    const read = async () => {
      if (output.hasAttribute("aria-busy"))
        await new Promise<void>((done) => {
          const observer = new MutationObserver(() => {
            if (output.hasAttribute("aria-busy")) return;
            observer.disconnect();
            done();
          });
          observer.observe(output, { attributes: true, attributeFilter: ["aria-busy"] });
        });
      const text = (selector: string) => output.querySelector(selector)?.textContent ?? "";
      const statusLine = text(".try-it-status");
      const code = /^(\d{3})\b/.exec(statusLine)?.[1];
      return {
        statusLine,
        note: text(".try-it-note"),
        filled: text(".try-it-filled"),
        sent: text(".try-it-sent"),
        body: text(".try-it-body"),
        ...(code ? { status: Number(code) } : {}),
      };
    };
    if (prefers.length === 0) return [await read()];
    const label = [...panel.querySelectorAll("label")].find((l) => l.textContent === "Answer")!;
    const select = label.control as HTMLSelectElement;
    const send = [...panel.querySelectorAll("button")].find((b) => b.textContent === "Send")!;
    const answers = [];
    for (const prefer of prefers) {
      select.value = prefer;
      if (select.value !== prefer) throw new Error(`No answer ${prefer} in the list`);
      select.dispatchEvent(new Event("input", { bubbles: true }));
      select.dispatchEvent(new Event("change", { bubbles: true }));
      send.click();
      answers.push(await read());
    }
    return answers;
  }, prefers);
}

/** Waits until the panel is no longer sending and reads what it shows; with `prefer`, first chooses that answer and presses Send. */
async function readAnswer(region: Locator, prefer?: string): Promise<Answer> {
  return (await answersTo(region, prefer === undefined ? [] : [prefer]))[0]!;
}

/** Presses Send with the pointer, as a reader does, and reads the answer. */
async function clickSend(region: Locator): Promise<Answer> {
  await region.getByRole("button", { name: "Send" }).click();
  return readAnswer(region);
}

async function resetMock(region: Locator): Promise<void> {
  await region.getByRole("button", { name: "Reset the mock" }).click();
  await expect.poll(() => region.locator(".try-it-note").textContent()).toMatch(/^The mock is back/);
}

const json = (body: string): unknown => (body === "" || body === "(no body)" ? undefined : JSON.parse(body));

describe("Try it, on the page opened from disk with the network closed", () => {
  it("embeds the model made from the description: every operation, in its order", async () => {
    const embedded = JSON.parse((await page.locator("#try-it-model").textContent())!) as unknown;
    expect(embedded).toEqual(expected);
    expect(expected.operations.map((op) => op.operationId)).toEqual(operations.map((op) => op.operationId));
    for (const op of expected.operations) expect(op.statuses, op.operationId).toEqual(described.get(op.operationId)!.responses.map((r) => r.status));
  });

  it("is one file within the budget that loads no other file", async () => {
    expect(statSync(pagePath).size).toBeLessThanOrEqual(PAGE_BUDGET);
    const loaded = await page.evaluate(() =>
      [...document.querySelectorAll("script[src], link[href], img[src], iframe[src], embed[src], object[data], source[src], video[src], audio[src]")].map(
        (e) => `<${e.localName}> ${e.getAttribute("src") ?? e.getAttribute("href") ?? e.getAttribute("data")}`,
      ),
    );
    expect(loaded.filter((ref) => !/> data:/.test(ref))).toEqual([]);
  });

  it("answers Send on every operation from the in-page mock: the example with a documented status, each preset with its status", async () => {
    const wrong: string[] = [];
    let sends = 0;
    for (const op of expected.operations) {
      const model = described.get(op.operationId)!;
      const documented = model.responses.map((r) => r.status);
      const region = await openTryIt(page, op);
      await resetMock(region);

      const example = await clickSend(region);
      sends++;
      expect(example.note, op.operationId).toBe("");
      expect(documented, `${op.operationId}: the example's answer ${example.statusLine}`).toContain(example.status);
      const schema = model.responses.find((r) => r.status === example.status)?.schemaPointer;
      if (example.status! < 300 && schema) {
        const { valid, errors } = validator.validate(schema, json(example.body));
        expect(valid, `${op.operationId} ${example.status}: ${errors.join("; ")}`).toBe(true);
      }

      const answers = await answersTo(
        region,
        op.presets.map((p) => p.prefer),
      );
      for (const [i, preset] of op.presets.entries()) {
        const answer = answers[i]!;
        sends++;
        if (answer.status !== preset.status) {
          wrong.push(`${op.operationId} Prefer: ${preset.prefer} → ${answer.statusLine || answer.note}`);
          continue;
        }
        expect(answer.sent, op.operationId).toContain(`Prefer: ${preset.prefer}`);
        // The status line names the answer the description gives that status ("403 Forbidden"), whichever example was asked for.
        if (!answer.statusLine.startsWith(`${preset.status} ${preset.answer} `))
          wrong.push(`${op.operationId} Prefer: ${preset.prefer} → the status line ${answer.statusLine}`);
        const schema = model.responses.find((r) => r.status === preset.status)?.schemaPointer;
        if (schema) {
          const { valid, errors } = validator.validate(schema, json(answer.body));
          if (!valid) wrong.push(`${op.operationId} Prefer: ${preset.prefer} → a body off its schema: ${errors.join("; ")}`);
        }
      }
      // What is chosen is kept per operation: back to the mock's own answer for the tests that follow.
      await region.getByLabel("Answer").selectOption("");
      await closeTryIt(region);
    }
    expect(wrong).toEqual([]);
    expect(sends).toBe(expected.operations.length + expected.operations.reduce((n, op) => n + op.presets.length, 0));
  });

  it("keeps a Space created in the page until the mock is reset", async () => {
    // The create of the first top-level collection (its owner one path parameter), and that collection's get.
    const create = operations.find((op) => op.resource?.action === "create" && op.resource.owner.length === 1);
    expect(create, "a create on a top-level collection").toBeDefined();
    const get = operations.find((op) => op.resource?.action === "get" && op.resource.collection === create!.resource!.collection);
    expect(get, `the get of ${create!.resource!.collection}`).toBeDefined();
    expect(get!.responses.map((r) => r.status)).toContain(404);
    const identity = get!.parameters.find((p) => p.name === get!.resource!.identity[0])!;
    const byId = (op: ModelOperation) => expected.operations.find((o) => o.operationId === op.operationId)!;

    // A string field of the example that the answer echoes gets a value of this run's own.
    const region = await openTryIt(page, byId(create!));
    await resetMock(region);
    const body = JSON.parse(byId(create!).body!) as Record<string, unknown>;
    const echoed = await clickSend(region);
    const field = Object.keys(body).find((key) => typeof body[key] === "string" && (json(echoed.body) as Record<string, unknown>)[key] === body[key])!;
    expect(field, "a string field the create echoes").toBeDefined();
    const unique = `Try it ${Date.now()}`;
    await region.getByLabel("Body (JSON)").fill(JSON.stringify({ ...body, [field]: unique }, null, 2));
    const created = await clickSend(region);
    expect(created.status).toBe(create!.success.status);
    const item = json(created.body) as Record<string, unknown>;
    expect(item[field]).toBe(unique);
    const number = String(item[identity.itemField!]);
    await closeTryIt(region);

    // The create named its item in the get's form.
    const getRegion = await openTryIt(page, byId(get!));
    expect(await getRegion.getByLabel(`${identity.name} (path, required)`).inputValue()).toBe(number);
    const fetched = await clickSend(getRegion);
    expect(fetched.status).toBe(get!.success.status);
    expect((json(fetched.body) as Record<string, unknown>)[field]).toBe(unique);
    expect(fetched.sent).toContain(`/${number}`);

    await resetMock(getRegion);
    const gone = await clickSend(getRegion);
    expect(gone.status).toBe(404);
    await closeTryIt(getRegion);
  });

  it("names what each create made in the forms of the operations on it, whose examples then find it", async () => {
    const creates = expected.operations.filter((op) => expected.operations.some((o) => o.createdBy?.operationId === op.operationId));
    expect(creates.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const create of creates) {
      const region = await openTryIt(page, create);
      await resetMock(region);
      const made = await clickSend(region);
      const success = described.get(create.operationId)!.success.status;
      expect(made.status, `${create.operationId}: ${made.statusLine}`).toBe(success);
      const onIt = expected.operations.filter((o) => o.createdBy?.operationId === create.operationId);
      expect(made.filled, create.operationId).toBe(`Now naming what was created: ${onIt.map((o) => o.summary).join("; ")}.`);
      await closeTryIt(region);
      // The get of what was created: its form names it, and its example finds it.
      for (const op of onIt.filter((o) => described.get(o.operationId)!.resource!.action === "get")) {
        const getRegion = await openTryIt(page, op);
        const answer = await clickSend(getRegion);
        if (answer.status !== described.get(op.operationId)!.success.status) found.push(`${op.operationId} after ${create.operationId}: ${answer.statusLine}`);
        await closeTryIt(getRegion);
      }
    }
    expect(found).toEqual([]);
  });

  it("is used with the keyboard: Tab to Try it, Enter opens the panel and focuses it, Escape closes it and focus returns", async () => {
    const op = expected.operations[0]!;
    const section = await showSection(page, op);
    const opener = section.getByRole("button", { name: "Try it" });
    // A click on the heading's text sets where Tab starts from; the button follows the heading.
    await section
      .locator("h1, h2")
      .first()
      .click({ position: { x: 40, y: 5 } });
    let reached = false;
    for (let presses = 0; presses < 5 && !reached; presses++) {
      await page.keyboard.press("Tab");
      reached = await opener.evaluate((button) => button === document.activeElement);
    }
    expect(reached, "Tab reaches the Try it button").toBe(true);
    await expect.poll(() => opener.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    const region = page.getByRole("region", { name: `Try it: ${op.summary}`, exact: true });
    await region.waitFor();
    expect(await region.evaluate((panel) => panel.contains(document.activeElement))).toBe(true);
    expect(await opener.getAttribute("aria-expanded")).toBe("true");
    // Named as the issue asks.
    expect(await region.getByRole("button", { name: "Send" }).count()).toBe(1);
    expect(await region.getByLabel("Token").count()).toBe(1);
    expect(await region.getByRole("status", { name: "Response" }).count()).toBe(1);
    // Send by keyboard keeps the focus on Send while the answer comes (a disabled button would drop it to the page).
    const send = region.getByRole("button", { name: "Send" });
    await send.focus();
    await page.keyboard.press("Enter");
    expect((await readAnswer(region)).status).toBeDefined();
    expect(await send.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await region.waitFor({ state: "detached", timeout: 30_000 });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await opener.getAttribute("aria-expanded")).toBe("false");
  });

  it("has no serious or critical accessibility problem (axe-core), with an answer shown and in GitHub mode", async () => {
    // The operation with the longest example answer: its body is long enough to scroll in its box.
    const longest = (op: ModelOperation) => JSON.stringify(op.success.examples[0] ?? "").length;
    const widest = operations.reduce((a, b) => (longest(b) > longest(a) ? b : a));
    const op = expected.operations.find((o) => o.operationId === widest.operationId)!;
    const region = await openTryIt(page, op);
    await clickSend(region);
    await page.addScriptTag({ content: axeSource });
    const scan = () =>
      region.evaluate(async (panel) => {
        const result = await (
          window as unknown as {
            axe: {
              run: (node: Element, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe.run(panel, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
      });
    const withAnswer = await scan();
    await region.getByRole("radio", { name: "GitHub" }).check();
    await expect.poll(() => region.getByLabel("Base URL").isVisible()).toBe(true);
    const github = await scan();
    await region.getByRole("radio", { name: "In-page mock" }).check();
    await closeTryIt(region);
    for (const [mode, violations] of [
      ["with an answer", withAnswer],
      ["GitHub mode", github],
    ] as const) {
      const minor = violations.filter((v) => v.impact !== "serious" && v.impact !== "critical");
      if (minor.length > 0) console.log(`axe-core, ${mode}: ${JSON.stringify(minor, null, 2)}`);
      expect(
        violations.filter((v) => v.impact === "serious" || v.impact === "critical"),
        mode,
      ).toEqual([]);
    }
  });

  it("fetched nothing off the page (nothing aborted) and logged no console error", () => {
    expect(offPage).toEqual([]);
    expect(aborted).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe("the token typed into Try it", () => {
  const attempts: { url: string; headers: Record<string, string> }[] = [];
  const errors: string[] = [];
  let tokenPage: Page;

  beforeAll(async () => {
    const tokenContext = await closedContext((url, headers) => attempts.push({ url, headers }));
    tokenPage = await tokenContext.newPage();
    watch(tokenPage, errors);
    await tokenPage.goto(pageUrl, { waitUntil: "load" });
  });

  /** Everywhere a page keeps or shows text, except the token field's value. */
  const whereSecretIs = (on: Page) =>
    on.evaluate(async (secret) => {
      const found: string[] = [];
      if (document.documentElement.outerHTML.includes(secret)) found.push("outerHTML");
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Text && node.data.includes(secret)) found.push(`text in <${node.parentElement?.localName}>`);
        if (node instanceof Element) {
          for (const attribute of node.attributes) if (attribute.value.includes(secret)) found.push(`attribute ${attribute.name} of <${node.localName}>`);
          const isToken = node instanceof HTMLInputElement && node.labels?.[0]?.textContent === "Token";
          if ((node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) && !isToken && node.value.includes(secret))
            found.push(`value of <${node.localName} id=${node.id}>`);
        }
      }
      const stores = { localStorage, sessionStorage };
      for (const [name, store] of Object.entries(stores))
        for (let i = 0; i < store.length; i++) {
          const key = store.key(i)!;
          if (key.includes(secret) || store.getItem(key)!.includes(secret)) found.push(name);
        }
      if (document.cookie.includes(secret)) found.push("cookie");
      if ((await indexedDB.databases()).some((db) => db.name?.includes(secret))) found.push("IndexedDB");
      if (location.href.includes(secret)) found.push("location");
      return found;
    }, SECRET);

  it("stays in its field, in memory: not in the DOM, storage, the URL or history, nor in any request", async () => {
    const [first, second] = expected.operations;
    // Both sections rendered once first, so that opening the second panel later needs no navigation.
    await showSection(tokenPage, second!);
    const region = await openTryIt(tokenPage, first!);
    const before = await tokenPage.evaluate(() => ({ href: location.href, history: history.length }));

    await region.getByLabel("Token").pressSequentially(SECRET);
    expect((await clickSend(region)).status).toBeDefined();
    expect((await readAnswer(region, first!.presets[0]!.prefer)).status).toBe(first!.presets[0]!.status);
    expect((await readAnswer(region, "")).status).toBeDefined();
    await region.getByRole("radio", { name: "GitHub" }).check();
    await region.getByRole("radio", { name: "In-page mock" }).check();
    expect(await tokenPage.evaluate(() => ({ href: location.href, history: history.length }))).toEqual(before);
    await closeTryIt(region);

    const other = await openTryIt(tokenPage, second!);
    expect(await other.getByLabel("Token").inputValue()).toBe(SECRET);
    expect((await clickSend(other)).status).toBeDefined();
    expect(await whereSecretIs(tokenPage)).toEqual([]);
    expect(attempts).toEqual([]);
    await closeTryIt(other);
  });

  it("goes to GitHub in the Authorization header only; with no network the panel says so", async () => {
    const op = expected.operations[0]!;
    const region = await openTryIt(tokenPage, op);
    expect(await region.getByLabel("Token").inputValue()).toBe(SECRET);
    await region.getByRole("radio", { name: "GitHub" }).check();
    const answer = await clickSend(region);
    const origin = new URL(expected.server).origin;
    expect(answer.note).toMatch(new RegExp(`^No answer from ${origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(answer.status).toBeUndefined();
    expect(attempts.length).toBeGreaterThan(0);
    for (const attempt of attempts) {
      expect(new URL(attempt.url).origin).toBe(origin);
      expect(attempt.url).not.toContain(SECRET);
      const carrying = Object.entries(attempt.headers).filter(([, value]) => value.includes(SECRET));
      expect(carrying).toEqual([["authorization", `Bearer ${SECRET}`]]);
    }
    expect(await whereSecretIs(tokenPage)).toEqual([]);
  });

  it("is not sent to a base URL that is not https or not a URL", async () => {
    const region = tokenPage.getByRole("region", { name: /^Try it: / });
    const tried = attempts.length;
    for (const base of ["http://example.com", "not a url"]) {
      await region.getByLabel("Base URL").fill(base);
      const answer = await clickSend(region);
      expect(answer.note, base).toMatch(/^Not sent: Base URL: /);
    }
    expect(attempts.length).toBe(tried);
    await region.getByRole("radio", { name: "In-page mock" }).check();
    await closeTryIt(region);
    expect(await whereSecretIs(tokenPage)).toEqual([]);
    // The one error a closed network makes: Chromium's note on the request to GitHub it could not send.
    expect(errors.filter((e) => e !== "Failed to load resource: net::ERR_INTERNET_DISCONNECTED")).toEqual([]);
  });
});

// The GitHub switch over a real network, with a stand-in for GitHub that answers CORS as GitHub does: the
// kit's mock server on 127.0.0.1 (a page opened from disk has the origin "null": the browser sends a
// preflight for the Authorization and X-GitHub-Api-Version headers, and must accept the answer).
describe("the GitHub switch, against a server on this machine", () => {
  const offLimits: string[] = [];
  const errors: string[] = [];
  let server: MockServer;
  let githubPage: Page;

  beforeAll(async () => {
    server = await startMockServer({ port: 0, stateful: true });
    const allowed = new URL(server.url).origin;
    const githubContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    githubContext.setDefaultTimeout(120_000);
    await githubContext.route("**/*", (route) => {
      const url = route.request().url();
      if (/^(file|data|blob):/.test(url) || new URL(url).origin === allowed) return route.continue();
      offLimits.push(url);
      return route.abort("internetdisconnected");
    });
    githubPage = await githubContext.newPage();
    watch(githubPage, errors);
    await githubPage.goto(pageUrl, { waitUntil: "load" });
  });

  afterAll(async () => {
    await server?.close();
  });

  it("sends the panel's request there from the page, no proxy: a Space created there is fetched back there", async () => {
    const create = operations.find((op) => op.resource?.action === "create" && op.resource.owner.length === 1)!;
    const get = operations.find((op) => op.resource?.action === "get" && op.resource.collection === create.resource!.collection)!;
    const identity = get.parameters.find((p) => p.name === get.resource!.identity[0])!;
    const byId = (op: ModelOperation) => expected.operations.find((o) => o.operationId === op.operationId)!;

    const region = await openTryIt(githubPage, byId(create));
    await region.getByRole("radio", { name: "GitHub" }).check();
    await region.getByLabel("Base URL").fill(server.url);
    await region.getByLabel("Token").fill(SECRET);
    const created = await clickSend(region);
    expect(created.note).toBe("");
    expect(created.status).toBe(create.success.status);
    expect(created.sent).toContain(`${create.method.toUpperCase()} ${server.url}/`);
    const number = String((json(created.body) as Record<string, unknown>)[identity.itemField!]);
    await closeTryIt(region);

    // The switch, the base URL and the token are the page's, not one panel's.
    const getRegion = await openTryIt(githubPage, byId(get));
    expect(await getRegion.getByRole("radio", { name: "GitHub" }).isChecked()).toBe(true);
    await getRegion.getByLabel(`${identity.name} (path, required)`).fill(number);
    const fetched = await clickSend(getRegion);
    expect(fetched.status).toBe(get.success.status);
    expect(json(fetched.body)).toEqual(json(created.body));
    // The headers CORS lets a page read, ETag among them (the mock exposes what GitHub exposes).
    expect(await getRegion.locator("details pre").textContent()).toMatch(/^etag: /m);
    await getRegion.getByRole("radio", { name: "In-page mock" }).check();
    await closeTryIt(getRegion);

    // Both reached the server, each with the token in Authorization only (the journal keeps its hash, not the token).
    const journal = server.requests();
    expect(journal.map((entry) => entry.operationId)).toEqual([create.operationId, get.operationId]);
    expect(JSON.stringify(journal)).not.toContain(SECRET);
    expect(offLimits).toEqual([]);
    expect(errors).toEqual([]);
  });
});
