// runLiveContract: the contract cases run against any server that claims to be the API (api.github.com, a
// GHE.com `api.SUBDOMAIN.ghe.com`, a GHES `https://HOST/api/v3`, the kit's mock). Read-only by default;
// the round trips only with allowWrites and an explicit owner. Every answer is checked against the
// description and counted in a ViolationReport, as the proxy counts what it forwards.
import { operationsOf } from "@copilot-spaces/tools/bundle-model";
import { loadBundle } from "../core/load-bundle.js";
import { API_VERSION_HEADER } from "../core/rules/http-rules.js";
import { ViolationReport } from "../conformance/report.js";
import { createEngine } from "../engine/prism-engine.js";
import { collectionsOf, topLevel } from "./collections.js";
import { readEverything } from "./read-only.js";
import { type LeftBehind, roundTrips } from "./round-trip.js";
import type { Wire } from "./wire.js";

export type { LeftBehind } from "./round-trip.js";

export interface LiveContractOptions {
  /** Where the description's paths sit: `https://api.github.com`, `https://HOST/api/v3`, `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer`; never written anywhere. */
  token: string;
  /** The organization whose collections are read (and, with allowWrites, written). */
  org?: string;
  /** The user whose collections are read (and, with allowWrites, written). */
  user?: string;
  /** Run the create → get → list → set → get → delete round trips too; default false (GETs only). */
  allowWrites?: boolean;
  /** Items read from each list, its pages followed until then; default 100. */
  maxItems?: number;
  /** The page size asked for, small so that paging is exercised; default 5. */
  perPage?: number;
  /** How long one answer may take, in ms; default 30,000. */
  timeoutMs?: number;
  /** `X-GitHub-Api-Version`; default: the description's default. */
  apiVersion?: string;
  /** A bundle of the description to check against; default: the one `@copilot-spaces/openapi` ships. */
  specPath?: string;
  /**
   * Request bodies for the round trips, by the operationId of a create or set, in place of the description's
   * example (which names things a real owner may not have: a user to add, a repository's file to attach).
   */
  bodies?: Record<string, unknown>;
}

export interface LiveContractResult {
  /** True when every answer met the description, every step succeeded and nothing was left behind. */
  passed: boolean;
  report: ViolationReport;
  /** What the run created and could not delete: look at these URLs. */
  leftBehind: LeftBehind[];
  /** Errors that stopped a round trip (not answers). */
  failures: string[];
  /** What the run could not check, and why (a list read only in part). */
  notes: string[];
}

/** A bad option, named with the rule it breaks; the CLI exits 2 on it. */
export class ContractUsageError extends Error {
  override name = "ContractUsageError";
}

/** GitHub's owner URLs: `/orgs/NAME/…` and `/users/LOGIN/…` (docs.github.com/rest). */
const OWNER_KINDS = { org: "orgs", user: "users" } as const;

export async function runLiveContract(options: LiveContractOptions): Promise<LiveContractResult> {
  const base = baseUrlOf(options.baseUrl);
  if (typeof options.token !== "string" || options.token.trim() === "") throw new ContractUsageError("token: must be a non-empty string");
  const owners = new Map<string, string>();
  for (const [option, kind] of Object.entries(OWNER_KINDS) as [keyof typeof OWNER_KINDS, string][]) {
    const value = options[option];
    if (value === undefined) continue;
    if (typeof value !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value))
      throw new ContractUsageError(`${option}: ${JSON.stringify(value)} is not a login`);
    owners.set(kind, value);
  }
  if (owners.size === 0) {
    const what = options.allowWrites ? "allowWrites writes only to an owner named explicitly" : "the API lists a given owner's collections only";
    throw new ContractUsageError(`org or user: at least one owner is required (${what})`);
  }
  const maxItems = positive("maxItems", options.maxItems, 100);
  const perPage = positive("perPage", options.perPage, 5);
  const timeoutMs = positive("timeoutMs", options.timeoutMs, 30_000);

  let bundle: ReturnType<typeof loadBundle>;
  try {
    bundle = loadBundle(options.specPath);
  } catch (error) {
    throw new ContractUsageError((error as Error).message);
  }
  const model = operationsOf(bundle);
  const all = collectionsOf(model);
  for (const [option, kind] of Object.entries(OWNER_KINDS))
    if (owners.has(kind) && !topLevel(all).some((c) => c.ownerKind === kind))
      throw new ContractUsageError(`${option}: the description has no collection under /${kind}/{…}`);
  const writes = model.filter((m) => m.resource?.action === "create" || m.resource?.action === "set").map((m) => m.operationId);
  for (const [operationId, body] of Object.entries(options.bodies ?? {})) {
    if (!writes.includes(operationId))
      throw new ContractUsageError(`bodies: ${JSON.stringify(operationId)} is not a create or set of the description (${writes.join(", ")})`);
    if (typeof body !== "object" || body === null) throw new ContractUsageError(`bodies: the body for ${operationId} must be a JSON object`);
  }
  const versionParameter = model.flatMap((m) => m.parameters).find((p) => p.in === "header" && p.name.toLowerCase() === API_VERSION_HEADER.toLowerCase());
  const apiVersion = options.apiVersion ?? (versionParameter?.schema.default as string | undefined);
  if (apiVersion === undefined) throw new ContractUsageError(`apiVersion: the description gives no default ${API_VERSION_HEADER}; name one`);
  const report = new ViolationReport(`${base.origin}${base.pathname.replace(/\/+$/, "")}`);
  const wire: Wire = {
    engine: await createEngine(bundle, model),
    report,
    base,
    token: options.token,
    apiVersion,
    timeoutMs,
    methods: new Set(options.allowWrites ? ["GET", "POST", "PUT", "PATCH", "DELETE"] : ["GET"]),
  };
  const limits = { maxItems, perPage };
  const notes: string[] = [];
  const failures: string[] = [];
  const leftBehind: LeftBehind[] = [];
  await readEverything(wire, all, owners, limits);
  if (options.allowWrites)
    await roundTrips({ wire, all, limits, runId: runIdOf(), bodies: new Map(Object.entries(options.bodies ?? {})), notes, failures, leftBehind }, owners);
  return { passed: report.violations === 0 && failures.length === 0 && leftBehind.length === 0, report, leftBehind, failures, notes };
}

/** The summary a person reads: per operation, answers checked and violations; then each violation, and what was left behind. */
export function summaryOf(result: LiveContractResult): string[] {
  const json = result.report.toJSON();
  const width = Math.max(...json.operations.map((o) => (o.operationId ?? "(no operation)").length), 9);
  const lines = [`${"operation".padEnd(width)}  checked  violations`];
  for (const o of json.operations)
    lines.push(`${(o.operationId ?? "(no operation)").padEnd(width)}  ${String(o.exchanges).padStart(7)}  ${String(o.violations).padStart(10)}`);
  lines.push(`${json.exchanges} answers checked against ${json.target}, ${json.violations} violation(s)`);
  for (const o of json.operations)
    for (const v of o.distinct)
      lines.push(`  ${o.operationId ?? "(no operation)"} ${v.rule} at ${v.location}${v.count > 1 ? ` (${v.count}×)` : ""}: ${v.message}`);
  for (const f of result.failures) lines.push(`FAILED: ${f}`);
  for (const l of result.leftBehind) lines.push(`LEFT BEHIND: ${l.url} (${l.operationId}): ${l.why}; delete it by hand`);
  for (const n of result.notes) lines.push(`note: ${n}`);
  return lines;
}

function baseUrlOf(value: unknown): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new ContractUsageError(`baseUrl: ${JSON.stringify(String(value))} is not a URL (e.g. https://api.github.com or https://HOST/api/v3)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ContractUsageError(`baseUrl: must be http or https, not ${url.protocol}`);
  if (url.username !== "" || url.password !== "") throw new ContractUsageError("baseUrl: must not hold credentials (the token comes from its own option)");
  if (url.search !== "" || url.hash !== "") throw new ContractUsageError("baseUrl: must have no query or fragment");
  return url;
}

function positive(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new ContractUsageError(`${option}: must be a whole number of at least 1, not ${String(value)}`);
  return value;
}

/** Marks what one run creates: the time and a random part, so that two runs at once are told apart. */
const runIdOf = () => `${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, "")}-${Math.random().toString(36).slice(2, 8)}`;
