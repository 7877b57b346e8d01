// The checks every part of a rules document or chaos setting shares, and the error that names the field.

/** A rules document or chaos setting refused: the message names the rule's index (or the setting) and the field. */
export class RulesError extends Error {
  override name = "RulesError";
}

export function whole(value: unknown, at: string, min: number, max: number, hint: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new RulesError(`${at}: expected a whole number from ${min} to ${max} (${hint}), got ${JSON.stringify(value)}`);
  return value;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function kind(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : (JSON.stringify(value) ?? typeof value);
}

/** Refuses what JSON cannot hold (a function, undefined, NaN, a Date, a cycle), naming where: a rule given in-process must mean what its JSON would. */
export function jsonOnly(value: unknown, at: string, depth = 0): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number" && Number.isFinite(value)) return;
  if (depth > 100) throw new RulesError(`${at}: nested deeper than 100 (a cycle?)`);
  if (Array.isArray(value)) return value.forEach((item, i) => jsonOnly(item, `${at}[${i}]`, depth + 1));
  if (isObject(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)) {
    for (const [key, inner] of Object.entries(value)) jsonOnly(inner, `${at}.${key}`, depth + 1);
    return;
  }
  if (value instanceof RegExp)
    throw new RulesError(
      `${at}: a RegExp is not supported in rules (a rule is JSON, shown back by GET /__mock/rules): match the whole value as sent, or check patterns afterwards with the assertions (assertReceived, toHaveReceived) on mock.requests()`,
    );
  throw new RulesError(`${at}: expected a JSON value, got ${value === undefined ? "undefined" : typeof value === "number" ? String(value) : typeof value}`);
}
