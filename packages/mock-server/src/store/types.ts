// What the store is told of the description (by the core, which reads it) and what it answers. The
// store itself reads no description and knows neither the core nor Prism.
import type { ModelOperation, ResourceAction } from "@copilot-spaces/tools/bundle-model";

export type Json = Record<string, unknown>;

/** Which collection and which action a request is, in the terms of the path's segments. */
export interface StoreRoute {
  action: ResourceAction;
  /** The collection's path template: one collection per owner kind. */
  collection: string;
  /** Index of the owner's name among the path's segments, and the segment before it (orgs, users). */
  ownerSegment: number;
  ownerKind: string;
  /** Index of the identity among the path's segments (item routes only). */
  idSegment?: number;
  /** The item field that holds the identity parameter. */
  identityField: string;
  /** The fields its request body may set: the request schema's properties (nothing else is stored). */
  fields: string[];
  /** The operation as the bundle model reads it. */
  model: ModelOperation;
  /**
   * For a collection inside an item of another (a Space's collaborators or resources): which one
   * (space-rules.ts), and the path segments of its own identity parameters (item routes only).
   */
  inner?: { kind: "resources" | "collaborators"; idSegments: number[]; itemsKey: string };
}

/** What the store knows of one kind of owner's collection, read from the description by the core. */
export interface CollectionSeed {
  /** The segment before the owner's name in the path: orgs, users. */
  kind: string;
  /** The item field that holds the item path's identity parameter (x-item-field in the description). */
  identityField: string;
  /** The fields a list's items carry (the description's list examples). */
  listFields: string[];
  /** Full items an untouched owner starts with, in ascending number, owned by `exampleOwner`. */
  items: Json[];
  exampleOwner: string;
  /** Who creates items unless the `user` option says otherwise: the single-item example's creator. */
  creator: Json;
  /** The create request's defaults (base_role). */
  defaults: Json;
  /** The fields every nested resource must hold (from the description's resource schema). */
  nestedRequired: string[];
  /** The description's schema of a read item: what a snapshot's items must be. */
  itemSchema: object;
  /** The description's example collaborator of each actor_type, which new collaborators are made from. */
  collaboratorTemplates: Record<string, Json>;
  /** The description's schema of a collaborator: what a snapshot's collaborators must be. */
  collaboratorSchema: object;
}

export interface StoreLimits {
  maxItemsPerOwner: number;
  maxOwners: number;
}

export interface StoreOptions extends StoreLimits {
  now: () => Date;
  /** The login of the authenticated user, who creates Spaces; default: the description's example creator. */
  user?: string;
}

/**
 * Why the store refuses a valid request: no such item, a field whose value it cannot take (with
 * GitHub's error code, `invalid` unless said), or one of the mock's own caps. The core says it in GitHub's words.
 */
export type StoreRefusal = { kind: "not-found" } | { kind: "invalid"; field: string; value?: string | number; code?: string } | { kind: "limit"; why: string };

export type StoreAnswer =
  /** An answer; a write's `commit` makes its change, called once the answer has passed the description's schemas. */
  | { kind: "answer"; status: number; body?: unknown; commit?: () => void }
  /** All the items of an owner's collection, in ascending identity, as a list page shows them: the core pages them. */
  | { kind: "list"; items: Json[] }
  | { kind: "refused"; refusal: StoreRefusal };

export const NOT_FOUND: StoreAnswer = { kind: "refused", refusal: { kind: "not-found" } };

export const invalid = (field: string, value?: string | number, code?: string): StoreAnswer => ({
  kind: "refused",
  refusal: { kind: "invalid", field, ...(value === undefined ? {} : { value }), ...(code === undefined ? {} : { code }) },
});

export const limit = (why: string): StoreAnswer => ({ kind: "refused", refusal: { kind: "limit", why } });
