// What changed between two bundles of the description, and what each change means for its users,
// with two verdicts (./change.ts): on the wire, by GitHub's published breaking-change policy, and for
// TypeScript users of the generated client. Each is `breaking`, `non-breaking` (additive: nobody has
// to use it) or `annotation` (words and examples); the change's level is the stronger. One rule per
// kind of change, each with a before/after test (tools/test/spec-diff.test.ts).
//
//   pnpm spec:diff [--base REF]    compares spec/dist/openapi.json with spec/released/openapi.json
//                                  (or with the bundle of the description at a git ref); exit 1 on a
//                                  breaking change (either verdict)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { operationsOf, resolvePointer, schemaRef, type Json, type ModelOperation } from "../model/bundle-model.ts";
import { readBundle, repoRoot } from "../model/paths.ts";
import { clientApiChanges } from "./api-diff.ts";
import { breakingSplit, changeOf, formatChanges, type Change, type Say } from "./change.ts";
import { compareRequestSchema, compareResponseSchema } from "./schema-changes.ts";
import { compareAccess, compareResponseHeaders } from "./wire-changes.ts";

const text = (value: unknown) => JSON.stringify(value);

/** Every change from `before` to `after`, classified. */
export function specDiff(before: Json, after: Json): Change[] {
  const changes: Change[] = [];
  const at: Say = (verdict, operation, where, what) => changes.push(changeOf(verdict, operation, where, what));
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

function compareOperation(before: Json, after: Json, old: ModelOperation, now: ModelOperation, say: Say): void {
  const id = old.operationId;
  // HTTP callers never send an operationId; the client's methods are named after it.
  if (old.operationId !== now.operationId)
    say({ wire: "annotation", typescript: "breaking", why: "the client's method is renamed" }, id, "operationId", `renamed to ${now.operationId}`);
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
      compareRequestSchema(before, after, schemaRef(old.requestBody.schemaPointer), schemaRef(now.requestBody.schemaPointer), id, "request body", say);
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
      compareResponseSchema(before, after, schemaRef(r.schemaPointer), schemaRef(s.schemaPointer), id, `${r.status} body`, say);
    else if (r.schemaPointer && !s.schemaPointer) say("breaking", id, `${r.status} body`, "removed");
    else if (!r.schemaPointer && s.schemaPointer) say("non-breaking", id, `${r.status} body`, "added");
    compareResponseHeaders(before, after, old, now, r.status, say);
  }
  for (const s of now.responses) if (!old.responses.some((r) => r.status === s.status)) say("non-breaking", id, `status ${s.status}`, "added");
  compareAccess(old.access, now.access, id, say);
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
    console.error(`\n${breaking} breaking${breakingSplit(changes)}: a release with them needs a major version (a minor while the packages are 0.x).`);
    process.exit(1);
  }
}
