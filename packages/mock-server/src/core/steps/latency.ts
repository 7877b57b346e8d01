// The latency profile's step: first after routing, so that every routed request meets the network's
// time whatever it is answered (a 401 is as slow as a 200 over a real network). The draw is noted as a
// delay with source "latency"; the core waits it out, the journal shows it.
import type { Answer } from "../answer.js";
import type { MockContext, RoutedExchange } from "../exchange.js";

export function latency(x: RoutedExchange, mock: MockContext): Answer | undefined {
  const ms = mock.latency?.(x.operation.operationId);
  if (ms !== undefined) x.injected.push({ kind: "delay", ms, source: "latency" });
  return undefined;
}
