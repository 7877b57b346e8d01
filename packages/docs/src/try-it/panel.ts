// One "Try it" panel: the form of an operation's request, made from its entry in the page's model, and
// the answer. One panel is open at a time, beside the page (a side panel outside Redoc's own tree, so
// that Redoc's re-renders never drop what a reader typed); what is typed is kept per operation.
import type { TryItOperation, TryItPreset } from "@copilot-spaces/tools/try-it-model";
import { pageMock } from "./mock.js";
import { FormError, prepare, type Form } from "./request.js";

/** What outlives a panel: where requests go, the token (in memory only), and each operation's fields. */
export interface Session {
  target: "mock" | "github";
  githubBase: string;
  /** Never written to the DOM, storage or a URL: the token field's `value` property is set from it. */
  token: string;
  fields: Map<string, Fields>;
  server: string;
  /** Every operation of the page's model: a create fills in the forms of the operations on what it created. */
  operations: TryItOperation[];
}

/** What a reader has typed into an operation's form, kept while the page lives. */
export interface Fields {
  values: Record<string, string>;
  body: string;
  prefer: string;
}

/** An operation's fields as typed so far, or as its model entry fills them at first. */
function fieldsOf(operation: TryItOperation, session: Session): Fields {
  let fields = session.fields.get(operation.operationId);
  if (!fields) {
    fields = { values: Object.fromEntries(operation.parameters.map((p) => [p.name, p.value])), body: operation.body ?? "", prefer: "" };
    session.fields.set(operation.operationId, fields);
  }
  return fields;
}

/**
 * After a create answered with what it made, the forms of the operations on that item name it: the
 * owner's path parameters as the create was sent, the item's from the answer's field (or, without one,
 * the value the create sent under that name). Returns the operations filled in.
 */
function fillFromCreated(created: TryItOperation, sent: Fields, sentBody: unknown, answer: unknown, session: Session): TryItOperation[] {
  if (!isObject(answer)) return [];
  const filled = session.operations.filter((op) => op.createdBy?.operationId === created.operationId);
  for (const op of filled) {
    const fields = fieldsOf(op, session);
    for (const parameter of op.parameters.filter((p) => p.in === "path")) {
      const identity = op.createdBy!.identity.find((i) => i.parameter === parameter.name);
      const value = identity
        ? identity.field
          ? answer[identity.field]
          : ((isObject(sentBody) ? sentBody[parameter.name] : undefined) ?? answer[parameter.name])
        : sent.values[parameter.name];
      if (typeof value === "string" || typeof value === "number") fields.values[parameter.name] = String(value);
    }
  }
  return filled;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The stand-in token sent to the in-page mock when the field is empty (the mock takes any token). */
const MOCK_TOKEN = "in-page-mock-token";

let ids = 0;

export function renderPanel(operation: TryItOperation, session: Session, close: () => void, openOther: (operationId: string) => void): HTMLElement {
  const id = `try-it-${++ids}`;
  const kept = fieldsOf(operation, session);

  const panel = element("section", { class: "try-it", "aria-label": `Try it: ${operation.summary}` });
  const title = element("h2", { tabindex: "-1" }, `Try it: ${operation.summary}`);
  const closeButton = element("button", { type: "button", class: "try-it-close", "aria-label": "Close Try it" }, "×");
  closeButton.addEventListener("click", close);
  panel.append(element("div", { class: "try-it-head" }, title, closeButton));
  panel.append(element("p", { class: "try-it-line" }, element("span", { class: "try-it-method" }, operation.method), " ", element("code", {}, operation.path)));

  // The mock keeps state: an item must be created before an operation on it finds it.
  let createHint: HTMLElement | undefined;
  if (operation.createdBy) {
    const { operationId, summary } = operation.createdBy;
    const create = element("button", { type: "button", class: "try-it-link" }, summary);
    create.addEventListener("click", () => openOther(operationId));
    createHint = element(
      "p",
      { class: "try-it-hint" },
      "The in-page mock keeps state, and this example's item may not be in it. ",
      create,
      " makes one, and this form then names it.",
    );
    panel.append(createHint);
  }

  const form = element("form", { class: "try-it-form", novalidate: "" });
  panel.append(form);

  // Where to send: the mock in this page, or GitHub.
  const target = element("fieldset", { class: "try-it-target" }, element("legend", {}, "Send to"));
  const radios = (["mock", "github"] as const).map((value) => {
    const radio = element("input", { type: "radio", name: `${id}-target`, value });
    radio.checked = session.target === value;
    target.append(element("label", {}, radio, value === "mock" ? " In-page mock" : " GitHub"));
    return radio;
  });
  form.append(target);

  const base = element("input", { type: "url", id: `${id}-base`, autocomplete: "off", spellcheck: "false" });
  base.value = session.githubBase;
  base.addEventListener("input", () => void (session.githubBase = base.value));
  const baseRow = row(
    `${id}-base`,
    "Base URL",
    base,
    "GitHub answers CORS: the request goes from this page straight to it, through no proxy. For GHE.com: https://api.SUBDOMAIN.ghe.com; for GHES: https://HOST/api/v3.",
  );
  form.append(baseRow);

  const token = element("input", { type: "password", id: `${id}-token`, autocomplete: "off", spellcheck: "false" });
  token.value = session.token;
  token.addEventListener("input", () => void (session.token = token.value));
  const tokenHint = element("small", { id: `${id}-token-hint` });
  token.setAttribute("aria-describedby", tokenHint.id);
  form.append(row(`${id}-token`, "Token", token, tokenHint));

  // The parameters, each labelled with its name and where it goes.
  if (operation.parameters.length > 0) {
    const parameters = element("fieldset", { class: "try-it-parameters" }, element("legend", {}, "Parameters"));
    for (const parameter of operation.parameters) {
      const fieldId = `${id}-p-${parameter.name}`;
      const field = parameter.choices
        ? select(
            parameter.choices.map((c) => [c, c]),
            parameter.required ? [] : [["", "(not sent)"]],
          )
        : element("input", { type: "text", spellcheck: "false" });
      field.id = fieldId;
      if (parameter.required) field.setAttribute("aria-required", "true");
      if (field instanceof HTMLInputElement && parameter.example !== undefined) field.placeholder = parameter.example;
      field.value = kept.values[parameter.name] ?? "";
      field.addEventListener("input", () => void (kept.values[parameter.name] = field.value));
      field.addEventListener("change", () => void (kept.values[parameter.name] = field.value));
      const label = `${parameter.name} (${parameter.in}${parameter.required ? ", required" : ""})`;
      parameters.append(row(fieldId, label, field, parameter.description));
    }
    form.append(parameters);
  }

  let body: HTMLTextAreaElement | undefined;
  if (operation.body !== undefined) {
    body = element("textarea", { id: `${id}-body`, rows: String(Math.min(14, operation.body.split("\n").length + 1)), spellcheck: "false" });
    body.value = kept.body;
    body.addEventListener("input", () => void (kept.body = body!.value));
    form.append(row(`${id}-body`, "Body (JSON)", body, "It starts as the operation's request example."));
  }

  // The answer to ask the mock for: each the description documents (GitHub's rate limits and server errors among them).
  const presets = select(
    operation.presets.map((p: TryItPreset) => [p.prefer, p.label]),
    [["", "As the mock answers the request"]],
  );
  presets.id = `${id}-prefer`;
  presets.value = kept.prefer;
  presets.addEventListener("change", () => void (kept.prefer = presets.value));
  const presetsRow = row(`${id}-prefer`, "Answer", presets, "Sent to the mock as a Prefer header: each answer the description documents for this operation.");
  form.append(presetsRow);

  const send = element("button", { type: "submit", class: "try-it-send" }, "Send");
  const reset = element("button", { type: "button" }, "Reset the mock");
  const actions = element("div", { class: "try-it-actions" }, send, reset);
  form.append(actions);

  const output = element("output", { class: "try-it-output", "aria-label": "Response", "aria-live": "polite" });
  form.append(output);

  const showTarget = () => {
    const mock = session.target === "mock";
    if (createHint) createHint.hidden = !mock;
    baseRow.hidden = mock;
    presetsRow.hidden = !mock;
    reset.hidden = !mock;
    tokenHint.textContent = mock
      ? "The in-page mock takes any token; left empty, the page sends it a stand-in. Kept in this page's memory only."
      : "Sent to GitHub in the Authorization header (left empty, none is sent, and GitHub answers 401). Kept in this page's memory only: never stored, never in a URL.";
  };
  for (const radio of radios) radio.addEventListener("change", () => ((session.target = radio.value as Session["target"]), showTarget()));
  showTarget();

  // While a request is out, Send and Reset say so and do nothing; they are not disabled, since a
  // disabled button loses the keyboard's focus to the page.
  let busy = false;
  const working = (on: boolean) => {
    busy = on;
    for (const button of [send, reset]) button.setAttribute("aria-disabled", String(on));
    if (on) output.setAttribute("aria-busy", "true");
    else output.removeAttribute("aria-busy");
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!busy) void sendRequest();
  });
  reset.addEventListener("click", async () => {
    if (busy) return;
    working(true);
    try {
      (await pageMock()).reset();
      show(output, { note: "The mock is back to how it started: what was created, changed or deleted is undone." });
    } catch (error) {
      show(output, { note: `The in-page mock could not start: ${(error as Error).message}`, error: true });
    } finally {
      working(false);
    }
  });

  async function sendRequest(): Promise<void> {
    const mock = session.target === "mock";
    const values: Form = {
      values: kept.values,
      body: body?.value ?? "",
      token: mock && session.token.trim() === "" ? MOCK_TOKEN : session.token,
      base: mock ? session.server : session.githubBase,
      prefer: mock ? kept.prefer : "",
    };
    let prepared;
    try {
      prepared = prepare(operation, values);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      return show(output, { note: `Not sent: ${error.message}`, error: true });
    }
    working(true);
    show(output, { note: mock ? "Sending to the in-page mock…" : "Sending to GitHub…" });
    const started = performance.now();
    try {
      const response = mock
        ? await (await pageMock()).fetch(prepared.url, prepared.init)
        : await fetch(prepared.url, { ...prepared.init, credentials: "omit", referrerPolicy: "no-referrer", cache: "no-store", mode: "cors" });
      const text = await response.text();
      // What a create made names the item in the forms of the operations on it (not an answer forced with Prefer).
      const filled =
        response.ok && values.prefer === "" ? fillFromCreated(operation, kept, parseJson(String(prepared.init.body ?? "")), parseJson(text), session) : [];
      show(output, {
        status: response.status,
        statusText: response.statusText || operation.presets.find((p) => p.status === response.status)?.answer || "",
        ms: performance.now() - started,
        line: `${operation.method} ${prepared.url}${mock ? " (answered in this page)" : ""}${prepared.init.headers.prefer ? `\nPrefer: ${prepared.init.headers.prefer}` : ""}`,
        headers: [...response.headers].sort(([a], [b]) => a.localeCompare(b)),
        body: text,
        github: !mock,
        filled: filled.map((op) => op.summary),
      });
    } catch (error) {
      show(output, {
        note: mock
          ? `The in-page mock could not answer: ${(error as Error).message}`
          : `No answer from ${new URL(prepared.url).origin}: the network failed or the browser refused the answer (CORS). ${(error as Error).message}`,
        error: true,
      });
    } finally {
      working(false);
    }
  }

  return panel;
}

interface Shown {
  note?: string;
  /** The note says why nothing was sent or answered. */
  error?: boolean;
  /** The operations whose forms now name what was created. */
  filled?: string[];
  status?: number;
  statusText?: string;
  ms?: number;
  line?: string;
  headers?: [string, string][];
  body?: string;
  github?: boolean;
}

/** Writes an answer (or a note) into the output, as text only: nothing of an answer becomes markup. */
function show(output: HTMLOutputElement, shown: Shown): void {
  output.replaceChildren();
  if (shown.note !== undefined) output.append(element("p", { class: shown.error ? "try-it-note try-it-error" : "try-it-note" }, shown.note));
  if (shown.status === undefined) return;
  const statusClass = shown.status < 300 ? "ok" : shown.status < 400 ? "redirect" : "error";
  output.append(
    element(
      "p",
      { class: `try-it-status try-it-status-${statusClass}` },
      `${shown.status} ${shown.statusText ?? ""}`.trim(),
      element("small", {}, ` ${Math.round(shown.ms ?? 0)} ms`),
    ),
    element("pre", { class: "try-it-sent" }, shown.line ?? ""),
  );
  const headers = element(
    "details",
    {},
    element("summary", {}, `Headers (${shown.headers!.length})`),
    element("pre", {}, shown.headers!.map(([n, v]) => `${n}: ${v}`).join("\n")),
  );
  if (shown.github) headers.append(element("small", {}, "A browser shows only the headers GitHub exposes to pages (CORS)."));
  output.append(headers);
  if (shown.filled?.length) output.append(element("p", { class: "try-it-filled" }, `Now naming what was created: ${shown.filled.join("; ")}.`));
  // Focusable: a long body scrolls within its box, which a keyboard must be able to reach (WCAG 2.1.1).
  output.append(element("pre", { class: "try-it-body", tabindex: "0" }, pretty(shown.body ?? "") || "(no body)"));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function row(id: string, label: string, field: HTMLElement, hint: string | HTMLElement): HTMLElement {
  const hintElement = typeof hint === "string" ? element("small", {}, hint) : hint;
  if (typeof hint === "string" && hint !== "") {
    hintElement.id = `${id}-hint`;
    field.setAttribute("aria-describedby", hintElement.id);
  }
  return element("div", { class: "try-it-row" }, element("label", { for: id }, label), field, hintElement);
}

function select(options: [string, string][], first: [string, string][]): HTMLSelectElement {
  const field = element("select", {});
  for (const [value, text] of [...first, ...options]) field.append(element("option", { value }, text));
  return field;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
