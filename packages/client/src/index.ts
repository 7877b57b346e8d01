export type { Logger } from "./attempt.js";
export { createCopilotSpacesClient, type CopilotSpacesClient, type Paginate } from "./create-client.js";
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
  type Phase,
  type RequestTarget,
  type ValidationErrorDetail,
} from "./errors.js";
export type { components, operations as OperationTypes, paths } from "./generated/openapi.js";
export { operations } from "./generated/operations.js";
export { parseLinkHeader } from "./link-header.js";
export { DEFAULT_MAX_PAGES, type Page, type PaginateOptions } from "./paginate.js";
export { DEFAULT_RETRY, type RetryOptions } from "./retry.js";
export { MAX_REDIRECTS } from "./attempt.js";
export {
  DEFAULT_API_VERSION,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type CopilotSpacesClientOptions,
  type TokenSource,
} from "./options.js";
export { REDACTED } from "./secrets.js";
export type { ApiPromise, ClientMethods, ItemOf, PaginatedMethod, ParamsOf, RequestOptions, ResponseInfo, ResultOf } from "./types.js";
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
