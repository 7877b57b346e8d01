// GitHub's tokens as text: the kinds told apart by prefix, and the one pattern of anything shaped like a
// token. The client's redaction, the mock's journal, the proxy's cassettes and reports all read it from
// here (`@copilot-spaces/tools/token-shapes`, inlined by each package's build), so that what one hides the
// others hide too. No other module of tools is imported: the client's build takes this file alone.

/**
 * The kinds of token GitHub tells apart by their prefix: a personal access token (classic) `ghp_`, an
 * OAuth app token `gho_`, a fine-grained personal access token `github_pat_`, a GitHub App installation
 * token `ghs_` and a GitHub App user access token `ghu_`.
 */
export const TOKEN_KINDS = ["classic-pat", "oauth-app", "fine-grained-pat", "github-app-installation", "github-app-user"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];
/**
 * Each kind's prefix (github.blog/changelog/2021-03-31-authentication-token-format-updates-are-generally-available
 * for ghp_, gho_, ghu_, ghs_; fine-grained tokens start `github_pat_`). No prefix starts another.
 */
export const TOKEN_PREFIXES: Readonly<Record<TokenKind, string>> = {
  "classic-pat": "ghp_",
  "oauth-app": "gho_",
  "fine-grained-pat": "github_pat_",
  "github-app-installation": "ghs_",
  "github-app-user": "ghu_",
};
/**
 * Anything shaped like a GitHub token, wherever it turns up: the kinds' prefixes, and `ghr_` (a GitHub App
 * refresh token: never a credential of the API, but a secret all the same)
 * (github.blog/2021-04-05-behind-githubs-new-authentication-token-formats). Not after a letter, so that a
 * word holding `ghs_` is left alone, but after a digit or `_`: `%20ghp_…` in an encoded query is a token.
 * A new RegExp each call: a global pattern carries `lastIndex` from one use to the next.
 */
export function tokenShaped(): RegExp {
  return new RegExp(`(?<![A-Za-z])(?:${[...Object.values(TOKEN_PREFIXES), "ghr_"].join("|")})[A-Za-z0-9_]+`, "g");
}
