// What the docs page's "Try it" panels are made of, read from the description: for each operation its
// request (method, path, parameters with their example values, the body's example) and the answers it
// documents, each a `Prefer` preset the in-page mock honours. The page embeds this as JSON
// (build-docs.ts); packages/docs/src/try-it/ renders it. No operation is named here.
import { exampleNames, exampleValues, operationsOf, type Json } from "../model/bundle-model.ts";
import type { OpenApiDocument } from "../model/paths.ts";

export interface TryItParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description: string;
  /** What the field holds at first: the parameter's example, else its default, else nothing. */
  value: string;
  /** The parameter's example, shown as the field's placeholder. */
  example?: string;
  /** The values the description allows, when it lists them (a select rather than a text field). */
  choices?: string[];
}

export interface TryItPreset {
  /** What the list shows: the status, its example's name when there are several, the answer's description. */
  label: string;
  /** The `Prefer` header that asks the mock for this answer. */
  prefer: string;
  status: number;
  /** The answer's description, its first words ("Forbidden"): what the status line says beside the status. */
  answer: string;
}

export interface TryItOperation {
  operationId: string;
  summary: string;
  method: string;
  path: string;
  parameters: TryItParameter[];
  /** The request example, as the body field shows it; undefined when the operation takes no body. */
  body?: string;
  /**
   * For an operation on one item (get, set, delete): the operation that creates items of its
   * collection, which the panel offers first (the in-page mock keeps state, so an item must exist).
   */
  createdBy?: {
    operationId: string;
    summary: string;
    /**
     * The path parameters that name the item, each with the field of a created item that holds its
     * value (`x-item-field`); without one, the create's request or answer holds it under its own name.
     */
    identity: { parameter: string; field?: string }[];
  };
  /** The statuses the description documents, in its order. */
  statuses: number[];
  presets: TryItPreset[];
}

export interface TryItModel {
  /** The description's first server: where the mock's answers say they come from, and the GitHub default. */
  server: string;
  operations: TryItOperation[];
}

/** Headers the page sets itself (the token, the media types) or that only make sense to a cache. */
const PAGE_SET_HEADERS = /^(authorization|accept|content-type|if-none-match|if-modified-since)$/i;

export function tryItModel(bundle: OpenApiDocument): TryItModel {
  const server = String((bundle.servers as { url: string }[] | undefined)?.[0]?.url ?? "https://api.github.com");
  const all = operationsOf(bundle);
  const operations = all.map((op): TryItOperation => {
    const parameters = op.parameters
      .filter((p) => ["path", "query", "header"].includes(p.in) && !(p.in === "header" && PAGE_SET_HEADERS.test(p.name)))
      .map((p): TryItParameter => {
        const schema = p.schema as Json;
        // A cursor's example is a value of the description's own list: the field starts empty (the
        // example shows as its placeholder), or every first try would ask for a page out of the blue.
        const initial = p.paging === "next-cursor" || p.paging === "prev-cursor" ? undefined : (p.node.example ?? schema.example ?? schema.default);
        const hint = p.node.example ?? schema.example;
        const choices = Array.isArray(schema.enum) ? (schema.enum as unknown[]).map(String) : undefined;
        return {
          name: p.name,
          in: p.in as TryItParameter["in"],
          required: p.required,
          description: plainText(String(p.node.description ?? "").split("\n")[0]!),
          value: initial === undefined ? "" : String(initial),
          ...(hint === undefined ? {} : { example: String(hint) }),
          ...(choices ? { choices } : {}),
        };
      });
    const body = exampleValues(bundle, op.operation.requestBody)[0];
    const presets = op.responses.flatMap((response): TryItPreset[] => {
      const names = exampleNames(bundle, (op.operation.responses as Json)[String(response.status)]);
      // The description's first words, up to its first full stop or colon: "304 Not modified".
      const summary = /^[^.:\n]*/.exec(response.description)![0].trim().slice(0, 60);
      const { status } = response;
      if (names.length < 2) return [{ label: `${status} ${summary}`, prefer: `code=${status}`, status, answer: summary }];
      return names.map((name) => ({ label: `${status} ${summary}: ${name}`, prefer: `code=${status}, example=${name}`, status, answer: summary }));
    });
    const onItem = op.resource && ["get", "set", "delete"].includes(op.resource.action);
    const create = onItem ? all.find((o) => o.resource?.action === "create" && o.resource.collection === op.resource!.collection) : undefined;
    return {
      operationId: op.operationId,
      summary: op.summary,
      method: op.method.toUpperCase(),
      path: op.path,
      parameters,
      ...(body === undefined ? {} : { body: JSON.stringify(body, null, 2) }),
      ...(create
        ? {
            createdBy: {
              operationId: create.operationId,
              summary: create.summary,
              identity: op.resource!.identity.map((name) => {
                const field = op.parameters.find((p) => p.name === name)?.itemField;
                return field ? { parameter: name, field } : { parameter: name };
              }),
            },
          }
        : {}),
      statuses: op.responses.map((r) => r.status),
      presets,
    };
  });
  return { server, operations };
}

/** Markdown's marks taken out of a line of the description: the page shows it as plain text. */
function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[`*_]/g, "");
}
