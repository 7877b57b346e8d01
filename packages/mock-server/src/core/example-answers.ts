// The description's examples as answers. Each named example is checked against its response's schema
// once, when the mock loads the bundle (a bundle whose example breaks its schema is refused, naming the
// example and the rule); after that an example answer is made once, as JSON text, and served as is:
// no mocker and no response validation per request. (Answers the store builds are still checked
// every time: steps/answer-steps.ts.)
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import type { Engine, EngineRequest } from "../engine/prism-engine.js";
import type { Answer } from "./answer.js";

export interface ExampleAnswers {
  /** The answer for a documented status and example (the usual success and its first example by default). */
  answer(operation: ModelOperation, code: number | undefined, exampleKey: string | undefined, request: EngineRequest): Promise<Answer>;
}

/** Throws naming the first example of the bundle that breaks its response's schema, and how. */
export function checkExamples(engine: Engine, operations: ModelOperation[]): void {
  for (const operation of operations) {
    for (const { status, key, mediaType, value } of engine.examples(operation)) {
      const [broken] = engine.validateAnswer(operation, { status, headers: { "content-type": mediaType }, body: value });
      if (broken) {
        throw new Error(
          `the example "${key}" of ${operation.operationId} (${status}) breaks its schema at ${broken.location.join(".") || "(body)"}: ${broken.message}`,
        );
      }
    }
  }
}

export function exampleAnswers(engine: Engine): ExampleAnswers {
  const made = new Map<string, Answer>();
  return {
    async answer(operation, code, exampleKey, request) {
      const key = `${operation.method} ${operation.path} ${code ?? ""} ${exampleKey ?? ""}`;
      let answer = made.get(key);
      if (!answer) {
        // Static answers do not depend on the request: the example is picked by status and name; where
        // there is none to pick, Prism's mocker makes one from the schema.
        const mocked =
          engine.example(operation, code, exampleKey) ??
          (await engine.mock(operation, request, { dynamic: false, ...(code === undefined ? {} : { code }), ...(exampleKey ? { exampleKey } : {}) }));
        if ("refused" in mocked) throw new Error(`Prism refused a request the mock had checked: ${mocked.refused}`);
        // Prism's own headers are the description's examples (a Link to api.github.com): a client that
        // followed them would leave the mock, so none is passed on.
        // One answer for every request that asks for it: frozen, so that no step can change it for the next.
        const body = mocked.body === undefined ? undefined : deepFreeze(structuredClone(mocked.body));
        answer = Object.freeze({ status: mocked.status, ...(body === undefined ? {} : { body, text: JSON.stringify(body) }) });
        made.set(key, answer);
      }
      return answer;
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
