// The docs page's "Try it": a button on every operation Redoc renders, opening a panel (panel.ts) that
// sends the operation's request to the mock running in this page (mock.ts) or to GitHub. Everything
// it knows of the API is the model the build embeds (tools/src/generate/try-it-model.ts).
import type { TryItModel, TryItOperation } from "@copilot-spaces/tools/try-it-model";
import { renderPanel, type Session } from "./panel.js";

export const MODEL_SCRIPT_ID = "try-it-model";
const OPENER = "try-it-open";

const model = JSON.parse(document.getElementById(MODEL_SCRIPT_ID)!.textContent!) as TryItModel;
const session: Session = { target: "mock", githubBase: model.server, token: "", fields: new Map(), server: model.server, operations: model.operations };
/** Redoc's sections are found by their id, which ends with the operationId. */
const bySectionId = (sectionId: string) => model.operations.find((op) => sectionId.endsWith(`/${op.operationId}`));

let open: { operation: TryItOperation; panel: HTMLElement } | undefined;

function openPanel(operation: TryItOperation): void {
  open?.panel.remove();
  const panel = renderPanel(operation, session, closePanel, (operationId) => openPanel(model.operations.find((op) => op.operationId === operationId)!));
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closePanel();
  });
  panel.id = "try-it-panel";
  document.body.append(panel);
  open = { operation, panel };
  markOpeners();
  panel.querySelector("h2")!.focus();
}

function closePanel(): void {
  if (!open) return;
  const { operation } = open;
  open.panel.remove();
  open = undefined;
  markOpeners();
  opener(operation)?.focus();
}

const opener = (operation: TryItOperation) => document.querySelector<HTMLButtonElement>(`.${OPENER}[data-operation-id="${CSS.escape(operation.operationId)}"]`);

function markOpeners(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`.${OPENER}`)) {
    const expanded = open?.operation.operationId === button.dataset.operationId;
    button.setAttribute("aria-expanded", String(expanded));
    if (expanded) button.setAttribute("aria-controls", "try-it-panel");
    else button.removeAttribute("aria-controls");
  }
}

/** Puts a Try it button on each operation section Redoc has rendered that lacks one (Redoc renders lazily and re-renders). */
function addOpeners(): void {
  let added = false;
  for (const section of document.querySelectorAll<HTMLElement>("[data-item-kind=httpItem][data-section-id]")) {
    const operation = bySectionId(section.dataset.sectionId!);
    if (!operation || section.querySelector(`.${OPENER}`)) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = OPENER;
    button.dataset.operationId = operation.operationId;
    button.textContent = "Try it";
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", () => openPanel(operation));
    const actions = section.querySelector("[data-testid=page-actions]");
    if (actions) actions.prepend(button);
    else section.querySelector("h1, h2")?.after(button);
    added = true;
  }
  // A button Redoc re-rendered comes back in the panel's state.
  if (added) markOpeners();
}

let queued = false;
new MutationObserver(() => {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    addOpeners();
  });
}).observe(document.body, { childList: true, subtree: true });
addOpeners();
