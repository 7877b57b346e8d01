// What the proxy's test files share: each operation's example request, taken from the description (paths filled
// with the parameters' examples, the request body's first example), and a check that text holds no token.
import { exampleValues, operationsOf, type ModelOperation } from "@copilot-spaces/tools/bundle-model";
import { TOKEN_SHAPED } from "../src/core/rules/tokens.js";
import { loadBundle } from "../src/core/load-bundle.js";

export const bundle = loadBundle(undefined);
export const operations = operationsOf(bundle);

/** A classic PAT's shape (ghp_ and 36 characters), made here so that no token-shaped text sits in the source. */
export const TOKEN = `ghp_${"proxyTestSecret0123456789".padEnd(36, "x")}`;

const pathExamples: Record<string, string> = Object.fromEntries(
  operations.flatMap((o) => o.parameters.filter((p) => p.in === "path" && p.node.example !== undefined).map((p) => [p.name, String(p.node.example)])),
);

/** The operation's path with its parameters' examples. */
export const examplePath = (op: ModelOperation) => op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(pathExamples[name] ?? "1"));

/** fetch's init for the operation's example request, with the token. */
export function exampleInit(op: ModelOperation, headers: Record<string, string> = {}): RequestInit {
  const body = op.requestBody ? exampleValues(bundle, op.operation.requestBody)[0] : undefined;
  return {
    method: op.method.toUpperCase(),
    headers: {
      authorization: `Bearer ${TOKEN}`,
      accept: "application/vnd.github+json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/** Fails naming where, when the text holds the test's token or anything shaped like a GitHub token. */
export function tokenFree(text: string, where: string): string[] {
  const found: string[] = [];
  if (text.includes(TOKEN)) found.push(`${where}: the test's token`);
  const shaped = new RegExp(TOKEN_SHAPED.source, "g").exec(text);
  if (shaped) found.push(`${where}: token-shaped text at ${shaped.index}`);
  return found;
}
