// Prism's engine (@stoplight/prism-http) in this process: the operations of a bundle, routing, request
// validation against the description, and the documented answers (examples, or data generated from the
// schemas). No server, no child process: the core hands it plain requests and reads plain answers.
import { createInstance, getHttpOperationsFromSpec, type IHttpRequest, type IHttpResponse } from "@stoplight/prism-http";
import { cachedOperations } from "./operations-cache.js";
import { createRouter } from "./router.js";

/** An operation as Prism reads it from the bundle: its operationId is `iid`, its path the template. */
export type Operation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/** A finding of Prism's validator, with its location inside the request: ["body", "name"], ["query", "per_page"]. */
export interface Violation {
  location: string[];
  code: string;
  message: string;
}

export interface EngineInput {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: unknown;
}

/** What to answer: a documented status, a named example, generated data. Nothing set: Prism's first success. */
export interface EngineChoice {
  code?: number;
  exampleKey?: string;
  dynamic: boolean;
  /** Validate the request only: the core answers it itself (a page of a list), so Prism's body would be thrown away. */
  validateOnly?: boolean;
  /**
   * Answer with this instead of Prism's mocker (the store). Prism calls it only for a request it found
   * valid, and checks what it returns against the response schemas (`responseViolations`).
   */
  answer?: () => { status: number; headers?: Record<string, string>; body?: unknown };
}

export type EngineAnswer =
  | { kind: "answer"; status: number; body: unknown; violations: Violation[]; responseViolations: Violation[] }
  | { kind: "refused"; status: number; detail: string; violations: Violation[] };

export interface Engine {
  operations: Operation[];
  /** The operation a method and path lead to, or undefined where the description has none. */
  route(method: string, path: string): Operation | undefined;
  request(operation: Operation, input: EngineInput, choice: EngineChoice): Promise<EngineAnswer>;
}

// Prism's components want a pino-shaped logger; prism-core adds a `success` level. Its messages are
// Prism's own diagnostics (which the core reports in GitHub's words), and logging whole requests is how
// the Prism CLI fell over on deep bodies: nothing is written.
const silent = (): void => undefined;
const logger = { info: silent, warn: silent, error: silent, debug: silent, trace: silent, fatal: silent, success: silent, child: () => logger };

// GitHub answers HEAD where it answers GET.
const routedMethod = (method: string) => (method === "HEAD" ? "get" : method.toLowerCase()) as IHttpRequest["method"];

export async function createEngine(bundle: object): Promise<Engine> {
  // getHttpOperationsFromSpec dereferences the object it is given in place.
  const operations = cachedOperations<Operation>(bundle, new URL(".", import.meta.url)) ?? (await getHttpOperationsFromSpec(structuredClone(bundle)));
  const config = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    isProxy: false,
    upstreamProxy: undefined,
    mock: { dynamic: false },
  } as const;
  // The core routes each request once, before it decides anything (see router.ts), and hands Prism
  // that one operation: Prism's own router would match it again, at a third of the request's time.
  const route = (({ resources }: { resources: Operation[] }) => ({ _tag: "Right", right: resources[0] })) as never;
  const prism = createInstance(config, { logger: logger as never, route });
  // For requests the core answers itself: Prism validates them, and neither makes nor checks an answer
  // (its mocker and its response validation were two fifths of a list request's time).
  const validator = createInstance(
    { ...config, validateResponse: false },
    { logger: logger as never, route, mock: (() => () => ({ _tag: "Right", right: { statusCode: 200, headers: {} } })) as never },
  );
  // For requests the store answers: Prism's mock component is the seam (it receives the routed operation
  // and the request's validations), and Prism then validates the store's answer like any other.
  const answered = createInstance(config, {
    logger: logger as never,
    route,
    mock: (({ input, config: mockConfig }: { input: { validations: RawViolation[] }; config: { answer?: EngineChoice["answer"] } }) =>
      () => {
        if (input.validations.some(isError) || !mockConfig.answer) return { _tag: "Right", right: { statusCode: 200, headers: {} } };
        const { status, headers, body } = mockConfig.answer();
        return {
          _tag: "Right",
          right: { statusCode: status, headers: { "Content-type": "application/json", ...headers }, ...(body === undefined ? {} : { body }) },
        };
      }) as never,
  });
  const router = createRouter(operations);

  return {
    operations,
    route: (method, path) => router(routedMethod(method), path),
    async request(operation, input, choice) {
      const request: IHttpRequest = {
        method: routedMethod(input.method),
        url: { path: input.path, query: input.query },
        headers: input.headers,
        ...(input.body === undefined ? {} : { body: input.body }),
      };
      const mock = {
        dynamic: choice.dynamic,
        ...(choice.code === undefined ? {} : { code: choice.code }),
        ...(choice.exampleKey === undefined ? {} : { exampleKey: choice.exampleKey }),
        ...(choice.answer ? { answer: choice.answer } : {}),
      };
      const instance = choice.answer ? answered : choice.validateOnly ? validator : prism;
      const result = await instance.request(request, [operation], { mock } as never)();
      if (result._tag === "Left") {
        const error = result.left as Error & { status?: number; detail?: string; additional?: { validation?: RawViolation[] } };
        return {
          kind: "refused",
          status: error.status ?? 500,
          detail: error.detail ?? error.message,
          violations: (error.additional?.validation ?? []).map(toViolation),
        };
      }
      const { output, validations } = result.right as { output: IHttpResponse; validations: { input: RawViolation[]; output: RawViolation[] } };
      return {
        kind: "answer",
        status: output.statusCode,
        body: output.body,
        violations: validations.input.filter(isError).map(toViolation),
        responseViolations: validations.output.filter(isError).map(toViolation),
      };
    },
  };
}

/** Prism reports findings as `path` + numeric severity in answers, `location` + named severity in refusals. */
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
