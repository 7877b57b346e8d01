// Validates values against the schemas of the bundled description with JSON Schema 2020-12 (the
// dialect of OpenAPI 3.1) and its formats, independently of Redocly and of the generated types.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "./paths.ts";

// ajv-formats is CommonJS: under NodeNext its default import is `module.exports`, which carries
// the plugin again as `.default`, the only form TypeScript types as callable.
const addFormats = addFormatsModule.default;

const BUNDLE_ID = "https://copilot-spaces.invalid/openapi.json";

// OpenAPI keywords that are not JSON Schema: known to ajv so that strict mode still catches typos.
const OPENAPI_KEYWORDS = [
  // document level
  "openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags",
  // schema-object extras
  "discriminator", "xml", "externalDocs", "example",
];

export interface ValidationResult {
  valid: boolean;
  /** One line per problem: "/owner/email must match format \"email\"". */
  errors: string[];
}

export class BundleValidator {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(readonly bundle: OpenApiDocument) {
    // strictTypes is off because OpenAPI 3.1 nullable fields are written `type: [string, "null"]`
    // beside `format`, which ajv's strictTypes reports although the schema is valid 2020-12.
    // strictRequired is off because a schema may require a property that an `allOf` part declares
    // (`copilot-space` requires the summary's `base_role`), which strictRequired cannot see.
    this.#ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, validateFormats: true });
    addFormats(this.#ajv);
    this.#ajv.addVocabulary(OPENAPI_KEYWORDS);
    this.#ajv.addSchema({ ...bundle, $id: BUNDLE_ID });
  }

  /** Validates `value` against the schema at `pointer`, a JSON pointer into the bundle ("/components/schemas/copilot-space"). */
  validate(pointer: string, value: unknown): ValidationResult {
    let validate = this.#compiled.get(pointer);
    if (!validate) {
      validate = this.#ajv.getSchema(`${BUNDLE_ID}#${pointer}`);
      if (!validate) throw new Error(`No schema at ${pointer} in the bundle.`);
      this.#compiled.set(pointer, validate);
    }
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? [] : formatErrors(validate.errors ?? []) };
  }
}

function formatErrors(errors: ErrorObject[]): string[] {
  return errors.map((error) => `${error.instancePath || "(root)"} ${error.message ?? error.keyword}`);
}

/** A JSON pointer from its parts, escaping "~" and "/". */
export function pointer(...parts: (string | number)[]): string {
  return parts.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** The value at a JSON pointer, or at a local `$ref` ("#/components/…"). */
export function resolvePointer(document: unknown, ref: string): unknown {
  const path = ref.replace(/^#/, "");
  if (path === "") return document;
  return path
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => {
      if (node === null || typeof node !== "object" || !(part in node)) {
        throw new Error(`The bundle has nothing at ${ref}.`);
      }
      return (node as Record<string, unknown>)[part];
    }, document);
}

/** Follows `$ref`s until a node that is not a reference; returns the node and where it was found. */
export function deref<T = Record<string, unknown>>(document: unknown, node: unknown, at: string): { node: T; at: string } {
  let current = node;
  let location = at;
  for (let hops = 0; isRef(current); hops++) {
    if (hops > 16) throw new Error(`$ref cycle at ${at}.`);
    location = current.$ref.replace(/^#/, "");
    current = resolvePointer(document, current.$ref);
  }
  return { node: current as T, at: location };
}

function isRef(node: unknown): node is { $ref: string } {
  return typeof node === "object" && node !== null && typeof (node as { $ref?: unknown }).$ref === "string";
}

/** The example values of a request body or a response (a `$ref` is followed): `example` and named `examples`. */
export function exampleValues(bundle: OpenApiDocument, holder: unknown): unknown[] {
  if (holder === undefined) return [];
  const content = (deref(bundle, holder, "").node.content ?? {}) as Record<string, Record<string, unknown>>;
  return Object.values(content).flatMap((media) => [
    ...("example" in media ? [media.example] : []),
    ...Object.values((media.examples ?? {}) as Record<string, unknown>).map((example) => deref<{ value?: unknown }>(bundle, example, "").node.value),
  ]);
}

/** The JSON pointer of the schema of an operation's answer for a status; undefined when it has no body. */
export function responseSchemaPointer(bundle: OpenApiDocument, op: BundleOperation, status: number): string | undefined {
  const response = (op.operation.responses as Record<string, unknown> | undefined)?.[String(status)];
  if (!response) return undefined;
  const { node, at } = deref(bundle, response, `${op.at}${pointer("responses", String(status))}`);
  return node.content ? `${at}${pointer("content", "application/json", "schema")}` : undefined;
}

export interface BundleExample {
  /** Where a person finds it: "get /orgs/{org}/copilot-spaces → 200 application/json → org-copilot-space-list". */
  label: string;
  /** JSON pointer of the schema the example must satisfy. */
  schemaPointer: string;
  value: unknown;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface BundleOperation {
  method: string;
  path: string;
  /** JSON pointer of the operation object. */
  at: string;
  operation: Record<string, unknown>;
  /** Path-level and operation-level parameters, references resolved; operation-level ones win. */
  parameters: { node: Record<string, unknown>; at: string }[];
}

export function operationsOf(bundle: OpenApiDocument): BundleOperation[] {
  return Object.entries(bundle.paths).flatMap(([path, item]) => {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    return HTTP_METHODS.filter((method) => method in item).map((method) => {
      const at = pointer("paths", path, method);
      const operation = item[method] as Record<string, unknown>;
      const own = ((operation.parameters as unknown[] | undefined) ?? []).map((p, i) =>
        deref(bundle, p, `${at}/parameters/${i}`),
      );
      const inherited = shared
        .map((p, i) => deref(bundle, p, `${pointer("paths", path, "parameters")}/${i}`))
        .filter((p) => !own.some((o) => o.node.name === p.node.name && o.node.in === p.node.in));
      return { method, path, at, operation, parameters: [...inherited, ...own] };
    });
  });
}

/** Every example of every parameter, request body, response body and response header of the bundle. */
export function examplesOf(bundle: OpenApiDocument): BundleExample[] {
  const found: BundleExample[] = [];
  const fromHolder = (label: string, holder: Record<string, unknown>, schemaAt: string): void => {
    if ("example" in holder) found.push({ label, schemaPointer: schemaAt, value: holder.example });
    const examples = (holder.examples ?? {}) as Record<string, unknown>;
    for (const [name, example] of Object.entries(examples)) {
      const { node } = deref<{ value?: unknown }>(bundle, example, `${label}/${name}`);
      found.push({ label: `${label} → ${name}`, schemaPointer: schemaAt, value: node.value });
    }
  };
  const fromContent = (label: string, content: unknown, at: string): void => {
    for (const [mediaType, media] of Object.entries((content ?? {}) as Record<string, Record<string, unknown>>)) {
      fromHolder(`${label} ${mediaType}`, media, `${at}${pointer(mediaType, "schema")}`);
    }
  };
  for (const { method, path, at, operation, parameters } of operationsOf(bundle)) {
    const name = `${method} ${path}`;
    for (const parameter of parameters) {
      fromHolder(`${name} → parameter ${String(parameter.node.name)}`, parameter.node, `${parameter.at}/schema`);
    }
    if (operation.requestBody) {
      const body = deref(bundle, operation.requestBody, `${at}/requestBody`);
      fromContent(`${name} → request`, body.node.content, `${body.at}/content`);
    }
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
      const resolved = deref(bundle, response, `${at}${pointer("responses", status)}`);
      fromContent(`${name} → ${status}`, resolved.node.content, `${resolved.at}/content`);
      for (const [header, value] of Object.entries((resolved.node.headers ?? {}) as Record<string, unknown>)) {
        const h = deref(bundle, value, `${resolved.at}${pointer("headers", header)}`);
        fromHolder(`${name} → ${status} header ${header}`, h.node, `${h.at}/schema`);
      }
    }
  }
  return found;
}
