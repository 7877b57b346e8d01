// What an answer can be found to break, named by rule: the proxy, the replay's loading and the live contract
// run all report in these words (the `x-copilot-spaces-violations` header, log lines, JSON and JUnit reports).

/**
 * The rules an exchange is checked by:
 * - `operation`: the request matches no operation of the description;
 * - `status`: the status is not among the operation's documented responses;
 * - `media-type`: a body whose media type is not the one the description gives that response;
 * - `body`: the body breaks the response's schema (or a body where none is documented, or none where one is);
 * - `header`: a header the description declares is missing, or breaks its schema;
 * - `link`: a `Link` header that cannot be read, has a relation other than GitHub's (next, prev, first,
 *   last), or points at another operation, another origin, or a page without its cursor;
 * - `token-echo`: the answer holds the request's credential, or anything shaped like a GitHub token;
 * - `upstream`: no answer: the upstream refused the connection, dropped it, or did not answer in time.
 */
export const RULES = ["operation", "status", "media-type", "body", "header", "link", "token-echo", "upstream"] as const;
export type Rule = (typeof RULES)[number];

export interface ContractViolation {
  /** The operation the request was routed to, or null where it matches none. */
  operationId: string | null;
  rule: Rule;
  /** Where: `status`, `body/owner/login`, `header/x-ratelimit-limit`, `header/link`, `request`, `upstream`. */
  location: string;
  /** What is wrong, in one line, with no credential or token in it. */
  message: string;
}
