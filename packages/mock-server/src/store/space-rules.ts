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
/** Who owns and who created an item: the description's `owner` and `creator`, accounts with a `login`. */
export const OWNER_FIELD = "owner";
export const CREATOR_FIELD = "creator";

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
