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
