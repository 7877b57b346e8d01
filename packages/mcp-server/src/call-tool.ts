// One tool call: the arguments checked against the tool's input schema (before any request), then the
// client method the tool names, with the call's signal; a list walks its pages up to `max_items`.
// GitHub's errors, and the client's, become results with `isError` and the client's message (the
// client keeps tokens out of its messages); the structured result is the success body.
import { CopilotSpacesError, type CopilotSpacesClient } from "@copilot-spaces/client";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { ToolEntry } from "./tool-entry.js";

/** The argument a list tool adds (its bounds and default are in the generated input schema). */
const MAX_ITEMS = "max_items";

type Method = (params: Record<string, unknown>, options: { signal?: AbortSignal }) => Promise<unknown>;

export class ToolCaller {
  // Draft 2020-12 is OpenAPI 3.1's dialect; the generated schemas use no keyword outside draft-07's.
  readonly #ajv = new Ajv({ allErrors: true, strict: false });
  /** Each schema compiled once, on first use: the tools' input and output schemas. */
  readonly #validators = new WeakMap<object, ValidateFunction>();

  constructor(private readonly github: CopilotSpacesClient) {
    (addFormats as unknown as (ajv: Ajv) => void)(this.#ajv);
  }

  async call(tool: ToolEntry, args: Record<string, unknown> | undefined, signal?: AbortSignal): Promise<CallToolResult> {
    const given = args ?? {};
    const problems = this.#check(tool, given);
    if (problems.length > 0) return failure(`${tool.name}: invalid arguments, no request sent:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    const method = this.#method(tool);
    try {
      if (tool.paging) return await this.#list(tool, method, given, signal);
      const data = await method(given, signal ? { signal } : {});
      if (tool.outputSchema === undefined) {
        const path = tool.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(given[name])));
        return { content: [{ type: "text", text: `${tool.method} ${path} (${tool.operationId}) succeeded, with no content.` }] };
      }
      return this.#success(tool, tool.outputWrapped || !isObject(data) ? { result: data } : data);
    } catch (error) {
      if (error instanceof CopilotSpacesError) return failure(error.message);
      throw error;
    }
  }

  /** Walks the pages from the cursor given, if any, until `max_items` items or the last page. */
  async #list(tool: ToolEntry, method: Method, given: Record<string, unknown>, signal: AbortSignal | undefined): Promise<CallToolResult> {
    const { [MAX_ITEMS]: bound, ...params } = given;
    // Unset, the default the generator wrote into the tool's input schema.
    const maxItems = (bound ?? (tool.inputSchema.properties as Record<string, { default: unknown }>)[MAX_ITEMS]!.default) as number;
    const paging = tool.paging!;
    if (paging.pageSize) {
      const asked = params[paging.pageSize];
      // A page larger than the bound would be cut with no cursor for the rest; one chosen here ends the
      // walk on a page's edge, so the result's cursor goes on exactly where it stopped.
      if (typeof asked === "number" && asked > maxItems) params[paging.pageSize] = maxItems;
      else if (asked === undefined) params[paging.pageSize] = pageSizeFor(maxItems, paging.maxPageSize ?? 100);
    }
    const items: unknown[] = [];
    let next: string | undefined;
    let cutInsidePage = false;
    for await (const page of this.github.paginate.pages(method as never, params as never, signal ? { signal } : {})) {
      const room = maxItems - items.length;
      items.push(...page.items.slice(0, room));
      cutInsidePage = page.items.length > room;
      next = page.nextUrl === undefined ? undefined : (new URL(page.nextUrl).searchParams.get(paging.next) ?? undefined);
      if (items.length >= maxItems) break;
    }
    // The generator makes sure a page's schema requires nothing but its items.
    const body = { [paging.itemsKey]: items };
    const more = cutInsidePage
      ? `More items follow inside the last page read: call again with a larger ${MAX_ITEMS} (at most the schema's maximum) or a smaller page size.`
      : next !== undefined
        ? `More items follow: call again with ${paging.next}: ${JSON.stringify(next)} to go on.`
        : "This is the end of the list.";
    return this.#success(tool, body, `${items.length} item(s). ${more}`);
  }

  /**
   * The result, once the body is checked against the tool's output schema: an MCP client refuses a
   * structured result that does not match (the SDK's throws, and the agent gets nothing), so an answer
   * off the description becomes an error result that says where, with the body as text.
   */
  #success(tool: ToolEntry, structured: Record<string, unknown>, note?: string): CallToolResult {
    if (tool.outputSchema) {
      const validate = this.#validator(tool.outputSchema);
      if (!validate(structured)) {
        const problems = (validate.errors ?? []).slice(0, 10).map(describe);
        return failure(
          `${tool.name}: the answer does not match the description's schema for ${tool.operationId}, so it is not given as a structured result:\n${problems.map((p) => `- ${p}`).join("\n")}\n\nThe answer's body:\n${JSON.stringify(structured)}`,
        );
      }
    }
    return success(structured, note);
  }

  #method(tool: ToolEntry): Method {
    const namespace = (this.github as unknown as Record<string, Record<string, Method> | undefined>)[tool.client.namespace];
    const method = namespace?.[tool.client.method];
    if (typeof method !== "function") {
      throw new Error(
        `${tool.name}: the client has no ${tool.client.namespace}.${tool.client.method}; the client and this server were built from different descriptions`,
      );
    }
    return method;
  }

  #validator(schema: object): ValidateFunction {
    let validate = this.#validators.get(schema);
    if (!validate) {
      validate = this.#ajv.compile(schema);
      this.#validators.set(schema, validate);
    }
    return validate;
  }

  #check(tool: ToolEntry, args: Record<string, unknown>): string[] {
    const validate = this.#validator(tool.inputSchema);
    if (validate(args)) return [];
    return (validate.errors ?? []).map(describe);
  }
}

/** An Ajv error as "<field>: <rule>", the field as the tool's argument path (`metadata.repository_id`). */
function describe(error: ErrorObject): string {
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required") return `${joined(path, String(params.missingProperty))}: is required`;
  if (error.keyword === "additionalProperties") return `${joined(path, String(params.additionalProperty))}: is not an argument of this tool`;
  if (error.keyword === "enum")
    return `${path || "(arguments)"}: must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  return `${path || "(arguments)"}: ${error.message ?? error.keyword}`;
}

const joined = (path: string, name: string) => (path ? `${path}.${name}` : name);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A page size for a walk bounded by `maxItems`: the bound itself when one page holds it; else the
 * largest divisor of the bound from half the largest page up (so the walk ends on a page's edge), or
 * the largest page.
 */
export function pageSizeFor(maxItems: number, maxPageSize: number): number {
  if (maxItems <= maxPageSize) return maxItems;
  for (let size = maxPageSize; size >= Math.ceil(maxPageSize / 2); size--) if (maxItems % size === 0) return size;
  return maxPageSize;
}

function success(structuredContent: Record<string, unknown>, note?: string): CallToolResult {
  // The text is the same JSON, for clients that read only `content` (MCP asks for both); compact, as
  // it goes into a model's context.
  const text = JSON.stringify(structuredContent);
  return { content: [{ type: "text", text: note ? `${note}\n\n${text}` : text }], structuredContent };
}

function failure(message: string): CallToolResult {
  return { content: [{ type: "text", text: message }], isError: true };
}
