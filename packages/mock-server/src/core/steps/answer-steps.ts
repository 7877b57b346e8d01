// The steps that answer a valid request, in the order they are tried: the stateful store, a page of a
// list's fixed set, the description's example (checked once, when the bundle was loaded), Prism's
// mocker (generated data, or what no example holds).
import type { Answer } from "../answer.js";
import type { MockContext, RoutedExchange } from "../exchange.js";
import { page } from "../paging/pagination.js";

/** Stateful mode: the store answers, its answer is checked against the description, then made true (and saved). */
export function fromStore(x: RoutedExchange, mock: MockContext): Promise<Answer> | undefined {
  const stateful = mock.stateful;
  const route = stateful && x.choice.kind === "none" ? stateful.routes.get(x.operation) : undefined;
  if (!stateful || !route) return undefined;
  const answer = async (): Promise<Answer> => {
    const stored = stateful.store.handle(route, x.call.url.pathname.split("/"), x.body);
    if (stored.kind === "refused") return mock.errors.fromRefusal(stored.refusal, x.facts.resource);
    const result =
      stored.kind === "list" ? paged(x, mock, stored.items) : { status: stored.status, ...(stored.body === undefined ? {} : { body: stored.body }) };
    if (result.status >= 400) return result;
    // The store's answer must be one the description allows: anything else is a bug of the mock.
    const [broken] = mock.engine.validateAnswer(x.operation, result);
    if (broken) throw new Error(`the store's ${result.status} answer breaks the description at ${broken.location.join(".") || "(body)"}: ${broken.message}`);
    // Only an answer that passed is made true, and on disk before it is sent.
    if (stored.kind === "answer" && stored.commit) {
      stored.commit();
      stateful.persist();
    }
    return result;
  };
  // Writes take turns: each reads the state, then commits what it read and changed; two at once would
  // each commit over the other.
  return route.action === "list" || route.action === "get" ? answer() : stateful.serially(answer);
}

/** A list's pages come from its fixed set, unless the test asked for a documented answer. */
export function fromList(x: RoutedExchange, mock: MockContext): Answer | undefined {
  if (x.choice.kind !== "none" || (x.call.method !== "GET" && x.call.method !== "HEAD")) return undefined;
  const list = mock.lists.get(x.operation.path);
  return list && paged(x, mock, list.items);
}

/** The description's example for the status and example asked for (the usual success by default), or Prism's generated data. */
export async function fromEngine(x: RoutedExchange, mock: MockContext): Promise<Answer> {
  const forced = x.choice.kind === "documented" ? x.choice : undefined;
  // Prism answers the lowest 2xx; a create that also declares 200 ("exists already") answers its 201.
  const code = forced ? forced.code : x.facts.usualSuccess;
  const exampleKey = forced?.exampleKey;
  if (!(x.preferences.dynamic ?? mock.dynamic)) return mock.examples.answer(x.operation, code, exampleKey, x.input);
  const mocked = await mock.engine.mock(x.operation, x.input, {
    dynamic: true,
    ...(code === undefined ? {} : { code }),
    ...(exampleKey ? { exampleKey } : {}),
  });
  if ("refused" in mocked) throw new Error(`Prism refused a request the mock had checked: ${mocked.refused}`);
  // Prism's own headers are the description's examples (a Link to api.github.com) or random text: a
  // client that followed them would leave the mock, so none is passed on.
  return { status: mocked.status, body: mocked.body };
}

function paged(x: RoutedExchange, mock: MockContext, items: Record<string, unknown>[]): Answer {
  const list = mock.lists.get(x.operation.path)!;
  const result = page({ ...list, items }, x.call.url);
  if (!result.ok) return mock.errors.invalidField(x.facts.resource, result.field, result.value);
  return { status: 200, headers: result.link ? { link: result.link } : {}, body: result.body };
}
