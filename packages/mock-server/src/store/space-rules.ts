// What the stateful mock does to a Space that the description cannot say in its schemas. Each rule
// names where it comes from. Everything else (fields, types, enums, defaults, required fields, the
// identity field of an item path's parameter) is read from the description by the store.

type Json = Record<string, unknown>;

/**
 * The field of nested resources, written as Rails' nested attributes (`resources_attributes`), and the
 * fields the store itself keeps: timestamps, and the URLs that end with the number (the description's
 * examples: `html_url` …/spaces/octo-org/3, `api_url` …/copilot-spaces/3).
 */
export const NESTED_FIELD = "resources_attributes";
export const CREATED_AT = "created_at";
export const UPDATED_AT = "updated_at";
export const NUMBERED_URLS = ["html_url", "api_url"];
/** Every stored item and nested resource has a numeric `id`, unique across owners (the description's examples). */
export const ID_FIELD = "id";
/** Who owns and who created an item: the description's `owner` and `creator`, accounts with a `login`. */
export const OWNER_FIELD = "owner";
export const CREATOR_FIELD = "creator";
/** The names people tell items and accounts apart by: a Space's and a team's `name`, a user's `login`, a team's `slug` (fixtures keep them unique). */
export const NAME_FIELDS = ["name", "login", "slug"];

/** GitHub's logins and organization names are case-insensitive: `Acme` and `acme` are one owner. */
export const ownerKey = (kind: string, name: string) => `${kind}/${name.toLowerCase()}`;

/** Timestamps as GitHub writes them (ISO 8601, UTC, whole seconds), as in the description's examples. */
export const timestamp = (now: Date) => now.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * Moves a Space (or its owner) to another owner name: the `login` and every URL path segment that is
 * the old name. The description's examples spell URLs this way (`…/users/octocat/repos`,
 * `https://github.com/copilot/spaces/octo-org/3`).
 */
export function reown<T>(value: T, from: string, to: string): T {
  if (from === to) return value;
  const segment = new RegExp(`(?<=/)${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=/|\\{|$)`, "g");
  // In a URL the name is a path segment: encoded, and never read as a replacement pattern ($&).
  const encoded = encodeURIComponent(to);
  const walk = (node: unknown, key?: string): unknown => {
    if (typeof node === "string") return key === "login" && node === from ? to : node.replace(segment, () => encoded);
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (node !== null && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    return node;
  };
  return walk(value) as T;
}

/** An account (the creator) under another login: its `login` and its URLs. */
export const renamedAccount = (account: Json, login: string): Json => reown(account, loginOf(account), login);

/** `html_url` and `api_url` end with the Space's number in the description's examples: a new Space gets its own. */
export function withNumberInUrls(space: Json, number: number): Json {
  const copy = { ...space };
  for (const key of NUMBERED_URLS) if (typeof copy[key] === "string") copy[key] = String(copy[key]).replace(/\/\d+$/, `/${number}`);
  return copy;
}

export type ResourceChange = { id?: number; _destroy?: boolean; resource_type?: string; metadata?: Json };

/**
 * `resources_attributes` as the description's request schemas explain it (Rails' nested attributes):
 * an item without `id` attaches a resource; with the `id` of an attached one it replaces its
 * `resource_type` and `metadata`; with `id` and `_destroy: true` it removes it. An `id` the Space does
 * not hold is refused, naming the item, and so is an attached resource that lacks a field every
 * resource has (`required`, from the description's resource schema). GitHub does not document these
 * answers: the mock's choices, listed in TESTING.md. `_destroy` without `id` removes nothing.
 */
export function applyResourceChanges(
  current: Json[],
  changes: ResourceChange[],
  required: string[],
  nextResourceId: () => number,
): { ok: true; resources: Json[] } | { ok: false; field: string; value?: number } {
  let resources = current.map((r) => ({ ...r }));
  for (const [index, change] of changes.entries()) {
    const { id, _destroy: destroy, ...fields } = change;
    if (id === undefined) {
      if (destroy) continue;
      const missing = required.find((name) => name !== "id" && !(name in fields));
      if (missing) return { ok: false, field: `${NESTED_FIELD}.${index}.${missing}` };
      resources.push({ id: nextResourceId(), ...fields });
      continue;
    }
    const at = resources.findIndex((r) => r.id === id);
    if (at < 0) return { ok: false, field: `${NESTED_FIELD}.${index}.id`, value: id };
    if (destroy) resources = resources.filter((_, i) => i !== at);
    else resources[at] = { ...resources[at], ...fields };
  }
  return { ok: true, resources };
}

/**
 * The collections inside a Space, by the last segment of their path, and where the store keeps them.
 * GitHub's description: the resources operations list "the resources attached to the space", the very
 * ones of `resources_attributes`, so both reach one set (the Space's `NESTED_FIELD`). Collaborators are
 * no field of a Space: the store keeps them beside it. A Space's collaborators start empty (its
 * examples name none); deleting a Space deletes both.
 */
export const SPACE_COLLECTIONS: Record<string, "resources" | "collaborators"> = {
  resources: "resources",
  collaborators: "collaborators",
};

/**
 * A resource as the resources operations give it: the description's resource shape, with the
 * timestamps of the Space where the resource itself has none (one attached by the description's
 * examples or through `resources_attributes`), and no chat attachment unless it has one.
 */
export function fullResource(resource: Json, space: Json): Json {
  return {
    id: resource.id,
    resource_type: resource.resource_type,
    copilot_chat_attachment_id: resource.copilot_chat_attachment_id ?? null,
    metadata: resource.metadata ?? {},
    created_at: resource.created_at ?? space[CREATED_AT],
    updated_at: resource.updated_at ?? space[UPDATED_AT],
  };
}

/** A resource attached through the resources operations: what the request names, a new id, no chat attachment yet. */
export function newResource(body: Json | undefined, id: number, now: string): Json {
  return { id, ...resourceFields(body), copilot_chat_attachment_id: null, created_at: now, updated_at: now };
}

/** What a resource create request says of the resource (its type and metadata); the rest is the store's. */
export function resourceFields(body: Json | undefined): Json {
  return { resource_type: body?.resource_type, metadata: body?.metadata ?? {} };
}

/** A resource set through the resources operations: only its `metadata` changes. */
export function updatedResource(resource: Json, body: Json | undefined, now: string): Json {
  return { ...resource, ...(body && "metadata" in body ? { metadata: body.metadata } : {}), updated_at: now };
}

/** Who a collaborator request is about: from the path (`{actor_type}/{actor_identifier}`) or, on a create, the body. */
export function collaboratorTarget(body: Json | undefined, fromPath: [string | undefined, string | undefined]): { actorType: string; identifier: string } {
  return { actorType: fromPath[0] ?? String(body?.actor_type), identifier: fromPath[1] ?? String(body?.actor_identifier) };
}

/** The fields of a collaborator request that a 422 names. */
export const COLLABORATOR_FIELDS = { actorType: "actor_type", identifier: "actor_identifier" } as const;

/** The role a collaborator request asks for. */
export const roleOf = (body: Json | undefined): unknown => body?.role;

export const withRole = (collaborator: Json, role: unknown): Json => ({ ...collaborator, role });

/**
 * The same `github_file` is one that names the same repository, path and SHA (GitHub's description:
 * "same repository, file path, and SHA"): attaching it again answers 200 with the resource the Space has. Other types are attached as often
 * as they are sent.
 */
export function sameGithubFile(a: Json, b: Json): boolean {
  const x = (a.metadata ?? {}) as Json;
  const y = (b.metadata ?? {}) as Json;
  return (
    a.resource_type === "github_file" &&
    b.resource_type === "github_file" &&
    x.repository_id === y.repository_id &&
    x.file_path === y.file_path &&
    x.sha === y.sha
  );
}

/**
 * Who a collaborator is, as the mock makes one up (GitHub documents no account lookup a mock could
 * do): the description's example collaborator of that `actor_type`, renamed. A login or team slug
 * (GitHub's rules: letters, digits and single hyphens, at most 39 characters) names the account; a
 * number names the account with that id, called `user-<id>` or `team-<id>`. Anything else is refused.
 * Logins and slugs compare case-insensitively, and an account is found again by its name or its id.
 */
export const ACCOUNT_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

const ACCOUNT_ID = /^[1-9][0-9]*$/;

export function accountOf(actorType: string, identifier: string): { name: string; id: number } | undefined {
  if (ACCOUNT_ID.test(identifier)) {
    // An id beyond what a JSON number holds exactly names no account.
    return Number.isSafeInteger(Number(identifier)) ? { name: `${actorType === TEAM ? "team" : "user"}-${identifier}`, id: Number(identifier) } : undefined;
  }
  if (!ACCOUNT_NAME.test(identifier)) return undefined;
  // A stable made-up id per name (FNV-1a), above the ids of the description's examples.
  let hash = 0x811c9dc5;
  for (const char of identifier.toLowerCase()) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return { name: identifier, id: 10_000_000 + (hash % 1_000_000_000) };
}

/** The role that removes a collaborator (GitHub's description: "Use `no_access` to remove the collaborator"). */
export const NO_ACCESS = "no_access";

/** Teams belong to organizations: only an organization's Spaces (the `orgs/…` owners) take a team (the mock's convention). */
const KINDS_WITH_TEAMS = new Set(["orgs"]);
const TEAM = "Team";

/** Whether an owner of this kind (orgs, users) may have a collaborator of this actor_type. */
export const takesActor = (ownerKind: string, actorType: string) => actorType !== TEAM || KINDS_WITH_TEAMS.has(ownerKind);

/** An account's login (an owner, a creator). */
export const loginOf = (account: Json | undefined): string => String(account?.login ?? "");

/** A collaborator's kind: User or Team. */
export const actorTypeOf = (collaborator: Json): string => String(collaborator.actor_type);

/** The collaborator's name field: a user's `login`, a team's `slug`. */
export const accountName = (collaborator: Json) => String(collaborator.actor_type === TEAM ? collaborator.slug : collaborator.login);

export function isCollaborator(collaborator: Json, actorType: string, identifier: string): boolean {
  if (collaborator.actor_type !== actorType) return false;
  return ACCOUNT_ID.test(identifier) ? collaborator.id === Number(identifier) : accountName(collaborator).toLowerCase() === identifier.toLowerCase();
}

/**
 * A new collaborator of an owner's Space: the template renamed (a team's URLs use its slug, and the
 * owner's organization name stands for the example's), with its own id and node id.
 */
export function newCollaborator(
  template: Json,
  actorType: string,
  account: { name: string; id: number },
  role: string,
  owner: { exampleName: string; name: string },
): Json {
  const urlName = actorType === TEAM ? account.name.toLowerCase() : account.name;
  let renamed = reown(reown(structuredClone(template), accountName(template), urlName), String(template.id), String(account.id));
  if (actorType === TEAM) renamed = reown(renamed, owner.exampleName, owner.name);
  const nodeId = btoa(`04:${actorType}${account.id}`);
  if (actorType === TEAM) return { ...renamed, actor_type: actorType, role, id: account.id, node_id: nodeId, name: account.name, slug: urlName };
  return {
    ...renamed,
    actor_type: actorType,
    role,
    id: account.id,
    node_id: nodeId,
    login: account.name,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}`,
  };
}
