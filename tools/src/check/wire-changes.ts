// spec:diff's rules for what GitHub's breaking-change policy names and a schema does not hold: the
// headers of a response, and who may call an operation (`x-access`, read by the model).
// Policy: https://docs.github.com/en/rest/about-the-rest-api/breaking-changes ("Adding a response
// header" is additive; "Changing authentication or authorization requirements" is breaking).
import { resolveSchema, type Json, type ModelAccess, type ModelOperation } from "../model/bundle-model.ts";
import type { Say, Verdict } from "./change.ts";

const LEVEL_RANK = { read: 1, write: 2 } as const;

/** The response headers an operation declares for a status, by name (lower case: HTTP header names are not case-sensitive). */
function headersOf(bundle: Json, operation: ModelOperation, status: number): Map<string, Json> {
  const response = resolveSchema(bundle, (operation.operation.responses as Json | undefined)?.[String(status)]);
  const headers = (response.headers ?? {}) as Json;
  return new Map(Object.entries(headers).map(([name, node]) => [name.toLowerCase(), resolveSchema(bundle, node)]));
}

/**
 * A response header added is additive (the policy's "Adding a response header"); one removed breaks
 * a caller that reads it, as a response field removed does. Both change the generated client's
 * response types (openapi-typescript writes each status's `headers`) the same way.
 */
export function compareResponseHeaders(before: Json, after: Json, old: ModelOperation, now: ModelOperation, status: number, say: Say): void {
  const [was, is] = [headersOf(before, old, status), headersOf(after, now, status)];
  for (const name of was.keys()) if (!is.has(name)) say("breaking", old.operationId, `${status} header ${name}`, "removed");
  for (const [name, header] of is) {
    if (was.has(name)) continue;
    say("non-breaking", old.operationId, `${status} header ${name}`, header.required === true ? "added (always sent)" : "added");
  }
}

/**
 * Who may call the operation. The policy lists "Changing authentication or authorization requirements"
 * as breaking without a direction; it defines breaking changes as those that "can potentially break an
 * integration". A requirement added or raised, or a token kind no longer accepted, turns a call that
 * worked into a 403: breaking. A requirement dropped or lowered, or a token kind newly accepted, is
 * classified additive here: every call that worked still works (the only new outcome is a 200 where
 * there was a 403), which the policy's own definition does not count as breaking; it is the same reading
 * the policy gives enum values (removing breaks, adding does not). The generated client's types do not
 * carry these rules, so for TypeScript users they are no change.
 */
export function compareAccess(old: ModelAccess | undefined, now: ModelAccess | undefined, id: string, say: Say): void {
  const wire = (level: "breaking" | "non-breaking", why: string): Verdict => ({ wire: level, typescript: "annotation", why });
  const tighter = wire("breaking", "the policy's “changing authentication or authorization requirements”: a call that worked gets a 403");
  const looser = wire("non-breaking", "a requirement relaxed: every call that worked still does (see wire-changes.ts)");
  if (!old && !now) return;
  if (!old || !now) {
    // The description states (or stops stating) rules GitHub already had: the API did not change.
    if (now)
      say(wire("non-breaking", "the description now states what GitHub requires; GitHub's rules did not change"), id, "x-access", "access rules declared");
    else say(wire("non-breaking", "the description no longer states the rules; GitHub's did not change"), id, "x-access", "access rules no longer declared");
    return;
  }
  for (const kind of old.tokenKinds) if (!now.tokenKinds.includes(kind)) say(tighter, id, "x-access token kinds", `${kind} no longer accepted`);
  for (const kind of now.tokenKinds) if (!old.tokenKinds.includes(kind)) say(looser, id, "x-access token kinds", `${kind} now accepted`);
  // Every listed scope is required, so one more asks more of a token and one fewer asks less.
  for (const scope of now.scopes) if (!old.scopes.includes(scope)) say(tighter, id, "x-access scopes", `scope ${scope} now required`);
  for (const scope of old.scopes) if (!now.scopes.includes(scope)) say(looser, id, "x-access scopes", `scope ${scope} no longer required`);
  for (const [name, level] of Object.entries(now.permissions)) {
    const before = old.permissions[name];
    if (!before) say(tighter, id, "x-access permissions", `${name}=${level} now required`);
    else if (LEVEL_RANK[level] > LEVEL_RANK[before]) say(tighter, id, "x-access permissions", `${name} raised from ${before} to ${level}`);
    else if (LEVEL_RANK[level] < LEVEL_RANK[before]) say(looser, id, "x-access permissions", `${name} lowered from ${before} to ${level}`);
  }
  for (const name of Object.keys(old.permissions)) {
    if (!(name in now.permissions)) say(looser, id, "x-access permissions", `${name}=${old.permissions[name]} no longer required`);
  }
  if (old.assumed !== now.assumed || old.source !== now.source) say("annotation", id, "x-access", "where the rules come from reworded");
}
