// The operations of a bundle, read into the model's types: parameters (path-level and operation-level),
// the request body, the responses and their kinds, paging, the resource and the description's
// extensions (x-paging, x-item-field, x-seed-addition).
import type { ModelHeader, ModelOperation, ModelParameter, ModelResponse, PagingRole } from "./model-types.ts";
import { deref, exampleValues, extension, pointer, resolveSchema, schemaRef, type Json } from "./pointers.ts";
import { accessOf, permissionTitles } from "./access.ts";
import { resourceOf } from "./resources.ts";
import { propertiesOf, schemaKind } from "./schema.ts";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function operationsOf(bundle: { paths?: unknown }): ModelOperation[] {
  const paths = (bundle.paths ?? {}) as Record<string, Json>;
  const found = Object.entries(paths).flatMap(([path, item]) => {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    return HTTP_METHODS.filter((method) => method in item).map((method) => {
      const at = pointer("paths", path, method);
      const operation = item[method] as Json;
      const own = ((operation.parameters as unknown[] | undefined) ?? []).map((p, i) => parameterOf(bundle, p, `${at}/parameters/${i}`));
      const inherited = shared
        .map((p, i) => parameterOf(bundle, p, `${pointer("paths", path, "parameters")}/${i}`))
        .filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
      const responses = Object.entries((operation.responses ?? {}) as Json).map(([status, response]) =>
        responseOf(bundle, Number(status), response, `${at}${pointer("responses", status)}`),
      );
      // The answer a request usually gets: the first 2xx, but 201 for a POST that declares one (a
      // create that may also answer 200 when the thing exists already).
      const success =
        (method === "post" ? responses.find((r) => r.status === 201) : undefined) ?? responses.find((r) => r.status >= 200 && r.status <= 299) ?? responses[0]!;
      const modeled: ModelOperation = {
        operationId: String(operation.operationId ?? `${method} ${path}`),
        method,
        path,
        at,
        operation,
        summary: String(operation.summary ?? ""),
        tags: ((operation.tags as string[] | undefined) ?? []).map(String),
        parameters: [...inherited, ...own],
        responses,
        success,
      };
      if (operation.requestBody !== undefined) {
        const body = deref(bundle, operation.requestBody, `${at}/requestBody`);
        modeled.requestBody = {
          required: Boolean(body.node.required),
          schemaPointer: `${body.at}${pointer("content", "application/json", "schema")}`,
          examples: exampleValues(bundle, operation.requestBody),
        };
      }
      const access = accessOf(operation, `${method.toUpperCase()} ${path}`, permissionTitles(bundle));
      if (access) modeled.access = access;
      const seedAddition = operation["x-seed-addition"];
      if (typeof seedAddition === "string") modeled.seedAddition = seedAddition;
      const paging = pagingOf(bundle, modeled);
      if (paging) modeled.paging = paging;
      const resource = responses
        .find((r) => r.status === 422)
        ?.examples.flatMap((e) => ((e as Json | undefined)?.errors as Json[] | undefined) ?? [])[0]?.resource;
      if (typeof resource === "string") modeled.validationResource = resource;
      return modeled;
    });
  });
  for (const op of found) {
    const resource = resourceOf(op, found);
    if (resource) op.resource = resource;
  }
  return found;
}

function parameterOf(bundle: unknown, node: unknown, at: string): ModelParameter {
  const resolved = deref(bundle, node, at);
  const p = resolved.node;
  const parameter: ModelParameter = {
    name: String(p.name),
    in: String(p.in),
    required: Boolean(p.required),
    schema: resolveSchema(bundle, p.schema),
    node: p,
    at: resolved.at,
  };
  const paging = extension(bundle, node, "x-paging");
  if (paging === "page-size" || paging === "next-cursor" || paging === "prev-cursor") parameter.paging = paging;
  const itemField = extension(bundle, node, "x-item-field");
  if (typeof itemField === "string") parameter.itemField = itemField;
  const addition = extension(bundle, node, "x-seed-addition");
  if (typeof addition === "string") parameter.seedAddition = addition;
  return parameter;
}

function responseOf(bundle: unknown, status: number, node: unknown, at: string): ModelResponse {
  const resolved = deref(bundle, node, at);
  const content = resolved.node.content as Record<string, { schema?: unknown }> | undefined;
  const json = content?.["application/json"];
  const response: ModelResponse = {
    status,
    description: String(resolved.node.description ?? ""),
    kind: content === undefined ? "none" : json?.schema === undefined ? "json" : schemaKind(bundle, json.schema),
    examples: exampleValues(bundle, node),
    headers: Object.entries((resolved.node.headers ?? {}) as Json).map(([name, header]) =>
      headerOf(bundle, name, header, `${resolved.at}${pointer("headers", name)}`),
    ),
  };
  if (json?.schema !== undefined) response.schemaPointer = `${resolved.at}${pointer("content", "application/json", "schema")}`;
  const addition = extension(bundle, node, "x-seed-addition");
  if (typeof addition === "string") response.seedAddition = addition;
  return response;
}

function headerOf(bundle: unknown, name: string, node: unknown, at: string): ModelHeader {
  const resolved = deref(bundle, node, at);
  const header: ModelHeader = { name, required: Boolean(resolved.node.required), node: resolved.node, at: resolved.at };
  const addition = extension(bundle, node, "x-seed-addition");
  if (typeof addition === "string") header.seedAddition = addition;
  return header;
}

/** A list paged by cursor: it takes a next cursor, and its success is an object with one array property. */
function pagingOf(bundle: unknown, op: ModelOperation): ModelOperation["paging"] {
  const role = (r: PagingRole) => op.parameters.find((p) => p.in === "query" && p.paging === r);
  const next = role("next-cursor");
  if (!next || op.success.kind !== "object" || !op.success.schemaPointer) return undefined;
  const arrays = Object.entries(propertiesOf(bundle, schemaRef(op.success.schemaPointer))).filter(([, p]) => p.type === "array");
  if (arrays.length !== 1) return undefined;
  const paging: NonNullable<ModelOperation["paging"]> = { itemsKey: arrays[0]![0], next };
  const pageSize = role("page-size");
  const prev = role("prev-cursor");
  if (pageSize) paging.pageSize = pageSize;
  if (prev) paging.prev = prev;
  return paging;
}
