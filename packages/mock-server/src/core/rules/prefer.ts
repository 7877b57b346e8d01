// The `Prefer` header (RFC 7240) as the mock reads it: which answer a test wants, checked against what
// the description documents for the operation, so that a typo is a 400 and never a real-looking answer.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import type { Documented } from "../../engine/prism-engine.js";
import { RATE_LIMIT_EXAMPLES } from "../github-errors.js";
import { MAX_WAIT_MS, NETWORK_FAULTS, type NetworkFault } from "../injections/injection.js";
import { FAULT_CODES, type Fault } from "./faults.js";

export interface Preferences {
  code?: number;
  example?: string;
  fault?: "rate-limit" | NetworkFault;
  retryAfter?: number;
  dynamic?: boolean;
  /** `delay=MS`: the answer leaves this much later. */
  delay?: number;
  /** `drip-ms=MS`: how long `fault=drip` takes to send the body. */
  dripMs?: number;
}

/** How long a drip takes when `drip-ms` is not given. */
export const DEFAULT_DRIP_MS = 1000;
const FAULTS: readonly string[] = ["rate-limit", ...NETWORK_FAULTS];

/** Preferences of RFC 7240 that any HTTP client may send; they say nothing to a mock and are let be. */
const STANDARD = new Set(["return", "respond-async", "wait", "handling"]);
const KNOWN = ["code", "example", "fault", "retry-after", "dynamic", "delay", "drip-ms"];
/** The longest wait a test may ask for: an hour, as GitHub's primary limits reset within one. */
const MAX_RETRY_AFTER = 3600;

export type ParsedPrefer = { ok: true; preferences: Preferences } | { ok: false; message: string };

export function parsePrefer(header: string | null): ParsedPrefer {
  const preferences: Preferences = {};
  if (header === null || header.trim() === "") return { ok: true, preferences };
  const seen = new Set<string>();
  for (const part of header.split(",")) {
    if (part.trim() === "") continue; // RFC 7240 lets a list hold empty elements
    // A preference may carry parameters after ";" (RFC 7240). The mock's take none: one written there
    // (`code=429; retry-after=30`) would be lost without a word, so it is refused.
    const [token = "", ...parameters] = part.split(";");
    const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(?:=\s*(?:"([^"]*)"|([^\s"]*)))?\s*$/.exec(token);
    if (!match)
      return refuse(`Prefer: cannot read ${JSON.stringify(token.trim())}; write name=value pairs separated by commas, such as "code=404, example=not-found"`);
    const name = match[1]!.toLowerCase();
    const value = match[2] ?? match[3];
    if (STANDARD.has(name)) continue;
    if (parameters.length > 0)
      return refuse(`Prefer: "${name}" takes no parameters after ";"; separate preferences with commas, such as "code=429, retry-after=30"`);
    if (!KNOWN.includes(name)) return refuse(`Prefer: unknown preference "${name}"; the mock understands ${KNOWN.join(", ")}`);
    if (seen.has(name)) return refuse(`Prefer: "${name}" is given twice`);
    seen.add(name);
    if (value === undefined || value === "") return refuse(`Prefer: "${name}" needs a value`);
    switch (name) {
      case "code":
        if (!/^[1-5][0-9]{2}$/.test(value)) return refuse(`Prefer: code must be an HTTP status from 100 to 599, got "${value}"`);
        preferences.code = Number(value);
        break;
      case "example":
        preferences.example = value;
        break;
      case "fault":
        if (!FAULTS.includes(value))
          return refuse(
            `Prefer: fault must be ${FAULTS.map((f) => `"${f}"`)
              .join(", ")
              .replace(/, ([^,]+)$/, " or $1")}; got "${value}"`,
          );
        preferences.fault = value as Preferences["fault"];
        break;
      case "delay":
      case "drip-ms": {
        const ms = waitOf(value);
        if (ms === undefined) return refuse(`Prefer: ${name} must be a whole number of milliseconds from 0 to ${MAX_WAIT_MS}, got "${value}"`);
        if (name === "delay") preferences.delay = ms;
        else preferences.dripMs = ms;
        break;
      }
      case "retry-after":
        if (!/^[0-9]{1,5}$/.test(value) || Number(value) > MAX_RETRY_AFTER)
          return refuse(`Prefer: retry-after must be a whole number of seconds from 0 to ${MAX_RETRY_AFTER}, got "${value}"`);
        preferences.retryAfter = Number(value);
        break;
      case "dynamic":
        if (value !== "true" && value !== "false") return refuse(`Prefer: dynamic must be true or false, got "${value}"`);
        preferences.dynamic = value === "true";
        break;
    }
  }
  if (preferences.dripMs !== undefined && preferences.fault !== "drip") return refuse("Prefer: drip-ms goes with fault=drip");
  return { ok: true, preferences };
}

function waitOf(value: string): number | undefined {
  return /^[0-9]{1,5}$/.test(value) && Number(value) <= MAX_WAIT_MS ? Number(value) : undefined;
}

export type Choice =
  | { kind: "none" }
  | { kind: "documented"; code: number | undefined; exampleKey: string | undefined }
  | { kind: "fault"; fault: Fault }
  | { kind: "refused"; message: string };

/** What the preferences ask of this operation: a documented answer, one of GitHub's faults, or nothing it can give. */
export function choose(preferences: Preferences, operation: ModelOperation, answers: Documented[]): Choice {
  const { code, example, fault, retryAfter } = preferences;
  const documented = answers.map((answer) => answer.status).filter(Number.isInteger);
  const name = operation.operationId || `${operation.method.toUpperCase()} ${operation.path}`;
  const faultList = `GitHub's faults on every operation: code=${FAULT_CODES.join(", code=")}, and code=403 or code=429 with fault=rate-limit`;

  if (fault === "rate-limit") {
    if (example !== undefined) return { kind: "refused", message: "Prefer: fault=rate-limit takes no example" };
    const status = code ?? 403;
    if (status !== 403 && status !== 429) return { kind: "refused", message: `Prefer: fault=rate-limit answers 403 or 429, not code=${status}` };
    return { kind: "fault", fault: { kind: "primary-rate-limit", status, resetAfter: retryAfter } };
  }
  // The description's rate-limit examples are GitHub's faults: asked for by name, they come with the fault's headers.
  const limit = example === RATE_LIMIT_EXAMPLES.primary ? "primary" : example === RATE_LIMIT_EXAMPLES.secondary ? "secondary" : undefined;
  if (limit && (code === undefined || code === 403 || code === 429)) {
    const status = code ?? 403;
    return {
      kind: "fault",
      fault: limit === "primary" ? { kind: "primary-rate-limit", status, resetAfter: retryAfter } : { kind: "secondary-rate-limit", status, retryAfter },
    };
  }
  if (retryAfter !== undefined && code !== 429) return { kind: "refused", message: "Prefer: retry-after goes with code=429, or with fault=rate-limit" };
  // A fault code alone is GitHub's fault, with its headers, whether or not the description lists the status.
  if (code !== undefined && example === undefined && (FAULT_CODES as readonly number[]).includes(code))
    return { kind: "fault", fault: code === 429 ? { kind: "secondary-rate-limit", retryAfter } : { kind: "server-error", status: code as 500 | 502 | 503 } };
  if (code !== undefined && !documented.includes(code)) {
    return { kind: "refused", message: `Prefer: code=${code} is not documented for ${name}; documented: ${documented.join(", ")}. ${faultList}.` };
  }
  if (example !== undefined) {
    const holders = answers.filter((answer) => answer.examples.includes(example));
    const holder = code === undefined ? holders[0] : holders.find((answer) => answer.status === code);
    if (!holder) {
      const known = answers.flatMap((answer) => answer.examples.map((key) => `code=${answer.status} example=${key}`));
      return {
        kind: "refused",
        message: `Prefer: ${code === undefined ? "" : `code=${code} `}example=${example} is not documented for ${name}; its examples: ${known.join("; ") || "none"}`,
      };
    }
    return { kind: "documented", code: holder.status, exampleKey: example };
  }
  if (code !== undefined) return { kind: "documented", code, exampleKey: undefined };
  return { kind: "none" };
}

const refuse = (message: string): ParsedPrefer => ({ ok: false, message });
