// What changed between two bundles of the description, and what each change means for its users:
// `breaking` (an HTTP caller or a TypeScript user of the generated client breaks), `non-breaking`
// (something added that nobody has to use), `annotation` (words and examples). The rules are this
// project's own, one per kind of change, each with a before/after test (tools/test/spec-diff.test.ts).
//
//   pnpm spec:diff [--base REF]    compares spec/dist/openapi.json with spec/released/openapi.json
//                                  (or with the bundle of the description at a git ref); exit 1 on a
//                                  breaking change
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { operationsOf, resolvePointer, resolveSchema, type Json, type ModelOperation } from "./bundle-model.ts";
import { readBundle, repoRoot } from "./paths.ts";

export type Level = "breaking" | "non-breaking" | "annotation";

export interface Change {
  level: Level;
  /** The operationId, or "(document)". */
  operation: string;
  /** Where, as a reader finds it: "request field resources_attributes[].id", "200 body .spaces[].name". */
  at: string;
  /** What changed, in a few words. */
  what: string;
}

/** A schema as the diff compares it: references followed, `allOf` parts merged. */
interface Shape {
  types: string[];
  enum?: string[];
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  properties: Record<string, unknown>;
  required: string[];
  items?: unknown;
  /** How many anyOf/oneOf alternatives. */
  variants: number;
}

function shape(document: unknown, schema: unknown, depth = 0): Shape {
  const node = resolveSchema(document, schema);
  const merged: Shape = {
    types: ([] as unknown[]).concat(node.type ?? []).map(String),
    properties: { ...((node.properties ?? {}) as Json) },
    required: [...((node.required as string[] | undefined) ?? [])],
    variants: 0,
  };
  if (Array.isArray(node.enum)) merged.enum = node.enum.map(String);
  for (const key of ["format"] as const) if (typeof node[key] === "string") merged[key] = node[key] as string;
  for (const key of ["minimum", "maximum", "maxLength", "minLength"] as const) if (typeof node[key] === "number") merged[key] = node[key] as number;
  if (node.items !== undefined) merged.items = node.items;
  if (depth > 8) return merged;
  for (const part of (node.allOf as unknown[] | undefined) ?? []) {
    const inner = shape(document, part, depth + 1);
    Object.assign(merged.properties, inner.properties);
    merged.required.push(...inner.required);
    if (merged.types.length === 0) merged.types = inner.types;
  }
  // Alternatives: their properties are compared together, and each one's types count (a `{type:
  // "null"}` part makes the value nullable); how many there are is compared too (a new one widens).
  const alternatives = [...((node.anyOf as unknown[] | undefined) ?? []), ...((node.oneOf as unknown[] | undefined) ?? [])];
  merged.variants = alternatives.length;
  for (const part of alternatives) {
    const inner = shape(document, part, depth + 1);
    Object.assign(merged.properties, inner.properties);
    for (const type of inner.types) if (!merged.types.includes(type)) merged.types.push(type);
  }
  if (merged.types.length === 0 && Object.keys(merged.properties).length > 0) merged.types = ["object"];
  return merged;
}

const text = (value: unknown) => JSON.stringify(value);
const added = <T>(before: T[], after: T[]) => after.filter((v) => !before.includes(v));
const removed = <T>(before: T[], after: T[]) => before.filter((v) => !after.includes(v));

/** Every change from `before` to `after`, classified. */
export function specDiff(before: Json, after: Json): Change[] {
  const changes: Change[] = [];
  const at = (level: Level, operation: string, where: string, what: string) => changes.push({ level, operation, at: where, what });
  const was = operationsOf(before);
  const now = operationsOf(after);
  const key = (o: ModelOperation) => `${o.method} ${o.path}`;

  for (const old of was) {
    const same = now.find((o) => key(o) === key(old));
    if (!same) {
      const renamed = now.find((o) => o.operationId === old.operationId);
      if (renamed) at("breaking", old.operationId, "path", `moved from ${key(old)} to ${key(renamed)}`);
      else at("breaking", old.operationId, "operation", `removed (${key(old)})`);
      continue;
    }
    compareOperation(before, after, old, same, at);
  }
  for (const fresh of now) {
    if (!was.some((o) => key(o) === key(fresh) || o.operationId === fresh.operationId))
      at("non-breaking", fresh.operationId, "operation", `added (${key(fresh)})`);
  }
  if (text((before.info as Json | undefined)?.description) !== text((after.info as Json | undefined)?.description))
    at("annotation", "(document)", "info.description", "reworded");
  return changes;
}

type Say = (level: Level, operation: string, where: string, what: string) => void;

function compareOperation(before: Json, after: Json, old: ModelOperation, now: ModelOperation, say: Say): void {
  const id = old.operationId;
  // A method is named after its operationId: a new one renames a client method.
  if (old.operationId !== now.operationId) say("breaking", id, "operationId", `renamed to ${now.operationId} (the client's method is renamed)`);
  for (const key of ["summary", "description"] as const) {
    if (text(old.operation[key]) !== text(now.operation[key])) say("annotation", id, key, "reworded");
  }

  for (const p of old.parameters) {
    const q = now.parameters.find((n) => n.in === p.in && n.name === p.name);
    if (!q) {
      const renamed =
        p.in === "path" ? now.parameters.find((n) => n.in === "path" && !old.parameters.some((o) => o.in === "path" && o.name === n.name)) : undefined;
      if (renamed) say("breaking", id, `${p.in} parameter ${p.name}`, `renamed to ${renamed.name} (the client's parameter is renamed)`);
      else say("breaking", id, `${p.in} parameter ${p.name}`, "removed");
      continue;
    }
    if (!p.required && q.required) say("breaking", id, `${p.in} parameter ${p.name}`, "made required");
    compareRequestSchema(before, after, p.schema, q.schema, id, `${p.in} parameter ${p.name}`, say);
    if (text(p.node.description) !== text(q.node.description)) say("annotation", id, `${p.in} parameter ${p.name}`, "description reworded");
  }
  for (const q of now.parameters) {
    if (old.parameters.some((p) => p.in === q.in && p.name === q.name)) continue;
    if (q.in === "path" && old.parameters.some((p) => p.in === "path" && !now.parameters.some((n) => n.in === "path" && n.name === p.name))) continue; // a rename, said above
    say(q.required ? "breaking" : "non-breaking", id, `${q.in} parameter ${q.name}`, q.required ? "added as required" : "added (optional)");
  }

  const json = (doc: Json, pointer: string) => {
    try {
      resolvePointer(doc, `#${pointer}`);
      return true;
    } catch {
      return false;
    }
  };
  if (old.requestBody && now.requestBody) {
    if (!old.requestBody.required && now.requestBody.required) say("breaking", id, "request body", "made required");
    const [a, b] = [json(before, old.requestBody.schemaPointer), json(after, now.requestBody.schemaPointer)];
    if (a && b)
      compareRequestSchema(
        before,
        after,
        { $ref: `#${old.requestBody.schemaPointer}` },
        { $ref: `#${now.requestBody.schemaPointer}` },
        id,
        "request body",
        say,
      );
    else if (a !== b) say("breaking", id, "request body", `media type changed (${a ? "no longer" : "now"} application/json)`);
  } else if (!old.requestBody && now.requestBody) {
    say(now.requestBody.required ? "breaking" : "non-breaking", id, "request body", now.requestBody.required ? "added as required" : "added (optional)");
  } else if (old.requestBody && !now.requestBody) say("breaking", id, "request body", "removed");

  for (const r of old.responses) {
    const s = now.responses.find((n) => n.status === r.status);
    if (!s) {
      say("breaking", id, `status ${r.status}`, "removed");
      continue;
    }
    if (r.description !== s.description) say("annotation", id, `status ${r.status}`, "description reworded");
    if (text(r.examples) !== text(s.examples)) say("annotation", id, `status ${r.status}`, "examples changed");
    if (r.schemaPointer && s.schemaPointer)
      compareResponseSchema(before, after, { $ref: `#${r.schemaPointer}` }, { $ref: `#${s.schemaPointer}` }, id, `${r.status} body`, say);
    else if (r.schemaPointer && !s.schemaPointer) say("breaking", id, `${r.status} body`, "removed");
    else if (!r.schemaPointer && s.schemaPointer) say("non-breaking", id, `${r.status} body`, "added");
  }
  for (const s of now.responses) if (!old.responses.some((r) => r.status === s.status)) say("non-breaking", id, `status ${s.status}`, "added");
}

/** A request schema: what callers send. Accepting less breaks them; accepting more does not. */
function compareRequestSchema(before: Json, after: Json, a: unknown, b: unknown, id: string, where: string, say: Say, depth = 0): void {
  if (depth > 8) return;
  const x = shape(before, a);
  const y = shape(after, b);
  // No type is any type.
  if (x.types.length === 0 && y.types.length > 0) say("breaking", id, where, `now limited to ${y.types.join("|")}`);
  else if (x.types.length > 0 && y.types.length === 0) say("non-breaking", id, where, "type no longer limited");
  else if (removed(x.types, y.types).length > 0) say("breaking", id, where, `type narrowed or changed from ${x.types.join("|")} to ${y.types.join("|")}`);
  else if (added(x.types, y.types).length > 0) say("non-breaking", id, where, `type widened to ${y.types.join("|")}`);
  if (x.format !== y.format && y.format !== undefined) say("breaking", id, where, `format ${x.format ?? "(none)"} → ${y.format}`);
  if (x.enum || y.enum) {
    const gone = x.enum ? removed(x.enum, y.enum ?? []) : [];
    if (!x.enum && y.enum) say("breaking", id, where, `now limited to ${y.enum.join("|")}`);
    else if (y.enum && gone.length > 0) say("breaking", id, where, `enum value${gone.length > 1 ? "s" : ""} ${gone.join(", ")} removed`);
    const more = x.enum && y.enum ? added(x.enum, y.enum) : [];
    if (more.length > 0) say("non-breaking", id, where, `enum value${more.length > 1 ? "s" : ""} ${more.join(", ")} added`);
  }
  for (const bound of ["minimum", "minLength"] as const) {
    if (y[bound] !== undefined && (x[bound] === undefined || y[bound]! > x[bound]!)) say("breaking", id, where, `${bound} tightened to ${y[bound]}`);
  }
  for (const bound of ["maximum", "maxLength"] as const) {
    if (y[bound] !== undefined && (x[bound] === undefined || y[bound]! < x[bound]!)) say("breaking", id, where, `${bound} tightened to ${y[bound]}`);
  }
  for (const name of added(x.required, y.required)) {
    say("breaking", id, field(where, name), name in x.properties ? "made required" : "added as required");
  }
  for (const [name, property] of Object.entries(y.properties)) {
    if (!(name in x.properties)) {
      if (!y.required.includes(name)) say("non-breaking", id, field(where, name), "added (optional)");
      continue;
    }
    compareRequestSchema(before, after, x.properties[name], property, id, field(where, name), say, depth + 1);
  }
  for (const name of Object.keys(x.properties)) if (!(name in y.properties)) say("breaking", id, field(where, name), "removed");
  if (x.items !== undefined && y.items !== undefined) compareRequestSchema(before, after, x.items, y.items, id, `${where}[]`, say, depth + 1);
}

/**
 * A response schema: what callers read. Taking something away breaks HTTP callers; making it optional,
 * nullable or wider breaks TypeScript users of the generated client (their code no longer compiles).
 */
function compareResponseSchema(before: Json, after: Json, a: unknown, b: unknown, id: string, where: string, say: Say, depth = 0): void {
  if (depth > 8) return;
  const x = shape(before, a);
  const y = shape(after, b);
  const widened = added(x.types, y.types);
  // No type is any type: losing it widens the value to anything.
  if (x.types.length > 0 && y.types.length === 0) say("breaking", id, where, "type no longer said (TypeScript users get unknown)");
  else if (x.types.length > 0 && removed(x.types, y.types).length > 0)
    say("breaking", id, where, `type changed from ${x.types.join("|")} to ${y.types.join("|")}`);
  else if (x.types.length > 0 && widened.includes("null")) say("breaking", id, where, "made nullable (TypeScript users must handle null)");
  else if (x.types.length > 0 && widened.length > 0) say("breaking", id, where, `type widened to ${y.types.join("|")} (TypeScript users must handle it)`);
  if (y.variants > x.variants && x.variants > 0)
    say("breaking", id, where, `alternative added (${x.variants} → ${y.variants}; TypeScript users must handle it)`);
  if (x.format !== y.format && x.format !== undefined) say("breaking", id, where, `format ${x.format} → ${y.format ?? "(none)"}`);
  if (x.enum && y.enum) {
    const more = added(x.enum, y.enum);
    if (more.length > 0)
      say(
        "breaking",
        id,
        where,
        `enum value${more.length > 1 ? "s" : ""} ${more.join(", ")} added (TypeScript users must handle ${more.length > 1 ? "them" : "it"})`,
      );
    const gone = removed(x.enum, y.enum);
    if (gone.length > 0) say("non-breaking", id, where, `enum value${gone.length > 1 ? "s" : ""} ${gone.join(", ")} no longer sent`);
  } else if (x.enum && !y.enum) say("breaking", id, where, "no longer limited to an enum (TypeScript users must handle any value)");
  for (const name of removed(x.required, y.required)) {
    if (name in y.properties) say("breaking", id, field(where, name), "made optional (TypeScript users must handle its absence)");
  }
  for (const [name, property] of Object.entries(y.properties)) {
    if (!(name in x.properties)) {
      say("non-breaking", id, field(where, name), "added");
      continue;
    }
    compareResponseSchema(before, after, x.properties[name], property, id, field(where, name), say, depth + 1);
  }
  for (const name of Object.keys(x.properties)) if (!(name in y.properties)) say("breaking", id, field(where, name), "removed");
  if (x.items !== undefined && y.items !== undefined) compareResponseSchema(before, after, x.items, y.items, id, `${where}[]`, say, depth + 1);
}

const field = (where: string, name: string) =>
  where === "request body" ? `request field ${name}` : where.endsWith(" body") ? `${where} .${name}` : `${where}.${name}`;

/**
 * The client's public types against their committed snapshot (packages/client/api/index.d.ts), so that
 * a generator or openapi-typescript upgrade is classified like a change to the description: a
 * declaration line gone or changed is breaking for TypeScript users, one only added is not, comments
 * are annotations.
 */
export function apiDiff(snapshot: string, built: string): Change[] {
  const lines = (text: string) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
  const isComment = (line: string) => /^(\/\*\*?|\*|\/\/)/.test(line);
  const count = (list: string[]) => list.reduce((m, line) => m.set(line, (m.get(line) ?? 0) + 1), new Map<string, number>());
  const before = count(lines(snapshot));
  const after = count(lines(built));
  const changes: Change[] = [];
  const shown = (line: string) => (line.length > 120 ? `${line.slice(0, 119)}…` : line);
  for (const [line, n] of before) {
    if ((after.get(line) ?? 0) >= n) continue;
    changes.push({
      level: isComment(line) ? "annotation" : "breaking",
      operation: "(client API)",
      at: shown(line),
      what: isComment(line) ? "comment changed" : "declaration removed or changed (TypeScript users' code may no longer compile)",
    });
  }
  for (const [line, n] of after) {
    if ((before.get(line) ?? 0) >= n) continue;
    if (!isComment(line)) changes.push({ level: "non-breaking", operation: "(client API)", at: shown(line), what: "declaration added" });
  }
  return changes;
}

export const apiSnapshotPath = resolve(repoRoot, "packages/client/api/index.d.ts");
export const builtApiPath = resolve(repoRoot, "packages/client/dist/index.d.ts");

/** The client API's changes, or a note when the client is not built. */
export function clientApiChanges(): { changes: Change[]; note?: string } {
  if (!existsSync(builtApiPath)) return { changes: [], note: "the client is not built: its public types were not compared (pnpm build)" };
  return { changes: apiDiff(readFileSync(apiSnapshotPath, "utf8"), readFileSync(builtApiPath, "utf8")) };
}

/** One line per change: level, operation, location, what. */
export function formatChanges(changes: Change[]): string {
  return changes.map((c) => `${c.level.padEnd(12)} ${c.operation}  ${c.at}: ${c.what}`).join("\n");
}

/** The bundle of the description at a git ref: its spec/ exported to a scratch folder and bundled there. */
function bundleAt(ref: string): Json {
  const scratch = mkdtempSync(resolve(tmpdir(), "spec-diff-"));
  try {
    execFileSync("sh", ["-c", `git archive ${JSON.stringify(ref)} spec redocly.yaml | tar -x -C ${JSON.stringify(scratch)}`], {
      cwd: repoRoot,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const redocly = resolve(repoRoot, "spec/node_modules/.bin/redocly");
    const out = resolve(scratch, "openapi.json");
    execFileSync(redocly, ["bundle", resolve(scratch, "spec/openapi.yaml"), "--output", out, "--ext", "json"], {
      cwd: scratch,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    });
    return JSON.parse(readFileSync(out, "utf8")) as Json;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const releasedBundlePath = resolve(repoRoot, "spec/released/openapi.json");
/** The description as last released: the baseline that spec:diff, spec:gate and the changelog start from. */
export const readReleasedBundle = (): Json => JSON.parse(readFileSync(releasedBundlePath, "utf8")) as Json;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--base");
  const ref = at < 0 ? undefined : process.argv[at + 1];
  const base = ref ? bundleAt(ref) : readReleasedBundle();
  const api = ref ? { changes: [] as Change[], note: "with --base the client's public types are not compared" } : clientApiChanges();
  const changes = [...specDiff(base, readBundle() as unknown as Json), ...api.changes];
  if (api.note) console.log(`(${api.note})`);
  const from = ref ? `the description at ${ref}` : "the last release (spec/released/openapi.json, packages/client/api/index.d.ts)";
  if (changes.length === 0) console.log(`No change to the description since ${from}.`);
  else console.log(`${changes.length} change${changes.length > 1 ? "s" : ""} since ${from}:\n${formatChanges(changes)}`);
  const breaking = changes.filter((c) => c.level === "breaking").length;
  if (breaking > 0) {
    console.error(`\n${breaking} breaking: a release with them needs a major version (a minor while the packages are 0.x).`);
    process.exit(1);
  }
}
