// The package's public surface, and nothing else: README.md's "Exports" table lists every name here
// (test/exports.test.ts fails when the two differ). Everything else in src/ is internal.
export { createCopilotSpacesClient, type CopilotSpacesClient } from "./create-client.js";
export type {
  ApiVersion,
  CacheEntry,
  CacheOptions,
  CacheStore,
  CopilotSpacesClientOptions,
  RateLimitHook,
  RateLimitWait,
  RequestOptions,
  ThrottleOptions,
} from "./options.js";
export type { Page, PaginateOptions } from "./paginate.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  CopilotSpacesError,
  InvalidArgumentError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseBodyError,
  ServerError,
  TimeoutError,
  TokenSourceError,
  ValidationError,
} from "./errors.js";
export { operations } from "./generated/operations.js";
export type { components, paths } from "./generated/openapi.js";
export { VERSION } from "./version.js";

import type { components } from "./generated/openapi.js";
/** A Copilot Space, as the API returns it on its own (create, get, set). */
export type CopilotSpace = components["schemas"]["copilot-space"];
/** A Copilot Space as lists return it: the same fields, fewer of them always present. */
export type CopilotSpaceSummary = components["schemas"]["copilot-space-summary"];
/** A user or a team collaborating on a Space, with its role (`actor_type` says which). */
export type CopilotSpaceCollaborator = components["schemas"]["copilot-space-collaborator"];
/** A resource of a Space as the resources operations give it, with its timestamps. */
export type CopilotSpaceResource = components["schemas"]["copilot-space-resource"];
/** A resource as a Space lists it in `resources_attributes`. */
export type CopilotSpaceAttachedResource = components["schemas"]["copilot-space-attached-resource"];
