// What the traffic suites share: requests made from the description's own operations and examples,
// so that no test names an operation by hand.
import { operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { readBundle } from "@copilot-spaces/tools/paths";

export const bundle = readBundle() as unknown as { components: { examples: Record<string, { value: { message: string } }> } };
export const operations = operationsOf(bundle as never);
const examples = new Map(operations.flatMap((o) => o.parameters.filter((p) => p.node.in === "path").map((p) => [String(p.node.name), String(p.node.example)])));

/** The operation's path with its example parameters (`owner` in place of the first one, when given). */
export function pathOf(operation: ModelOperation, owner?: string): string {
  let first = true;
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = first && owner !== undefined ? owner : examples.get(name)!;
    first = false;
    return value;
  });
}

const gets = operations.filter((o) => o.method === "get");
/** A GET of one item (its path ends in a parameter) and a GET of a paged list. */
export const itemGet = gets.find((o) => o.path.endsWith("}") && !o.paging)!;
export const listGet = gets.find((o) => o.paging)!;
/** A write that creates content: a POST. */
export const create = operations.find((o) => o.method === "post")!;
export { gets };

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** The rate-limit headers of an answer, as numbers. */
export function standing(response: Response) {
  const n = (name: string) => Number(response.headers.get(`x-ratelimit-${name}`));
  return { limit: n("limit"), remaining: n("remaining"), used: n("used"), reset: n("reset"), resource: response.headers.get("x-ratelimit-resource") };
}
