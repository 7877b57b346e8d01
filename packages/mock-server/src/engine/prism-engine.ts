// Prism's engine (@stoplight/prism-http) in this process, behind four named calls: route a request to
// an operation, validate a request, mock an answer (examples or generated data), validate an answer.
// This folder is the only one that knows Prism's types: the rest of the mock speaks of operations as
// tools' bundle model reads them (ModelOperation), and of findings as Violations.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import type { IHttpRequest } from "@stoplight/prism-http";
import type * as mocker from "@stoplight/prism-http/dist/mocker/index.js";
import type { getHttpOperationsFromSpec } from "@stoplight/prism-http/dist/utils/operations.js";
import { validateInput, validateOutput } from "@stoplight/prism-http/dist/validator/index.js";
import { cacheKey, cachedReading } from "./operations-cache.js";
import { createRouter } from "./router.js";

/** An operation as Prism reads it from the bundle: its operationId is `iid`, its path the template. */
export type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

const JSON_MEDIA = /^application\/(.+\+)?json\b/;

/** A finding of Prism's validator, with its location: ["body", "name"], ["query", "per_page"]. */
export interface Violation {
  location: string[];
  code: string;
  message: string;
}

export interface EngineRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: unknown;
}

/** An answer as the mock sends it, before the core adds GitHub's headers. */
export interface EngineAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What to mock: a documented status, a named example, generated data. Nothing set: the first success's first example. */
export interface MockChoice {
  code?: number;
  exampleKey?: string;
  dynamic: boolean;
}

/** A documented answer of an operation: its status and the names of its examples. */
export interface Documented {
  status: number;
  examples: string[];
}

/** A named example of an answer, as the description holds it. */
export interface Example {
  status: number;
  key: string;
  mediaType: string;
  value: unknown;
}

export interface Engine {
  /** The bundle's content hash, and whether the package's build checked its examples against their schemas (the shipped description). */
  readonly bundleKey: string;
  readonly examplesChecked: boolean;
  /** The operation a method and path lead to, or undefined where the description has none. */
  route(method: string, path: string): ModelOperation | undefined;
  /** The answers the description documents for the operation, in its order. */
  documented(operation: ModelOperation): Documented[];
  /** Every named example of the operation's answers. */
  examples(operation: ModelOperation): Example[];
  /** Prism's findings on a request (its parameters, headers and body), errors only. */
  validateRequest(operation: ModelOperation, request: EngineRequest): Violation[];
  /**
   * The description's example for a status (the lowest 2xx by default) and a name (the first by
   * default), as Prism's mocker picks it for a JSON request; undefined where the mocker would have to
   * make one up (no JSON content, no example).
   */
  example(operation: ModelOperation, code: number | undefined, exampleKey: string | undefined): EngineAnswer | undefined;
  /** Prism's mocker (loaded on first use): the documented answer chosen, or Prism's refusal (no such status or example). */
  mock(operation: ModelOperation, request: EngineRequest, choice: MockChoice): Promise<EngineAnswer | { refused: string }>;
  /** Prism's findings on an answer against the operation's responses (status, media type, body, headers), errors only. */
  validateAnswer(operation: ModelOperation, answer: EngineAnswer): Violation[];
  /** The schema of the operation's first success body, dereferenced (what ajv can check an item against). */
  successSchema(operation: ModelOperation): object | undefined;
  /** The media types the description gives an answer of this status (none: the answer has no body), or undefined where the status is not documented. */
  mediaTypes(operation: ModelOperation, status: number): string[] | undefined;
}

// Prism's components want a pino-shaped logger; prism-core adds a `success` level. Its messages are
// Prism's own diagnostics (which the core reports in GitHub's words), and logging whole requests is how
// the Prism CLI fell over on deep bodies: nothing is written.
const silent = (): void => undefined;
const logger = { info: silent, warn: silent, error: silent, debug: silent, trace: silent, fatal: silent, success: silent, child: () => logger };

// Loaded when first needed, not at start: Prism's reading of a bundle (the build stores the shipped
// one's, see operations-cache.ts) and its mocker (generated data, or an answer no example holds), which
// with what it loads is about a third of the engine's load time.
const readOperations = async (bundle: object) =>
  (
    (await import("@stoplight/prism-http/dist/utils/operations.js")) as { getHttpOperationsFromSpec: typeof getHttpOperationsFromSpec }
  ).getHttpOperationsFromSpec(structuredClone(bundle));
// Prism's default mocker is the default export of a CommonJS module: Node's ESM loader hands it over as
// `default.default`, esbuild's bundle and vitest as `default`.
type PrismMock = (typeof mocker)["default"]["default"];
let prismMock: PrismMock | undefined;
async function loadMocker(): Promise<PrismMock> {
  const module = (await import("@stoplight/prism-http/dist/mocker/index.js")) as unknown as { default: { default?: unknown } };
  return (prismMock ??= (module.default.default ?? module.default) as PrismMock);
}

// GitHub answers HEAD where it answers GET.
const routedMethod = (method: string) => (method === "HEAD" ? "get" : method.toLowerCase()) as IHttpRequest["method"];

/** Prism's reading of the bundle, paired with the bundle model's operations (both read the same bundle). */
export async function createEngine(bundle: object, model: ModelOperation[]): Promise<Engine> {
  // getHttpOperationsFromSpec dereferences the object it is given in place.
  const bundleKey = cacheKey(bundle);
  const cached = cachedReading<PrismOperation>(bundleKey, import.meta.url);
  const operations = cached?.operations ?? ((await readOperations(bundle)) as PrismOperation[]);
  const prismOf = new Map<ModelOperation, PrismOperation>();
  const modelOf = new Map<PrismOperation, ModelOperation>();
  for (const operation of operations) {
    const found = model.find((m) => m.method === operation.method.toLowerCase() && m.path === operation.path);
    if (!found) throw new Error(`${operation.method.toUpperCase()} ${operation.path}: Prism reads an operation that the bundle model does not`);
    prismOf.set(found, operation);
    modelOf.set(operation, found);
  }
  const prism = (operation: ModelOperation) => prismOf.get(operation) ?? fail(`${operation.operationId} is not an operation of this bundle`);
  const router = createRouter(operations.map((operation) => ({ method: operation.method, path: operation.path, target: modelOf.get(operation)! })));
  // Asked on every request that carries a Prefer: read once.
  const documented = new Map(
    [...prismOf].map(([operation, { responses }]) => [
      operation,
      responses.map((response) => ({
        status: Number(response.code),
        examples: [...new Set(response.contents?.flatMap((content) => content.examples?.map((example) => example.key) ?? []) ?? [])],
      })),
    ]),
  );
  const toPrismRequest = (request: EngineRequest): IHttpRequest => ({
    method: routedMethod(request.method),
    url: { path: request.path, query: request.query },
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });

  return {
    bundleKey,
    examplesChecked: cached?.examplesChecked ?? false,
    route: (method, path) => router(routedMethod(method), path),
    documented: (operation) => documented.get(operation) ?? [],
    examples: (operation) =>
      prism(operation).responses.flatMap((response) =>
        (response.contents ?? []).flatMap((content) =>
          (content.examples ?? []).map((example) => ({
            status: Number(response.code),
            key: example.key,
            mediaType: content.mediaType,
            value: "value" in example ? example.value : undefined,
          })),
        ),
      ),
    validateRequest(operation, request) {
      const resource = prism(operation);
      const element = toPrismRequest(request);
      // Parameters, headers and body, as Prism's own pipeline validates them. (Its security check is
      // left out: the core has required a token before this, and sends Prism a Bearer one.)
      const result = validateInput({ resource, element });
      return result._tag === "Left" ? (result.left as RawViolation[]).filter(isError).map(toViolation) : [];
    },
    example(operation, code, exampleKey) {
      const { responses } = prism(operation);
      const response =
        code === undefined
          ? responses.filter((r) => /^2\d\d$/.test(String(r.code))).sort((a, b) => Number(a.code) - Number(b.code))[0]
          : responses.find((r) => Number(r.code) === code);
      if (!response) return undefined;
      if (!response.contents?.length) return { status: Number(response.code) };
      const content = response.contents.find((c) => JSON_MEDIA.test(c.mediaType));
      const found = exampleKey === undefined ? content?.examples?.[0] : content?.examples?.find((e) => e.key === exampleKey);
      return found && "value" in found ? { status: Number(response.code), body: found.value } : undefined;
    },
    async mock(operation, request, choice) {
      const config = {
        dynamic: choice.dynamic,
        ...(choice.code === undefined ? {} : { code: choice.code }),
        ...(choice.exampleKey === undefined ? {} : { exampleKey: choice.exampleKey }),
      };
      const mock = prismMock ?? (await loadMocker());
      const result = mock({ resource: prism(operation), input: { data: toPrismRequest(request), validations: [] }, config } as never)(logger as never);
      if (result._tag === "Left") return { refused: (result.left as Error & { detail?: string }).detail ?? result.left.message };
      const { statusCode, body } = result.right;
      return { status: statusCode, ...(body === undefined ? {} : { body }) };
    },
    validateAnswer(operation, answer) {
      const element = { statusCode: answer.status, headers: { "content-type": "application/json", ...answer.headers }, body: answer.body };
      const result = validateOutput({ resource: prism(operation), element });
      return result._tag === "Left" ? (result.left as RawViolation[]).filter(isError).map(toViolation) : [];
    },
    mediaTypes(operation, status) {
      const response = prism(operation).responses.find((r) => Number(r.code) === status);
      return response && (response.contents ?? []).map((content) => content.mediaType);
    },
    successSchema(operation) {
      const ok = prism(operation).responses.find((r) => /^2\d\d$/.test(String(r.code)));
      return ok?.contents?.[0]?.schema as object | undefined;
    },
  };
}

/** Prism reports findings with a `path` or a `location`, and a numeric or named severity. */
interface RawViolation {
  path?: (string | number)[];
  location?: (string | number)[];
  code?: string | number;
  message: string;
  severity: number | string;
}

const isError = (violation: RawViolation) => violation.severity === 0 || violation.severity === "Error";

function toViolation(violation: RawViolation): Violation {
  const location = (violation.location ?? violation.path ?? []).map(String);
  return { location: location[0] === "request" ? location.slice(1) : location, code: String(violation.code ?? ""), message: violation.message };
}

function fail(message: string): never {
  throw new Error(message);
}
