// The shape of a generated tool (src/generated/tools.ts, made from the description by
// tools/src/generate/generate-mcp-tools.ts), and of a toolset (one of the description's tags).

/** A JSON Schema object, as the description gives it with every `$ref` inlined. */
export type JsonSchema = { [key: string]: unknown };

export interface ToolEntry {
  /** The operationId with every character outside `[A-Za-z0-9_]` replaced by `_`. */
  readonly name: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** The client method that calls it: `github[namespace][method](args)`. */
  readonly client: { readonly namespace: string; readonly method: string };
  /** The operation's first tag. */
  readonly toolset: string;
  readonly title: string;
  readonly description: string;
  readonly inputSchema: JsonSchema;
  /** The success body's schema; absent when the success has no body (a delete's 204). */
  readonly outputSchema?: JsonSchema;
  /** The success body is not an object, so the structured result holds it as `result` (MCP asks for an object). */
  readonly outputWrapped?: boolean;
  readonly annotations: {
    readonly title: string;
    readonly readOnlyHint: boolean;
    readonly destructiveHint: boolean;
    readonly idempotentHint: boolean;
    readonly openWorldHint: boolean;
  };
  /** A list paged by cursor: the array `max_items` counts, the cursor and page-size arguments' names. */
  readonly paging?: { readonly itemsKey: string; readonly next: string; readonly pageSize?: string; readonly maxPageSize?: number };
}

export interface Toolset {
  /** The tag's name, as `--toolsets` takes it. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
}
