// What the mock does to a request besides answering it as GitHub would: a delay, a network fault, or one of
// GitHub's transient statuses, asked for by the request itself (`Prefer`), a rule, seeded chaos or the latency
// profile. The steps that decide note each on the exchange; the core waits out the delays, the doors play the
// fault on their wire, and the journal keeps the list, so a test can see what its app met.

/**
 * The longest wait any injection may ask for, whoever asks (`Prefer: delay`/`drip-ms`, latency, a rule's
 * `delay`/`faultMs`, chaos's `delayMs`): a minute, past any client's sensible timeout; one bound, so that
 * a wait refused from one source is refused from every other.
 */
export const MAX_WAIT_MS = 60_000;

/** Who asked for an injection. */
export type InjectionSource = "prefer" | "rule" | "chaos" | "latency" | "replay";

/**
 * Network faults, as WireMock names its own: the connection reset before the answer (`reset`), accepted and
 * never answered (`hang`), the body sent slowly (`drip`), closed in the middle of the body (`truncate`),
 * closed without a status line (`empty`).
 */
export const NETWORK_FAULTS = ["reset", "hang", "drip", "truncate", "empty"] as const;
export type NetworkFault = (typeof NETWORK_FAULTS)[number];
/** The faults that end the exchange before a status line reaches the client: journalled with status null. */
export const NO_STATUS_FAULTS: ReadonlySet<NetworkFault> = new Set(["reset", "hang", "empty"]);

export type Injection =
  | { kind: "delay"; ms: number; source: InjectionSource; rule?: number }
  /** `ms`: how long a drip takes to send the body. */
  | { kind: "fault"; fault: NetworkFault; ms?: number; source: InjectionSource; rule?: number }
  /** A replayed answer (source "replay") names its cassette file and entry (1-based). */
  | { kind: "status"; status: number; example?: string; source: InjectionSource; rule?: number; cassette?: string; entry?: number };

/** What a door does on its wire instead of writing the answer whole. */
export interface Transport {
  fault: NetworkFault;
  /** For a drip: the time over which the body is sent. */
  ms?: number;
}

/** The injections as the request's log line ends: ` [rule 0: status 503; chaos: fault reset]`, or "" for none. */
export function injectionsNote(injected: readonly Injection[]): string {
  if (injected.length === 0) return "";
  const parts = injected.map((i) => {
    const who = i.source === "rule" ? `rule ${i.rule}` : i.source === "replay" && i.kind === "status" ? `replay ${i.cassette} entry ${i.entry}` : i.source;
    const what = i.kind === "delay" ? `delay ${i.ms} ms` : i.kind === "fault" ? `fault ${i.fault}` : `status ${i.status}${i.example ? ` (${i.example})` : ""}`;
    return `${who}: ${what}`;
  });
  return ` [${parts.join("; ")}]`;
}

/** The total wait the injections ask for before the answer leaves. */
export function delayOf(injected: readonly Injection[]): number {
  let ms = 0;
  for (const injection of injected) if (injection.kind === "delay") ms += injection.ms;
  return ms;
}

/** The network fault to play, if any: the first one noted (the steps note the request's own `Prefer` first). */
export function transportOf(injected: readonly Injection[]): Transport | undefined {
  const fault = injected.find((injection) => injection.kind === "fault");
  if (!fault) return undefined;
  return fault.ms === undefined ? { fault: fault.fault } : { fault: fault.fault, ms: fault.ms };
}
