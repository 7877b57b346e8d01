// Compares the bundled description with the seed page: every operation, status code, parameter,
// enum value, default, example and header the page shows must be in the bundle, and whatever the
// bundle has that the page does not (an operation, a status code, a parameter, a request body field,
// a response header) must be declared where it is written, with `x-seed-addition: "<why>"`. Who may call an operation
// (`x-access`) must be what the page's sentences say (./seed-access.ts); an operation the page lacks
// must say where its rules come from. Returns the problems, one sentence each, naming the item.
import { deref, extension, operationsOf, schemaRef, walkProperties, type ModelOperation, type ModelParameter } from "../model/bundle-model.ts";
import type { OpenApiDocument } from "../model/paths.ts";
import type { SeedOperation } from "../model/seed-page.ts";
import { checkAccessOrigin, checkPageAccess } from "./seed-access.ts";
import { checkExamples } from "./seed-examples.ts";
import { checkApiVersionHeader, checkParameter, normalize } from "./seed-fields.ts";

export { sameAsSeed } from "./seed-examples.ts";

type Node = Record<string, unknown>;

const UNDECLARED = "is not declared with x-seed-addition";

export function checkSeedConformance(seed: SeedOperation[], bundle: OpenApiDocument): string[] {
  const problems: string[] = [];
  const operations = operationsOf(bundle);
  for (const op of seed) {
    const found = operations.find((o) => o.method === op.method && o.path === op.path);
    const where = `${op.method.toUpperCase()} ${op.path} ("${op.title}")`;
    if (!found) {
      problems.push(`${where}: the bundle has no such operation.`);
      continue;
    }
    problems.push(...checkOperation(op, found, bundle).map((problem) => `${where}: ${problem}`));
  }
  for (const o of operations) {
    if (seed.some((op) => op.method === o.method && op.path === o.path)) continue;
    const where = `${o.method.toUpperCase()} ${o.path} (${o.operationId})`;
    if (!o.seedAddition?.trim()) problems.push(`${where}: the page does not have this operation, and it ${UNDECLARED}.`);
    problems.push(...checkAccessOrigin(o).map((problem) => `${where}: ${problem}`));
  }
  problems.push(...checkDocument(seed, bundle, operations));
  return problems;
}

function checkOperation(op: SeedOperation, found: ModelOperation, bundle: OpenApiDocument): string[] {
  const problems: string[] = [];
  const { operation } = found;
  if (operation.summary !== op.title) problems.push(`summary is "${String(operation.summary)}", the page's title is "${op.title}".`);
  const expectedId = expectedOperationId(op, found);
  if (operation.operationId !== expectedId) {
    problems.push(`operationId is "${String(operation.operationId)}", GitHub's convention gives "${expectedId}".`);
  }
  const description = normalize(String(operation.description ?? ""));
  for (const paragraph of [...op.prose, ...op.fineGrained]) {
    // The page's list of fine-grained token types is lost from the seed text: only its lead-in
    // sentence is left, with nothing after it to check.
    if (/following fine-grained token types:$/.test(paragraph)) continue;
    if (!description.includes(normalize(paragraph))) problems.push(`description lacks the page's text "${paragraph}".`);
  }

  const responses = (operation.responses ?? {}) as Node;
  for (const status of op.statuses) {
    const response = responses[String(status.code)];
    if (!response) {
      problems.push(`status ${status.code} ("${status.description}") is missing from its responses.`);
      continue;
    }
    const { node } = deref(bundle, response, "");
    if (normalize(String(node.description ?? "")) !== normalize(status.description)) {
      problems.push(`status ${status.code} is described as "${String(node.description)}", the page says "${status.description}".`);
    }
  }
  for (const response of found.responses) {
    // The page lists no response headers: each one the description declares is an addition.
    for (const header of response.headers)
      if (!header.seedAddition?.trim()) problems.push(`status ${response.status}'s header "${header.name}" is not on the page, and it ${UNDECLARED}.`);
    if (op.statuses.some((status) => status.code === response.status)) continue;
    if (!response.seedAddition?.trim()) problems.push(`status ${response.status} is not on the page, and it ${UNDECLARED}.`);
  }

  for (const parameter of op.parameters) problems.push(...checkParameter(parameter, found, bundle));
  problems.push(...checkAddedParameters(op, found));
  problems.push(...checkAddedFields(op, found, bundle));
  problems.push(...checkApiVersionHeader(op, found));
  problems.push(...checkPageAccess(op, found, bundle));
  problems.push(...checkExamples(op, found));
  return problems;
}

/**
 * GitHub's operationIds: <tag>/<verb>-for-<owner>, where a GET of a path ending in a parameter is a
 * get (else a list), "Set" is update, and the owner is the path's first segment (orgs, users).
 */
function expectedOperationId(op: SeedOperation, found: ModelOperation): string {
  const owner = op.path.startsWith("/orgs/") ? "org" : "user";
  const single = /\}$/.test(op.path);
  const verb = { get: single ? "get" : "list", post: "create", put: "update", patch: "update", delete: "delete" }[op.method];
  return `${found.tags[0] ?? "?"}/${verb ?? op.method}-for-${owner}`;
}

/** A parameter of the bundle that the page does not list must be declared. */
function checkAddedParameters(op: SeedOperation, found: ModelOperation): string[] {
  const onPage = (p: ModelParameter) =>
    op.parameters.some((s) => s.in === p.in && (p.in === "header" ? s.name.toLowerCase() === p.name.toLowerCase() : s.name === p.name));
  return found.parameters
    .filter((p) => !onPage(p) && !p.seedAddition?.trim())
    .map((p) => `${p.in} parameter "${p.name}" is not on the page, and it ${UNDECLARED}.`);
}

/** A field of the request body (nested ones too) that the page does not list must be declared. */
function checkAddedFields(op: SeedOperation, found: ModelOperation, bundle: OpenApiDocument): string[] {
  if (!found.requestBody) return [];
  const onPage = new Set(op.parameters.filter((p) => p.in === "body").map((p) => p.path.join(".")));
  const problems: string[] = [];
  walkProperties(bundle, schemaRef(found.requestBody.schemaPointer), (property, path) => {
    if (!onPage.has(path.join(".")) && !String(extension(bundle, property, "x-seed-addition") ?? "").trim()) {
      problems.push(`body field "${path.join(".")}" is not on the page, and it ${UNDECLARED}.`);
    }
  });
  return problems;
}

function checkDocument(seed: SeedOperation[], bundle: OpenApiDocument, operations: ModelOperation[]): string[] {
  const problems: string[] = [];
  const origins = new Set(seed.map((op) => new URL(op.curl.url).origin));
  const servers = ((bundle.servers ?? []) as { url: string }[]).map((server) => server.url.replace(/\/$/, ""));
  for (const origin of origins) if (!servers.includes(origin)) problems.push(`servers lacks ${origin}, where the page's requests go.`);

  const schemes = (bundle.components.securitySchemes ?? {}) as Record<string, Node>;
  const bearer = Object.keys(schemes).filter((name) => schemes[name]?.type === "http" && String(schemes[name]?.scheme).toLowerCase() === "bearer");
  const rootSecurity = (bundle.security ?? []) as Record<string, unknown>[];
  for (const { method, path, operation } of operations) {
    const security = (operation.security as Record<string, unknown>[] | undefined) ?? rootSecurity;
    if (!security.some((requirement) => bearer.some((name) => name in requirement))) {
      problems.push(`${method.toUpperCase()} ${path}: no bearer-token security, though the page's request sends "Authorization: Bearer".`);
    }
  }

  const accepts = new Set(
    seed.flatMap((op) =>
      Object.entries(op.curl.headers)
        .filter(([name]) => /^accept$/i.test(name))
        .map(([, value]) => value),
    ),
  );
  const info = String(bundle.info.description ?? "");
  for (const accept of accepts)
    if (!info.includes(accept)) problems.push(`info.description does not mention the Accept value "${accept}" the page recommends.`);
  return problems;
}
