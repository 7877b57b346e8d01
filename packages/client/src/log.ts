// The client's log lines: one per attempt, per redirect and per retry, with the token redacted from
// the URL and the headers. A logger that throws must not turn an answered call into its error.
import { redactHeaders } from "./headers.js";
import type { Outgoing } from "./exchange.js";
import type { CallSettings, ClientSettings, Logger } from "./options.js";
import { shownUrl } from "./secrets.js";

export function safeLog(logger: Logger, message: string, details: Record<string, unknown>): void {
  try {
    logger.debug(message, details);
  } catch {
    // The log line is lost; the call goes on.
  }
}

/** One attempt's line: the request as sent (`outgoing`), which attempt, and how it ended (a status, a redirect, an error's message). */
export function logAttempt(client: ClientSettings, call: CallSettings, outgoing: Outgoing, attempt: number, started: number, outcome: string | number): void {
  if (!client.log) return;
  const durationMs = Math.round(performance.now() - started);
  const { method } = outgoing;
  const url = shownUrl(outgoing.url, client.secrets);
  safeLog(client.log, `${method} ${url} → ${outcome} in ${durationMs} ms (attempt ${attempt})`, {
    operation: call.operation,
    method,
    url,
    attempt,
    outcome,
    durationMs,
    headers: redactHeaders(outgoing.headers, client.secrets),
  });
}
