// The latency flags, read into the library's options: --latency SPEC for every request, and
// --latency-for OPERATION_ID=SPEC (repeatable) for one operation. SPEC: 100, 50-200 or p50=20,p95=200,p99=800.
import { profileOf } from "../core/injections/latency.js";
import type { MockOptions } from "../core/options.js";

type LatencyOptions = Pick<MockOptions, "latency" | "latencyByOperation">;

/** The options the flags ask for, or a message naming the flag and the rule. An unknown operationId is refused once the description is loaded. */
export function latencyOptions(flags: { latency?: string; "latency-for"?: string[] }): LatencyOptions | string {
  const options: LatencyOptions = {};
  try {
    if (flags.latency !== undefined) {
      profileOf(flags.latency, "--latency");
      options.latency = flags.latency;
    }
    for (const given of flags["latency-for"] ?? []) {
      const at = given.indexOf("=");
      const operationId = given.slice(0, at).trim();
      if (at < 1 || operationId === "") return `--latency-for: expected OPERATION_ID=LATENCY, such as copilot-spaces/list-for-org=500; got "${given}"`;
      const spec = given.slice(at + 1);
      profileOf(spec, `--latency-for ${operationId}`);
      options.latencyByOperation ??= {};
      if (operationId in options.latencyByOperation) return `--latency-for: ${operationId} is given twice`;
      options.latencyByOperation[operationId] = spec;
    }
  } catch (error) {
    return (error as Error).message;
  }
  return options;
}

/** The library's option names in a start-up error, as the CLI's user typed them. */
export function asFlags(message: string): string {
  return message
    .replace(/^latencyByOperation(?:\["([^"]*)"\])?:/, (_, id?: string) => (id ? `--latency-for ${id}:` : "--latency-for:"))
    .replace(/^latency:/, "--latency:");
}
