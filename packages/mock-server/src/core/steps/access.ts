// GitHub's access rules on a routed request with a token (the operation's `x-access`, read by tools'
// model): a revoked token is a 401, a token of a kind the operation does not accept or without its
// scope or permission a 403 in GitHub's words, with the header that says what would do. Answers to
// classic and OAuth app tokens say which scopes the token has and which the operation checks for.
import type { Answer } from "../answer.js";
import type { MockContext, RoutedExchange } from "../exchange.js";
import { heldScopes, permissionsHeader, refusal, scopesHeader } from "../rules/tokens.js";

export function authorize(x: RoutedExchange, { tokens, errors }: MockContext): Answer | undefined {
  const access = x.operation.access;
  const refused = refusal(x.token, tokens.grants, access);
  if (refused?.kind === "revoked") return errors.badCredentials();
  const held = heldScopes(x.token, tokens.grants, tokens.everyScope);
  if (held && access) {
    x.headers["x-oauth-scopes"] = scopesHeader(held);
    x.headers["x-accepted-oauth-scopes"] = scopesHeader(access.scopes);
  }
  if (!refused) return undefined;
  // GitHub Apps (and OAuth apps) are integrations; personal access tokens, classic or fine-grained, are not.
  const by = refused.tokenKind === "classic-pat" || refused.tokenKind === "fine-grained-pat" ? "personal-access-token" : "integration";
  const headers: Record<string, string> = refused.kind === "permissions" ? { "x-accepted-github-permissions": permissionsHeader(refused.accepted) } : {};
  return errors.notAccessible(by, headers);
}
