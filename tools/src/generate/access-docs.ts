// Who may call what, for the docs: a "Tokens and permissions" table appended to each operation's
// description (made from its `x-access` and the root `x-github-permissions`), and a table of the API
// versions served (the version header parameter's enum and `x-served-without-header`) in the info
// description's API-version section. Written into the docs' copy of the bundle only, as the code
// samples are: spec/ keeps the rules as data, and Redoc renders an operation's description but not
// its extensions.
import {
  operationsOf,
  permissionTitles,
  SCOPED_KINDS,
  SERVED_WITHOUT_HEADER,
  TOKEN_KINDS,
  type Json,
  type ModelAccess,
  type TokenKind,
} from "../model/bundle-model.ts";
import type { OpenApiDocument } from "../model/paths.ts";

/** The heading the docs show above each operation's table; the docs' browser test looks for it. */
export const ACCESS_HEADING = "Tokens and permissions";
/** The guide section of info.description that gets the table of versions. */
export const VERSION_SECTION = "API version";

/** How GitHub's pages name each kind of token. */
export const TOKEN_KIND_NAMES: Record<TokenKind, string> = {
  "classic-pat": "Personal access token (classic)",
  "oauth-app": "OAuth app token",
  "fine-grained-pat": "Fine-grained personal access token",
  "github-app-installation": "GitHub App installation token",
  "github-app-user": "GitHub App user token",
};

type Titles = ReturnType<typeof permissionTitles>;

const code = (text: string) => `\`${text}\``;
/** "a", "a and b", "a, b and c". */
const and = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`);

/** Whether a token of this kind works, and what it must be granted. */
function row(kind: TokenKind, access: ModelAccess, titles: Titles): [works: string, needs: string] {
  if (!access.tokenKinds.includes(kind)) return ["No", "—"];
  if (SCOPED_KINDS.includes(kind)) {
    const scopes = access.scopes.map(code);
    return ["Yes", `the ${scopes.length === 1 ? "scope" : "scopes"} ${and(scopes)}`];
  }
  const permissions = Object.entries(access.permissions).map(([key, level]) => {
    const declared = titles[key];
    const name = declared ? `"${declared.title}" ${declared.kind} permission` : `${code(key)} permission`;
    return `the ${name}: ${level === "read" ? "read (or write)" : "write"} (${code(`${key}=${level}`)})`;
  });
  return ["Yes", and(permissions)];
}

/** The markdown of an operation's table, with a note when its rules are assumed or have a named source. */
export function accessMarkdown(access: ModelAccess, titles: Titles): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const rows = TOKEN_KINDS.map((kind) => `| ${[TOKEN_KIND_NAMES[kind], ...row(kind, access, titles)].map(cell).join(" | ")} |`);
  const notes = [...(access.assumed ? [`**Assumed:** ${access.assumed}`] : []), ...(access.source ? [`**Source:** ${access.source}`] : [])];
  return [`### ${ACCESS_HEADING}`, "", "| Token | Works | Needs |", "| --- | --- | --- |", ...rows, ...notes.flatMap((n) => ["", n])].join("\n");
}

/** The API version header parameter: the one that declares `x-served-without-header`. */
export function versionParameter(bundle: OpenApiDocument): { name: string; versions: string[]; fallback: string; pinned?: string } {
  for (const op of operationsOf(bundle)) {
    for (const p of op.parameters) {
      const fallback = p.node[SERVED_WITHOUT_HEADER];
      if (typeof fallback !== "string") continue;
      const schema = p.schema as Json;
      const versions = Array.isArray(schema.enum) ? schema.enum.map(String) : [];
      if (versions.length === 0) throw new Error(`${p.at}: the API version parameter lists no versions (schema.enum)`);
      return { name: p.name, versions, fallback, ...(typeof schema.default === "string" ? { pinned: schema.default } : {}) };
    }
  }
  throw new Error(`No parameter of the bundle declares ${SERVED_WITHOUT_HEADER}: the docs cannot say which API version a request without the header gets`);
}

export function versionMarkdown(bundle: OpenApiDocument): string {
  const { name, versions, fallback, pinned } = versionParameter(bundle);
  const rows = versions.map((v) => {
    const notes = [
      ...(v === pinned ? ["the version this description was written from"] : []),
      ...(v === fallback ? [`served to a request without ${code(name)}`] : []),
    ];
    return `| ${code(v)} | ${notes.length > 0 ? notes.join("; ") : "—"} |`;
  });
  return ["| API version served | Notes |", "| --- | --- |", ...rows, "", `A request without ${code(name)} is served ${code(fallback)}.`].join("\n");
}

/** Appends a table at the end of one of the info description's sections (the API-version one, say). */
export function withSectionTable(description: string, section: string, table: string): string {
  const heading = new RegExp(`^(#+) ${section}\\s*$`, "m");
  const match = heading.exec(description);
  if (!match) throw new Error(`info.description has no "${section}" section for its table`);
  const level = match[1]!.length;
  const rest = description.slice(match.index + match[0].length);
  const next = new RegExp(`^#{1,${String(level)}} `, "m").exec(rest);
  const end = match.index + match[0].length + (next ? next.index : rest.length);
  return `${description.slice(0, end).trimEnd()}\n\n${table}\n\n${description.slice(end).trimStart()}`.trimEnd();
}

/** The bundle with each operation's table of tokens and the table of API versions, for the docs. */
export function withAccessTables(bundle: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(bundle);
  const titles = permissionTitles(copy);
  for (const { method, path, access, operationId } of operationsOf(copy)) {
    if (!access) throw new Error(`${operationId}: no x-access, so the docs cannot say which tokens work`);
    const operation = copy.paths[path]![method] as Record<string, unknown>;
    const description = typeof operation.description === "string" ? operation.description.trimEnd() : "";
    operation.description = `${description}${description ? "\n\n" : ""}${accessMarkdown(access, titles)}\n`;
  }
  copy.info.description = `${withSectionTable(String(copy.info.description ?? ""), VERSION_SECTION, versionMarkdown(copy))}\n`;
  return copy;
}
