// The bundle model's types: what the description says of each operation, as the tools and the mock
// read it (./operations.ts fills them in).
import type { Json } from "./pointers.ts";
import type { BodyKind } from "./schema.ts";

export type PagingRole = "page-size" | "next-cursor" | "prev-cursor";

export interface ModelParameter {
  name: string;
  in: string;
  required: boolean;
  /** The schema, references followed. */
  schema: Json;
  /** The parameter object, references followed, and its JSON pointer. */
  node: Json;
  at: string;
  paging?: PagingRole;
  /** For a path parameter: the field of the item that holds its value (`x-item-field`). */
  itemField?: string;
  seedAddition?: string;
}

export interface ModelResponse {
  status: number;
  description: string;
  kind: BodyKind;
  /** JSON pointer of the JSON body's schema, when there is one. */
  schemaPointer?: string;
  examples: unknown[];
  /** The response headers it declares, references followed. */
  headers: ModelHeader[];
  seedAddition?: string;
}

export interface ModelHeader {
  /** As the description spells it; HTTP compares header names case-insensitively. */
  name: string;
  required: boolean;
  /** The header object, references followed, and its JSON pointer. */
  node: Json;
  at: string;
  seedAddition?: string;
}

export type ResourceAction = "list" | "create" | "get" | "set" | "delete";

/** Where an operation stands among the collections of the description. */
export interface ModelResource {
  action: ResourceAction;
  /** The collection's path template: the item paths are this plus one or more parameters. */
  collection: string;
  /** The item path of the collection, when the description has one. */
  item?: string;
  /** The path parameters of the collection's owner (those of the collection path). */
  owner: string[];
  /** The path parameters after the collection's path that name one item (item operations only). */
  identity: string[];
}

export { TOKEN_KINDS, TOKEN_PREFIXES, type TokenKind } from "./token-shapes.ts";
import type { TokenKind } from "./token-shapes.ts";

/** The kinds that carry OAuth scopes; the others carry fine-grained permissions. */
export const SCOPED_KINDS: readonly TokenKind[] = ["classic-pat", "oauth-app"];

export type PermissionLevel = "read" | "write";

/** Who may call an operation (`x-access`): the token kinds that work, and what each kind must be granted. */
export interface ModelAccess {
  tokenKinds: TokenKind[];
  /** Classic and OAuth app tokens: every one of these scopes. */
  scopes: string[];
  /** Fine-grained and GitHub App tokens: each of these permissions, at this level or higher. */
  permissions: Record<string, PermissionLevel>;
  /** Set when GitHub's sources do not state the rules: why they are what they are. */
  assumed?: string;
  /** Where the rules come from, when it is not the seed page or GitHub's description. */
  source?: string;
}

export interface ModelOperation {
  operationId: string;
  /** Lower case, as in the description's path items: "get". */
  method: string;
  path: string;
  /** JSON pointer of the operation object. */
  at: string;
  operation: Json;
  summary: string;
  tags: string[];
  /** Path-level and operation-level parameters, references resolved; operation-level ones win. */
  parameters: ModelParameter[];
  requestBody?: { required: boolean; schemaPointer: string; examples: unknown[] };
  responses: ModelResponse[];
  /** The answer a valid request usually gets: the first 2xx, or a POST's 201. */
  success: ModelResponse;
  /** For a list paged by cursor: the array property of a page and the paging parameters. */
  paging?: { itemsKey: string; pageSize?: ModelParameter; next: ModelParameter; prev?: ModelParameter };
  resource?: ModelResource;
  /** GitHub's name for the resource in a 422's `errors[].resource`, from the operation's 422 examples. */
  validationResource?: string;
  seedAddition?: string;
  /** Who may call it (`x-access`); undefined when the description does not say. */
  access?: ModelAccess;
}
