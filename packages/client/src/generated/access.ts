// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate/generate-client.ts. Do not edit it: change the description or the generator, then
// run `pnpm build` (or `pnpm --filter @copilot-spaces/client generate`).

/** The values of X-GitHub-Api-Version the description lists (the header parameter's enum). */
export const apiVersions = ["2022-11-28", "2026-03-10"] as const;

/** The version sent when the caller names none: the header parameter's default. */
export const defaultApiVersion = "2026-03-10";

/** GitHub's fine-grained permission keys (as in X-Accepted-GitHub-Permissions) → the title and kind its pages show (x-github-permissions). */
export const permissionNames: Record<string, string> = {
  organization_copilot_spaces: "Copilot Spaces organization",
  organization_copilot_seat_management: "GitHub Copilot Business organization",
};
