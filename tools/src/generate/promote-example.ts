// pnpm spec:promote-example <cassette> <exchange> <name>: a recorded answer (an entry of a proxy's HAR cassette,
// numbered from 1 in recorded order) becomes a named example of the description: spec/components/examples/<name>.yaml,
// referenced from the response of the operation it was routed to (in its path file, or in the shared
// components/responses file that response `$ref`s). The entry is sanitized again first (the mock's Sanitizer, the
// client's token pattern), the body is checked against the response's schema, and the YAML is edited with the
// `yaml` package's Document API, so comments and layout stay. `pnpm build` and the spec's example check then see it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import { parseDocument } from "yaml";
import { Sanitizer } from "../../../packages/mock-server/src/cassettes/sanitize.ts";
import type { HarEntry } from "../../../packages/mock-server/src/cassettes/har.ts";
import { operationsOf, resolvePointer, type ModelOperation } from "../model/bundle-model.ts";
import { BundleValidator } from "../model/bundle-validator.ts";
import type { OpenApiDocument } from "../model/paths.ts";
import { repoRoot } from "../model/paths.ts";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const JSON_MEDIA = "application/json";

export class PromoteError extends Error {
  override name = "PromoteError";
}

export interface PromoteOptions {
  /** The description's folder (spec/), whose dist/openapi.json is its current bundle. */
  specDir: string;
  cassette: string;
  /** The entry's number in the cassette, from 1. */
  exchange: number;
  name: string;
}

export interface Promoted {
  operationId: string;
  status: number;
  /** The example file written, and the YAML file its `$ref` was added to. */
  exampleFile: string;
  referencedFrom: string;
  /** Whether that file is a shared response (components/responses/): every operation referencing it shows the example. */
  shared: boolean;
}

export function promoteExample({ specDir, cassette, exchange, name }: PromoteOptions): Promoted {
  if (!KEBAB.test(name))
    throw new PromoteError(`name: expected kebab-case (lower-case letters and digits joined by single hyphens), got ${JSON.stringify(name)}`);
  const exampleFile = resolve(specDir, "components/examples", `${name}.yaml`);
  const bundle = readJson(resolve(specDir, "dist/openapi.json"), "the bundle (run `pnpm build` first)") as OpenApiDocument;
  if (existsSync(exampleFile) || (bundle.components.examples ?? {})[name] !== undefined)
    throw new PromoteError(`name: an example named "${name}" exists already (spec/components/examples/${name}.yaml): choose another name`);
  const log = (readJson(cassette, "the cassette") as { log?: { version?: unknown; entries?: unknown } }).log;
  if (log?.version !== "1.2" || !Array.isArray(log.entries))
    throw new PromoteError(`cassette: ${basename(cassette)} is not a HAR 1.2 file (log.version "1.2", log.entries)`);
  if (!Number.isInteger(exchange) || exchange < 1 || exchange > log.entries.length)
    throw new PromoteError(`exchange: ${exchange} is out of range: ${basename(cassette)} has ${log.entries.length} exchanges, numbered from 1`);
  let entry: HarEntry;
  try {
    entry = new Sanitizer().entry(log.entries[exchange - 1] as HarEntry);
  } catch (error) {
    throw new PromoteError(`exchange ${exchange}: not a HAR entry the proxy writes (${(error as Error).name})`);
  }
  const url = new URL(entry.request.url);
  const routed = route(operationsOf(bundle), entry.request.method, url.pathname);
  if (!routed) throw new PromoteError(`exchange ${exchange}: ${entry.request.method} ${url.pathname} matches no operation of the description`);
  const { operation, base } = routed;
  const status = entry.response.status;
  const where = `exchange ${exchange} (${operation.operationId})`;
  // HAR's status 0: the proxy recorded the request, and no answer came (refused, dropped, timed out).
  if (status === 0) throw new PromoteError(`${where}: no answer was recorded (status 0: the upstream failed): there is nothing to make an example of`);
  if (!operation.responses.some((r) => r.status === status))
    throw new PromoteError(
      `${where}: ${status} is not a documented status of ${operation.operationId} (documented: ${operation.responses.map((r) => r.status).join(", ")})`,
    );
  const text = entry.response.content?.text ?? "";
  if (text === "") throw new PromoteError(`${where}: the ${status} answer has no body: there is nothing to make an example of`);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new PromoteError(`${where}: the ${status} answer's body is not JSON`);
  }
  const responseAt = responsePointer(bundle, operation, status);
  const schemaAt = `${responseAt}/content/${JSON_MEDIA.replace("/", "~1")}/schema`;
  if (!has(bundle, schemaAt)) throw new PromoteError(`${where}: the ${status} response documents no ${JSON_MEDIA} body`);
  const { errors } = new BundleValidator(bundle).validate(schemaAt, value);
  if (errors.length > 0) throw new PromoteError(`${where}: the body is invalid for the ${status} response's schema: ${errors.slice(0, 5).join("; ")}`);

  const target = sourceFileOf(specDir, operation, status);
  const recordedAt = `${url.origin}${base}`;
  const example = parseDocument("summary: x\nvalue: null\n");
  example.set(
    "summary",
    `${operation.operationId}: a ${status} answer recorded from ${recordedAt} (${basename(cassette)}, exchange ${exchange}, ${entry.startedDateTime})`,
  );
  example.set("value", example.createNode(value));
  const ref = relative(dirname(target.file), exampleFile).split("\\").join("/");
  target.doc.setIn([...target.at, "content", JSON_MEDIA, "examples", name], target.doc.createNode({ $ref: ref }));
  writeFileSync(exampleFile, example.toString({ lineWidth: 0 }));
  // The spec's files write flow sequences unpadded (`[read:org]`): kept so, as their other layout is.
  writeFileSync(target.file, target.doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  return { operationId: operation.operationId, status, exampleFile, referencedFrom: target.file, shared: target.shared };
}

function has(bundle: OpenApiDocument, at: string): boolean {
  try {
    return resolvePointer(bundle, `#${at}`) !== undefined;
  } catch {
    return false;
  }
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new PromoteError(`${what}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // JSON.parse's words may quote the text: a cassette's text is not repeated.
    throw new PromoteError(`${what}: ${basename(path)} is not JSON`);
  }
}

/** The operation the path routes to, under the shortest base (`/api/v3` for GHES) that leaves a path of the description. */
export function route(model: ModelOperation[], method: string, pathname: string): { operation: ModelOperation; base: string } | undefined {
  const segments = pathname.split("/").slice(1);
  for (let n = 0; n < segments.length; n++) {
    const rest = segments.slice(n);
    const operation = model.find((m) => {
      const template = m.path.split("/").slice(1);
      return (
        m.method === method.toLowerCase() && template.length === rest.length && template.every((t, i) => (/^\{.+\}$/.test(t) ? rest[i] !== "" : t === rest[i]))
      );
    });
    if (operation) return { operation, base: segments.length === 0 || n === 0 ? "" : `/${segments.slice(0, n).join("/")}` };
  }
  return undefined;
}

/** The bundle's pointer of the response object, a shared response's `$ref` followed. */
function responsePointer(bundle: OpenApiDocument, operation: ModelOperation, status: number): string {
  const at = `${operation.at}/responses/${status}`;
  const ref = (resolvePointer(bundle, `#${at}`) as { $ref?: string } | undefined)?.$ref;
  return ref?.startsWith("#") ? ref.slice(1) : at;
}

/** The YAML file that holds the response (its path file, or the shared response it `$ref`s), parsed with its comments. */
function sourceFileOf(specDir: string, operation: ModelOperation, status: number) {
  const root = parseDocument(readFileSync(resolve(specDir, "openapi.yaml"), "utf8")).toJS() as { paths: Record<string, { $ref?: string }> };
  const pathRef = root.paths[operation.path]?.$ref;
  if (!pathRef) throw new PromoteError(`${operation.operationId}: spec/openapi.yaml has no $ref for ${operation.path}`);
  const file = resolve(specDir, pathRef);
  const doc = parseDocument(readFileSync(file, "utf8"));
  // A status key may be written '200' or 200: whichever the file has.
  const key = [String(status), status].find((k) => doc.hasIn([operation.method, "responses", k]));
  if (key === undefined) throw new PromoteError(`${operation.operationId}: ${relative(specDir, file)} has no ${status} response`);
  const ref = doc.getIn([operation.method, "responses", key, "$ref"]);
  if (typeof ref !== "string") return { file, doc, at: [operation.method, "responses", key], shared: false };
  const shared = resolve(dirname(file), ref);
  return { file: shared, doc: parseDocument(readFileSync(shared, "utf8")), at: [] as unknown[], shared: true };
}

function main(args: string[]): void {
  const [cassette, exchange, name, ...rest] = args;
  if (cassette === undefined || exchange === undefined || name === undefined || rest.length > 0) {
    process.stderr.write("Usage: pnpm spec:promote-example <cassette.har> <exchange, from 1> <example-name>\n");
    process.exit(2);
  }
  if (!/^\d+$/.test(exchange)) {
    process.stderr.write(`spec:promote-example: exchange: expected the entry's number in the cassette (from 1), got ${JSON.stringify(exchange)}\n`);
    process.exit(2);
  }
  // Run through pnpm from the repository's root, the cassette's path is the user's: relative to where they typed it.
  const from = process.env.INIT_CWD ?? process.cwd();
  try {
    const done = promoteExample({
      specDir: resolve(repoRoot, "spec"),
      cassette: isAbsolute(cassette) ? cassette : resolve(from, cassette),
      exchange: Number(exchange),
      name,
    });
    const at = (file: string) => relative(repoRoot, file);
    process.stdout.write(
      `${at(done.exampleFile)}: the ${done.status} answer of ${done.operationId}\n` +
        `referenced from ${at(done.referencedFrom)}${done.shared ? ` (a shared response: every operation that references it shows the example)` : ""}\n` +
        "Run `pnpm build` and the spec's tests (`pnpm --filter @copilot-spaces/openapi test`) to check it like any other example.\n",
    );
  } catch (error) {
    if (!(error instanceof PromoteError)) throw error;
    process.stderr.write(`spec:promote-example: ${error.message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main(process.argv.slice(2));
