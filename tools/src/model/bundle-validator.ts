// Validates values against the schemas of the bundled description with JSON Schema 2020-12 (the
// dialect of OpenAPI 3.1) and its formats, independently of Redocly and of the generated types.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { deref, operationsOf, pointer, type ModelOperation } from "./bundle-model.ts";
import type { OpenApiDocument } from "./paths.ts";

// ajv-formats is CommonJS: under NodeNext its default import is `module.exports`, which carries
// the plugin again as `.default`, the only form TypeScript types as callable.
const addFormats = addFormatsModule.default;

const BUNDLE_ID = "https://copilot-spaces.invalid/openapi.json";

// OpenAPI keywords that are not JSON Schema: known to ajv so that strict mode still catches typos.
const OPENAPI_KEYWORDS = [
  // document level
  "openapi",
  "info",
  "jsonSchemaDialect",
  "servers",
  "paths",
  "webhooks",
  "components",
  "security",
  "tags",
  // schema-object extras
  "discriminator",
  "xml",
  "externalDocs",
  "example",
  // the description's own extensions (tools/src/model/bundle-model.ts; spec/README.md lists them)
  "x-seed-addition",
  "x-github-permissions",
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

/** The JSON pointer of the schema of an operation's answer for a status; undefined when it has no body. */
export function responseSchemaPointer(op: ModelOperation, status: number): string | undefined {
  return op.responses.find((r) => r.status === status)?.schemaPointer;
}

export interface BundleExample {
  /** Where a person finds it: "get /orgs/{org}/copilot-spaces → 200 application/json → org-copilot-space-list". */
  label: string;
  /** JSON pointer of the schema the example must satisfy. */
  schemaPointer: string;
  value: unknown;
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
      fromHolder(`${name} → parameter ${parameter.name}`, parameter.node, `${parameter.at}/schema`);
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
