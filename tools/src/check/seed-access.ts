// Who may call an operation, as the seed page's sentences say it, against the operation's `x-access`.
// The page states it in fixed sentences (GitHub's reference pages are generated from its docs data):
// the classic scopes in the prose, then under "Fine-grained access tokens for …" either "This endpoint
// works with the following fine-grained token types:" and a permission set, or "This endpoint does
// not work with …". A sentence on tokens or scopes that this reading does not know is reported, so
// that a page that changes its wording fails the check instead of passing it unread.
import { permissionTitles, SCOPED_KINDS, TOKEN_KINDS, type ModelOperation, type TokenKind } from "../model/bundle-model.ts";
import type { SeedOperation } from "../model/seed-page.ts";

export interface PageAccess {
  /** The token kinds the page says work. */
  tokenKinds: TokenKind[];
  /** What OAuth app tokens and personal access tokens (classic) need, every one of them. */
  scopes: string[];
  /** The permission set fine-grained tokens must have, as the page names it. */
  permissions: { title: string; kind: string; level: string }[];
  /** The page's sentences on tokens that this reading does not understand, and what the page leaves unsaid. */
  unread: string[];
}

const SCOPE_SENTENCE = /^OAuth app tokens and personal access tokens \(classic\) need (?:both )?the (.+?) scopes? to use this endpoint\.$/;
const SCOPE_NAME = /^[a-z_]+(?::[a-z_]+)?$/;
const WORKS = "This endpoint works with the following fine-grained token types:";
const DOES_NOT_WORK = /^This endpoint does not work with (.+)\.$/;
const PERMISSION_SET = "The fine-grained token must have the following permission set:";
const PERMISSION = /^"(.+)" (organization|repository|user|account|enterprise) permissions \((\w+)\)$/;
/** The page's names of the token kinds that do not carry scopes. */
const KIND_NAMES: Record<string, TokenKind> = {
  "github app user access tokens": "github-app-user",
  "github app installation access tokens": "github-app-installation",
  "fine-grained personal access tokens": "fine-grained-pat",
};
const PERMISSION_KINDS = TOKEN_KINDS.filter((kind) => !SCOPED_KINDS.includes(kind));

/**
 * The scopes of GitHub's sentence "OAuth app tokens and personal access tokens (classic) need the X
 * scope / both the X and Y scopes to use this endpoint." (backquotes, as GitHub's description writes
 * them, aside); undefined for any other sentence, an "X or Y" one included, which `x-access` (every
 * scope listed is needed) cannot say.
 */
export function scopesOf(sentence: string): string[] | undefined {
  const list = SCOPE_SENTENCE.exec(sentence.replace(/`/g, "").replace(/\s+/g, " ").trim())?.[1];
  const names = list?.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return names?.every((name) => SCOPE_NAME.test(name)) ? names : undefined;
}

/** The paragraph of `text` that speaks of classic tokens' scopes, and the scopes it names (if read). */
export function scopeParagraph(text: string): { sentence: string; scopes?: string[] } | undefined {
  const sentence = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .find((paragraph) => /^OAuth app tokens and personal access tokens \(classic\)/.test(paragraph));
  if (sentence === undefined) return undefined;
  const scopes = scopesOf(sentence);
  return scopes ? { sentence, scopes } : { sentence };
}

const kindsIn = (list: string, unread: string[], sentence: string): TokenKind[] =>
  list.split(/\s*,\s*(?:or\s+)?|\s+or\s+/).flatMap((name) => {
    const kind = KIND_NAMES[name.toLowerCase()];
    if (!kind) unread.push(`"${sentence}" (the token type "${name}")`);
    return kind ? [kind] : [];
  });

export function readPageAccess(op: Pick<SeedOperation, "prose" | "fineGrained">): PageAccess {
  const unread: string[] = [];
  let scopes: string[] | undefined;
  for (const line of op.prose) {
    const read = scopesOf(line);
    if (read && !scopes) scopes = read;
    else if (/\btokens?\b|\bscopes?\b/i.test(line)) unread.push(`"${line}"`);
  }
  let works: TokenKind[] | undefined;
  const refused: TokenKind[] = [];
  const permissions: PageAccess["permissions"] = [];
  let section: "types" | "permissions" | undefined;
  for (const line of op.fineGrained) {
    const doesNotWork = DOES_NOT_WORK.exec(line)?.[1];
    const permission = PERMISSION.exec(line);
    if (line === WORKS) [section, works] = ["types", []];
    else if (line === PERMISSION_SET) section = "permissions";
    else if (doesNotWork) refused.push(...kindsIn(doesNotWork, unread, line));
    else if (section === "types" && KIND_NAMES[line.toLowerCase()]) works?.push(KIND_NAMES[line.toLowerCase()] as TokenKind);
    else if (section === "permissions" && permission?.[1] && permission[2] && permission[3])
      permissions.push({ title: permission[1], kind: permission[2], level: permission[3] });
    else unread.push(`"${line}"`);
  }
  if (!scopes) unread.push("(none): the page names no scope for OAuth app tokens and personal access tokens (classic)");
  if (!works && refused.length === 0) unread.push("(none): the page says neither which fine-grained token types work nor which do not");
  // The seed text loses the list after "works with the following fine-grained token types:" (see
  // TOOLCHAIN.md's notes on the seed page): an empty list there means the three kinds GitHub lists.
  const permitted = works?.length === 0 ? PERMISSION_KINDS : (works ?? []);
  const tokenKinds = TOKEN_KINDS.filter((kind) => (SCOPED_KINDS.includes(kind) ? scopes !== undefined : permitted.includes(kind)) && !refused.includes(kind));
  if (tokenKinds.some((kind) => !SCOPED_KINDS.includes(kind)) && permissions.length === 0)
    unread.push("(none): the page names fine-grained token types that work but no permission set");
  return { tokenKinds, scopes: scopes ?? [], permissions, unread };
}

const listed = (items: string[]) => (items.length > 0 ? [...items].sort().join(", ") : "none");
const levels = (permissions: Record<string, string>) => listed(Object.entries(permissions).map(([key, level]) => `${key}=${level}`));

/** The operation's `x-access` against what the page says; one sentence per difference. */
export function checkPageAccess(op: SeedOperation, found: ModelOperation, bundle: unknown): string[] {
  const page = readPageAccess(op);
  const problems = page.unread.map((sentence) => `the access check does not read the page's sentence ${sentence}.`);
  const access = found.access;
  if (!access) return [...problems, "has no x-access, and the page says who may call it."];
  for (const kind of TOKEN_KINDS) {
    const [onPage, ours] = [page.tokenKinds.includes(kind), access.tokenKinds.includes(kind)];
    if (onPage && !ours) problems.push(`x-access.token-kinds lacks ${kind}, which the page says works.`);
    if (ours && !onPage) problems.push(`x-access.token-kinds has ${kind}, which the page says does not work.`);
  }
  if (listed(access.scopes) !== listed(page.scopes)) problems.push(`x-access.scopes is ${listed(access.scopes)}, the page says ${listed(page.scopes)}.`);
  const titles = Object.entries(permissionTitles(bundle));
  const expected: Record<string, string> = {};
  for (const { title, kind, level } of page.permissions) {
    const key = titles.find(([, declared]) => declared.title === title && declared.kind === kind)?.[0];
    if (key) expected[key] = level;
    else problems.push(`the page's permission "${title}" (${kind}) is not declared in x-github-permissions.`);
  }
  if (levels(access.permissions) !== levels(expected))
    problems.push(`x-access.permissions is ${levels(access.permissions)}, the page says ${levels(expected)}.`);
  return problems;
}

/** An operation the page does not have: its `x-access` must say where its rules come from, or why they are assumed. */
export function checkAccessOrigin(found: ModelOperation): string[] {
  if (!found.access || found.access.source?.trim() || found.access.assumed?.trim()) return [];
  return ["the page does not have this operation, and its x-access names neither a source nor why it is assumed."];
}
