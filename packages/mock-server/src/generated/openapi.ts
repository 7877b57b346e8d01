// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate/generate-mock-types.ts. Do not edit it: change the description or the generator, then
// run `pnpm build` (or `pnpm --filter @copilot-spaces/mock-server generate`).

export interface paths {
    "/orgs/{org}/copilot-spaces": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
            };
            cookie?: never;
        };
        /**
         * List organization Copilot Spaces
         * @description Lists Copilot Spaces owned by an organization. The authenticated user must have read access to the organization's Copilot Spaces.
         *
         *     Only Spaces that are readable by the authenticated user are returned. This includes public Spaces and internal Spaces if the user is a member of the organization.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** the fine-grained token must have the following permission set:
         *
         *     - "Copilot Spaces" organization permissions (read)
         */
        get: operations["copilot-spaces/list-for-org"];
        put?: never;
        /**
         * Create an organization Copilot Space
         * @description Creates a new Copilot Space owned by an organization. The authenticated user must have permissions to create spaces in the organization.
         *
         *     Organization members with appropriate permissions can create Copilot Spaces to be shared within their organization.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** the fine-grained token must have the following permission set:
         *
         *     - "Copilot Spaces" organization permissions (write)
         */
        post: operations["copilot-spaces/create-for-org"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org}/copilot-spaces/{space_number}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        /**
         * Get an organization Copilot Space
         * @description Gets details about a specific Copilot Space owned by an organization. The authenticated user must have read access to the Space.
         *
         *     Internal Spaces require the authenticated user to be a member of the organization or have been granted read permissions.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** the fine-grained token must have the following permission set:
         *
         *     - "Copilot Spaces" organization permissions (read)
         */
        get: operations["copilot-spaces/get-for-org"];
        /**
         * Set an organization Copilot Space
         * @description Updates a Copilot Space owned by an organization. The authenticated user must have permissions to update spaces in the organization.
         *
         *     Organization members with appropriate permissions can update Copilot Spaces owned by their organization.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** the fine-grained token must have the following permission set:
         *
         *     - "Copilot Spaces" organization permissions (write)
         */
        put: operations["copilot-spaces/update-for-org"];
        post?: never;
        /**
         * Delete an organization Copilot Space
         * @description Deletes a Copilot Space owned by an organization. The authenticated user must have permissions to delete spaces in the organization.
         *
         *     **Warning:** This action is permanent and cannot be undone. Deleting a Copilot Space will remove all associated resources and configurations.
         *
         *     Organization members with appropriate permissions can delete Copilot Spaces owned by their organization.
         *
         *     OAuth app tokens and personal access tokens (classic) need both the `read:org` and `repo` scopes to use this endpoint.
         *
         *     **Fine-grained access tokens:** the fine-grained token must have the following permission set:
         *
         *     - "Copilot Spaces" organization permissions (write)
         */
        delete: operations["copilot-spaces/delete-for-org"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org}/copilot-spaces/{space_number}/collaborators": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        /**
         * List collaborators of an organization Copilot Space
         * @description Lists the users and teams who collaborate on the Space, each with its role, in one answer: the list is not paged. The authenticated user must be able to read the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.
         */
        get: operations["copilot-spaces/list-collaborators-for-org"];
        put?: never;
        /**
         * Add a collaborator to an organization Copilot Space
         * @description Grants a user or a team a role in the Space. The authenticated user must be an admin of the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.
         */
        post: operations["copilot-spaces/add-collaborator-for-org"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description Whether the collaborator is a user or a team.
                 * @example User
                 */
                actor_type: components["parameters"]["actor-type"];
                /**
                 * @description The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too.
                 * @example octocat
                 */
                actor_identifier: components["parameters"]["actor-identifier"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set a collaborator's role in an organization Copilot Space
         * @description Changes the role of a user or team who collaborates on the Space. The role `no_access` removes the collaborator, and the answer is then 204 without a body. The authenticated user must be an admin of the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.
         */
        put: operations["copilot-spaces/update-collaborator-for-org"];
        post?: never;
        /**
         * Remove a collaborator from an organization Copilot Space
         * @description Removes a user or a team from the collaborators of the Space. The authenticated user must be an admin of the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.
         */
        delete: operations["copilot-spaces/remove-collaborator-for-org"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org}/copilot-spaces/{space_number}/resources": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        /**
         * List resources of an organization Copilot Space
         * @description Lists the resources attached to the Space, with their timestamps, in one answer: the list is not paged. These are the resources the Space's `resources_attributes` holds. The authenticated user must be able to read the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.
         */
        get: operations["copilot-spaces/list-resources-for-org"];
        put?: never;
        /**
         * Create a resource in an organization Copilot Space
         * @description Attaches a resource to the Space: a repository, a file, a note, an issue or a pull request. Attaching a `github_file` the Space already holds creates nothing: the answer is 200 with the resource it has. The authenticated user must be able to write to the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.
         */
        post: operations["copilot-spaces/create-resource-for-org"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description The identifier of a resource of the Copilot Space.
                 * @example 801
                 */
                space_resource_id: components["parameters"]["space-resource-id"];
            };
            cookie?: never;
        };
        /**
         * Get a resource of an organization Copilot Space
         * @description Gets one resource attached to the Space. The authenticated user must be able to read the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.
         */
        get: operations["copilot-spaces/get-resource-for-org"];
        /**
         * Set a resource of an organization Copilot Space
         * @description Replaces the metadata of a resource attached to the Space; its type stays. The authenticated user must be able to write to the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.
         */
        put: operations["copilot-spaces/update-resource-for-org"];
        post?: never;
        /**
         * Delete a resource from an organization Copilot Space
         * @description Removes a resource from the Space. The authenticated user must be able to write to the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.
         */
        delete: operations["copilot-spaces/delete-resource-for-org"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/copilot-spaces": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
            };
            cookie?: never;
        };
        /**
         * List Copilot Spaces for a user
         * @description Lists Copilot Spaces owned by a user. The authenticated user must have read access to the user's Copilot Spaces.
         *
         *     Only Spaces that are readable by the authenticated user are returned. This includes the user's own spaces, and public user spaces when accessing another user's spaces.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.
         */
        get: operations["copilot-spaces/list-for-user"];
        put?: never;
        /**
         * Create a Copilot Space for a user
         * @description Creates a new Copilot Space owned by a user. Only the authenticated user can create spaces for their own account.
         *
         *     Users can create personal Copilot Spaces for their individual use.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.
         */
        post: operations["copilot-spaces/create-for-user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/copilot-spaces/{space_number}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        /**
         * Get a Copilot Space for a user
         * @description Gets details about a specific Copilot Space owned by a user. The authenticated user must have read access to the Space.
         *
         *     Private user spaces require the authenticated user to be the owner of the space. Public user spaces are accessible to any authenticated user.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.
         */
        get: operations["copilot-spaces/get-for-user"];
        /**
         * Set a Copilot Space for a user
         * @description Updates a Copilot Space owned by a user. Only the authenticated user can update spaces for their own account.
         *
         *     Users can update their personal Copilot Spaces.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.
         */
        put: operations["copilot-spaces/update-for-user"];
        post?: never;
        /**
         * Delete a Copilot Space for a user
         * @description Deletes a Copilot Space owned by a user. The authenticated user must be the owner of the space.
         *
         *     **Warning:** This action is permanent and cannot be undone. Deleting a space will remove all associated resources and configurations.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.
         *
         *     **Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.
         */
        delete: operations["copilot-spaces/delete-for-user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/copilot-spaces/{space_number}/collaborators": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        /**
         * List collaborators of a Copilot Space for a user
         * @description Lists the users and teams who collaborate on the Space, each with its role, in one answer: the list is not paged. The authenticated user must be able to read the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.
         */
        get: operations["copilot-spaces/list-collaborators-for-user"];
        put?: never;
        /**
         * Add a collaborator to a Copilot Space for a user
         * @description Grants a user or a team a role in the Space. The authenticated user must be an admin of the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.
         */
        post: operations["copilot-spaces/add-collaborator-for-user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description Whether the collaborator is a user or a team.
                 * @example User
                 */
                actor_type: components["parameters"]["actor-type"];
                /**
                 * @description The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too.
                 * @example octocat
                 */
                actor_identifier: components["parameters"]["actor-identifier"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set a collaborator's role in a Copilot Space for a user
         * @description Changes the role of a user or team who collaborates on the Space. The role `no_access` removes the collaborator, and the answer is then 204 without a body. The authenticated user must be an admin of the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.
         */
        put: operations["copilot-spaces/update-collaborator-for-user"];
        post?: never;
        /**
         * Remove a collaborator from a Copilot Space for a user
         * @description Removes a user or a team from the collaborators of the Space. The authenticated user must be an admin of the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.
         */
        delete: operations["copilot-spaces/remove-collaborator-for-user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/copilot-spaces/{space_number}/resources": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        /**
         * List resources of a Copilot Space for a user
         * @description Lists the resources attached to the Space, with their timestamps, in one answer: the list is not paged. These are the resources the Space's `resources_attributes` holds. The authenticated user must be able to read the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.
         */
        get: operations["copilot-spaces/list-resources-for-user"];
        put?: never;
        /**
         * Create a resource in a Copilot Space for a user
         * @description Attaches a resource to the Space: a repository, a file, a note, an issue or a pull request. Attaching a `github_file` the Space already holds creates nothing: the answer is 200 with the resource it has. The authenticated user must be able to write to the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:user` scope to use this endpoint.
         */
        post: operations["copilot-spaces/create-resource-for-user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description The identifier of a resource of the Copilot Space.
                 * @example 801
                 */
                space_resource_id: components["parameters"]["space-resource-id"];
            };
            cookie?: never;
        };
        /**
         * Get a resource of a Copilot Space for a user
         * @description Gets one resource attached to the Space. The authenticated user must be able to read the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.
         */
        get: operations["copilot-spaces/get-resource-for-user"];
        /**
         * Set a resource of a Copilot Space for a user
         * @description Replaces the metadata of a resource attached to the Space; its type stays. The authenticated user must be able to write to the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:user` scope to use this endpoint.
         */
        put: operations["copilot-spaces/update-resource-for-user"];
        post?: never;
        /**
         * Delete a resource from a Copilot Space for a user
         * @description Removes a resource from the Space. The authenticated user must be able to write to the Space.
         *
         *     OAuth app tokens and personal access tokens (classic) need the `write:user` scope to use this endpoint.
         */
        delete: operations["copilot-spaces/delete-resource-for-user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Copilot Space base role
         * @description The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).
         * @enum {string}
         */
        "copilot-space-base-role": "reader" | "writer" | "admin" | "no_access";
        /**
         * Simple User
         * @description A GitHub user account, as GitHub's REST API returns it inside other objects.
         */
        "simple-user": {
            /** @example octocat */
            login: string;
            /**
             * Format: int64
             * @example 1
             */
            id: number;
            /** @example MDQ6VXNlcjE= */
            node_id: string;
            /**
             * Format: uri
             * @example https://github.com/images/error/octocat_happy.gif
             */
            avatar_url: string;
            /** @example  */
            gravatar_id: string | null;
            /**
             * Format: uri
             * @example https://api.github.com/users/octocat
             */
            url: string;
            /**
             * Format: uri
             * @example https://github.com/octocat
             */
            html_url: string;
            /**
             * Format: uri
             * @example https://api.github.com/users/octocat/followers
             */
            followers_url: string;
            /**
             * @description A URL template (RFC 6570), not a plain URL.
             * @example https://api.github.com/users/octocat/following{/other_user}
             */
            following_url: string;
            /**
             * @description A URL template (RFC 6570), not a plain URL.
             * @example https://api.github.com/users/octocat/gists{/gist_id}
             */
            gists_url: string;
            /**
             * @description A URL template (RFC 6570), not a plain URL.
             * @example https://api.github.com/users/octocat/starred{/owner}{/repo}
             */
            starred_url: string;
            /**
             * Format: uri
             * @example https://api.github.com/users/octocat/subscriptions
             */
            subscriptions_url: string;
            /**
             * Format: uri
             * @example https://api.github.com/users/octocat/orgs
             */
            organizations_url: string;
            /**
             * Format: uri
             * @example https://api.github.com/users/octocat/repos
             */
            repos_url: string;
            /**
             * @description A URL template (RFC 6570), not a plain URL.
             * @example https://api.github.com/users/octocat/events{/privacy}
             */
            events_url: string;
            /**
             * Format: uri
             * @example https://api.github.com/users/octocat/received_events
             */
            received_events_url: string;
            /**
             * @description The kind of account. `User` for people, `Bot` for app accounts. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "User" | "Bot";
            /** @example false */
            site_admin: boolean;
            /**
             * @description The account's display name, when it has one.
             * @example The Octocat
             */
            name?: string | null;
            /**
             * @description The account's public email address, when it shows one.
             * @example octocat@github.com
             */
            email?: string | null;
            /**
             * @description When the account starred the repository (in lists of stargazers only).
             * @example 2020-07-09T00:17:55Z
             */
            starred_at?: string;
            /**
             * @description How much of the account the token may see (`public` for others' accounts).
             * @example public
             */
            user_view_type?: string;
        };
        /**
         * Organization
         * @description A GitHub organization, as it appears as the owner of a Copilot Space.
         */
        organization: {
            /** @example octo-org */
            login: string;
            /**
             * Format: int64
             * @example 1
             */
            id: number;
            /** @example MDEyOk9yZ2FuaXphdGlvbjE= */
            node_id: string;
            /**
             * Format: uri
             * @example https://api.github.com/orgs/octo-org
             */
            url: string;
            /**
             * Format: uri
             * @example https://api.github.com/orgs/octo-org/repos
             */
            repos_url: string;
            /**
             * Format: uri
             * @example https://api.github.com/orgs/octo-org/events
             */
            events_url: string;
            /**
             * Format: uri
             * @example https://api.github.com/orgs/octo-org/hooks
             */
            hooks_url: string;
            /**
             * Format: uri
             * @example https://api.github.com/orgs/octo-org/issues
             */
            issues_url: string;
            /**
             * @description A URL template (RFC 6570), not a plain URL.
             * @example https://api.github.com/orgs/octo-org/members{/member}
             */
            members_url: string;
            /**
             * @description A URL template (RFC 6570), not a plain URL.
             * @example https://api.github.com/orgs/octo-org/public_members{/member}
             */
            public_members_url: string;
            /**
             * Format: uri
             * @example https://github.com/images/error/octocat_happy.gif
             */
            avatar_url: string;
            /** @example A great organization */
            description: string | null;
            /** @example  */
            gravatar_id?: string | null;
            /** @example octo-org */
            name?: string | null;
            /** @example GitHub */
            company?: string | null;
            /**
             * @description The organization's website, as typed by its owners (not always a full URL).
             * @example https://github.com/blog
             */
            blog?: string | null;
            /** @example San Francisco */
            location?: string | null;
            /**
             * Format: email
             * @example octocat@github.com
             */
            email?: string | null;
            /** @example octo-org */
            twitter_username?: string | null;
            /**
             * Format: uri
             * @example https://github.com/octo-org
             */
            html_url: string;
            /**
             * Format: date-time
             * @example 2008-01-14T04:33:35Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2017-08-17T12:37:15Z
             */
            updated_at: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Organization";
        };
        /**
         * Copilot Space owner
         * @description The account that owns the Space, a user or an organization, told apart by `type`.
         */
        "copilot-space-owner": components["schemas"]["simple-user"] | components["schemas"]["organization"];
        /**
         * Copilot Space resource type
         * @description The type of resource.
         * @enum {string}
         */
        "copilot-space-resource-type": "repository" | "github_file" | "free_text" | "github_issue" | "github_pull_request" | "media_content" | "uploaded_text_file";
        /**
         * Copilot Space resource metadata
         * @description Metadata specific to the resource type.
         */
        "copilot-space-resource-metadata": {
            /**
             * Format: int64
             * @description Repository ID for repository or file resources.
             * @example 123456
             */
            repository_id?: number;
            /**
             * @description File path for file resources.
             * @example docs/planning.md
             */
            file_path?: string;
            /**
             * @description Text content for free text resources.
             * @example Our team follows agile methodology
             */
            text?: string;
            /**
             * @description Name for the resource.
             * @example Team Guidelines
             */
            name?: string;
            /**
             * @description Issue or PR number.
             * @example 42
             */
            number?: number;
            /**
             * @description The Copilot Chat attachment of an uploaded file or media resource.
             * @example 9001
             */
            copilot_chat_attachment_id?: number;
            /**
             * @description The media type of a media resource.
             * @example image/png
             */
            media_type?: string;
            /**
             * @description Where a media resource is.
             * @example https://github.com/user-attachments/assets/sprint-board.png
             */
            url?: string;
            /**
             * @description The height of a media resource, in pixels.
             * @example 768
             */
            height?: number;
            /**
             * @description The width of a media resource, in pixels.
             * @example 1024
             */
            width?: number;
            /**
             * @description The blob SHA of a file resource.
             * @example 3f786850e387550fdab836ed7e6dc881de23001b
             */
            sha?: string;
        };
        /**
         * Copilot Space attached resource
         * @description A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).
         */
        "copilot-space-attached-resource": {
            /**
             * Format: int64
             * @description The identifier of the attached resource; give it to edit or remove the resource.
             * @example 123
             */
            id: number;
            resource_type: components["schemas"]["copilot-space-resource-type"];
            /**
             * Format: int64
             * @description The Copilot Chat attachment an uploaded file or media resource comes from, if any.
             * @example null
             */
            copilot_chat_attachment_id?: number | null;
            /**
             * Format: date-time
             * @example 2026-02-02T09:15:00Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @example 2026-02-02T09:15:00Z
             */
            updated_at?: string;
            metadata: components["schemas"]["copilot-space-resource-metadata"];
        };
        /**
         * Copilot Space summary
         * @description A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).
         */
        "copilot-space-summary": {
            /**
             * Format: int64
             * @description The unique identifier of the Space across GitHub.
             * @example 84
             */
            id: number;
            /**
             * @description The number of the Space within its owner; the `space_number` of the Space's URLs.
             * @example 3
             */
            number: number;
            /**
             * @description The name of the Copilot Space.
             * @example Team Planning Space
             */
            name: string;
            /**
             * @description A description of the Copilot Space.
             * @example Organization space for team planning and coordination
             */
            description: string | null;
            /**
             * @description General instructions for the Copilot Space.
             * @example Help the team with agile planning, sprint coordination, and project management best practices
             */
            general_instructions?: string | null;
            base_role?: components["schemas"]["copilot-space-base-role"];
            owner: components["schemas"]["copilot-space-owner"];
            creator: components["schemas"]["simple-user"];
            /**
             * Format: date-time
             * @example 2023-02-15T08:30:00Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2023-02-15T14:45:00Z
             */
            updated_at: string;
            /**
             * Format: uri
             * @description The Space on github.com.
             * @example https://github.com/copilot/spaces/octo-org/3
             */
            html_url: string;
            /**
             * Format: uri
             * @description The Space in the REST API.
             * @example https://api.github.com/organizations/1/copilot-spaces/3
             */
            api_url: string;
            /** @description The resources attached to the space. */
            resources_attributes?: components["schemas"]["copilot-space-attached-resource"][];
        };
        /**
         * Copilot Space list
         * @description One page of Copilot Spaces. The `Link` header leads to the other pages.
         */
        "copilot-space-list": {
            spaces: components["schemas"]["copilot-space-summary"][];
        };
        /**
         * Basic Error
         * @description GitHub's error body.
         */
        "basic-error": {
            /** @example Not Found */
            message: string;
            /**
             * Format: uri
             * @example https://docs.github.com/rest
             */
            documentation_url: string;
            /** Format: uri */
            url?: string;
            /**
             * @description The HTTP status code, as a string.
             * @example 404
             */
            status?: string;
        };
        /**
         * Validation Error
         * @description GitHub's error body for a request that failed validation; `errors` says what was wrong.
         */
        "validation-error": {
            /** @example Validation Failed */
            message: string;
            /**
             * Format: uri
             * @example https://docs.github.com/rest
             */
            documentation_url: string;
            /**
             * @description The HTTP status code, as a string.
             * @example 422
             */
            status?: string;
            errors?: {
                /**
                 * @description The kind of object that failed validation.
                 * @example CopilotSpace
                 */
                resource?: string;
                /**
                 * @description The field that failed validation.
                 * @example name
                 */
                field?: string;
                /**
                 * @description What was wrong: `missing_field` (a required field is absent), `invalid` (the value's format or type is wrong), `missing` (a resource does not exist), `already_exists`, `unprocessable`, or `custom` (see `message`).
                 * @example missing_field
                 */
                code: string;
                message?: string;
                index?: number;
                /** @description The value that was rejected. */
                value?: string | number | boolean | null | string[] | Record<string, never>;
            }[];
        };
        /**
         * Copilot Space resource to attach
         * @description A resource to attach to the space.
         */
        "copilot-space-resource-create": {
            resource_type?: components["schemas"]["copilot-space-resource-type"];
            metadata?: components["schemas"]["copilot-space-resource-metadata"];
        };
        /** Create an organization Copilot Space */
        "copilot-space-create-for-org-request": {
            /**
             * @description The name of the Copilot Space.
             * @example Team Planning Space
             */
            name: string;
            /**
             * @description A description of the Copilot Space.
             * @example Organization space for team planning and coordination
             */
            description?: string;
            /**
             * @description General instructions for the Copilot Space.
             * @example Help the team with planning and coordination tasks
             */
            general_instructions?: string;
            /**
             * @description The base role that determines default permissions for organization members.
             *
             *     - `no_access`: No default access (default)
             *     - `reader`: Organization members can read the space
             *     - `writer`: Organization members can read and edit the space
             *     - `admin`: Organization members have full admin access to the space
             * @default no_access
             */
            base_role?: components["schemas"]["copilot-space-base-role"];
            /** @description Resources to attach to the space. */
            resources_attributes?: components["schemas"]["copilot-space-resource-create"][];
        };
        /**
         * Copilot Space
         * @description A Copilot Space as create, get and set return it: every field of the summary, and its base role always (the page's six single-Space examples all carry `base_role`; GitHub's own description requires it).
         */
        "copilot-space": components["schemas"]["copilot-space-summary"] & {
            base_role: components["schemas"]["copilot-space-base-role"];
        };
        /**
         * Copilot Space resource change
         * @description A resource to attach, edit or remove. Without `id`, the resource is attached. With the `id` of an attached resource, its `resource_type` and `metadata` are replaced by the ones given. With `id` and `_destroy: true`, it is removed from the space.
         */
        "copilot-space-resource-update": {
            /**
             * Format: int64
             * @description The identifier of an attached resource, to edit or remove it.
             * @example 456
             */
            id?: number;
            /**
             * @description With `id`, removes that resource from the space.
             * @example true
             */
            _destroy?: boolean;
            resource_type?: components["schemas"]["copilot-space-resource-type"];
            metadata?: components["schemas"]["copilot-space-resource-metadata"];
        };
        /** Set an organization Copilot Space */
        "copilot-space-update-for-org-request": {
            /**
             * @description The name of the Copilot Space.
             * @example Team Planning Space
             */
            name?: string;
            /**
             * @description A description of the Copilot Space.
             * @example Organization space for team planning and coordination
             */
            description?: string;
            /**
             * @description General instructions for the Copilot Space.
             * @example Help the team with planning and coordination tasks
             */
            general_instructions?: string;
            /**
             * @description The base role that determines default permissions for organization members. Changing this field requires admin permissions.
             *
             *     - `no_access`: No default access (default)
             *     - `reader`: Organization members can read the space
             *     - `writer`: Organization members can read and edit the space
             *     - `admin`: Organization members have full admin access to the space
             */
            base_role?: components["schemas"]["copilot-space-base-role"];
            /** @description Resources to attach to the space. An item with an `id` edits that attached resource, or removes it with `_destroy: true`. */
            resources_attributes?: components["schemas"]["copilot-space-resource-update"][];
        };
        /**
         * Copilot Space collaborator role
         * @description What a collaborator may do in the Space.
         * @enum {string}
         */
        "copilot-space-collaborator-role": "reader" | "writer" | "admin";
        /**
         * Copilot Space user collaborator
         * @description A user who collaborates on a Copilot Space, with the role granted to them.
         */
        "copilot-space-user-collaborator": components["schemas"]["simple-user"] & {
            /**
             * @description Always `User` for a user.
             * @enum {string}
             */
            actor_type: "User";
            role: components["schemas"]["copilot-space-collaborator-role"];
        };
        /**
         * Copilot Space team collaborator
         * @description A team that collaborates on a Copilot Space, with the role granted to its members.
         */
        "copilot-space-team-collaborator": {
            /**
             * @description Always `Team` for a team.
             * @enum {string}
             */
            actor_type: "Team";
            role: components["schemas"]["copilot-space-collaborator-role"];
            /** @example 4312 */
            id: number;
            /** @example MDQ6VGVhbTQzMTI= */
            node_id: string;
            /** @example Planners */
            name: string;
            /** @example planners */
            slug: string;
            /**
             * @description Always `Team`.
             * @enum {string}
             */
            type: "Team";
            /** @example The people who plan the sprints */
            description?: string | null;
            /** @example closed */
            privacy?: string;
            /** @example notifications_enabled */
            notification_setting?: string;
            /**
             * Format: uri
             * @example https://api.github.com/teams/4312
             */
            url?: string;
            /**
             * Format: uri
             * @example https://github.com/orgs/octo-org/teams/planners
             */
            html_url?: string;
            /**
             * @description A URL template (`{/member}`), not a plain URL.
             * @example https://api.github.com/teams/4312/members{/member}
             */
            members_url?: string;
            /**
             * Format: uri
             * @example https://api.github.com/teams/4312/repos
             */
            repositories_url?: string;
            /** @example 1 */
            organization_id?: number;
            /** @description The parent team, when there is one. */
            parent?: Record<string, never> | null;
        };
        /**
         * Copilot Space collaborator
         * @description A user or a team who collaborates on a Copilot Space; `actor_type` says which.
         */
        "copilot-space-collaborator": components["schemas"]["copilot-space-user-collaborator"] | components["schemas"]["copilot-space-team-collaborator"];
        /**
         * Copilot Space collaborator list
         * @description Every collaborator of a Copilot Space, in one answer (the list is not paged).
         */
        "copilot-space-collaborator-list": {
            collaborators: components["schemas"]["copilot-space-collaborator"][];
        };
        /**
         * Add a Copilot Space collaborator
         * @description The user or team to add, and the role to grant.
         */
        "copilot-space-collaborator-add-request": {
            /**
             * @description Whether `actor_identifier` names a user or a team.
             * @enum {string}
             */
            actor_type: "User" | "Team";
            /** @description A user's login or a team's slug; a numeric ID is accepted too. */
            actor_identifier: string;
            role: components["schemas"]["copilot-space-collaborator-role"];
        };
        /**
         * Set a Copilot Space collaborator's role
         * @description The role to grant; `no_access` removes the collaborator (the answer is then 204).
         */
        "copilot-space-collaborator-update-request": {
            /**
             * @description The new role, or `no_access` to remove the collaborator.
             * @enum {string}
             */
            role: "reader" | "writer" | "admin" | "no_access";
        };
        /**
         * Copilot Space resource
         * @description A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).
         */
        "copilot-space-resource": {
            /**
             * Format: int64
             * @description The identifier of the resource; the `space_resource_id` of its URLs.
             * @example 801
             */
            id: number;
            resource_type: components["schemas"]["copilot-space-resource-type"];
            /**
             * @description The Copilot Chat attachment the resource comes from, if any.
             * @example null
             */
            copilot_chat_attachment_id?: number | null;
            metadata: components["schemas"]["copilot-space-resource-metadata"];
            /**
             * Format: date-time
             * @example 2026-02-02T09:15:00Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-02-02T09:15:00Z
             */
            updated_at: string;
        };
        /**
         * Copilot Space resource list
         * @description Every resource of a Copilot Space, in one answer (the list is not paged).
         */
        "copilot-space-resource-list": {
            resources: components["schemas"]["copilot-space-resource"][];
        };
        /**
         * Create a Copilot Space resource
         * @description The resource to attach. This endpoint takes five of the resource types; media and uploaded text files are attached elsewhere.
         */
        "copilot-space-resource-create-request": {
            /**
             * @description The type of the new resource.
             * @enum {string}
             */
            resource_type: "repository" | "github_file" | "free_text" | "github_issue" | "github_pull_request";
            metadata: components["schemas"]["copilot-space-resource-metadata"];
        };
        /**
         * Set a Copilot Space resource
         * @description The resource's new metadata; its type stays.
         */
        "copilot-space-resource-update-request": {
            metadata?: components["schemas"]["copilot-space-resource-metadata"];
        };
        /**
         * Copilot Space base role for a user Space
         * @description User Spaces do not support the `writer` or `admin` base roles.
         * @enum {string}
         */
        "copilot-space-user-base-role": "reader" | "no_access";
        /** Create a Copilot Space for a user */
        "copilot-space-create-for-user-request": {
            /**
             * @description The name of the Copilot Space.
             * @example Team Planning Space
             */
            name: string;
            /**
             * @description A description of the Copilot Space.
             * @example Organization space for team planning and coordination
             */
            description?: string;
            /**
             * @description General instructions for the Copilot Space.
             * @example Help the team with planning and coordination tasks
             */
            general_instructions?: string;
            /**
             * @description The base role that determines default permissions for the space.
             *
             *     - `no_access`: No default access (default)
             *     - `reader`: Makes the space publicly readable
             *
             *     Note: User spaces do not support writer or admin base roles.
             * @default no_access
             */
            base_role?: components["schemas"]["copilot-space-user-base-role"];
            /** @description Resources to attach to the space. */
            resources_attributes?: components["schemas"]["copilot-space-resource-create"][];
        };
        /** Set a Copilot Space for a user */
        "copilot-space-update-for-user-request": {
            /**
             * @description The name of the Copilot Space.
             * @example Team Planning Space
             */
            name?: string;
            /**
             * @description A description of the Copilot Space.
             * @example Organization space for team planning and coordination
             */
            description?: string;
            /**
             * @description General instructions for the Copilot Space.
             * @example Help the team with planning and coordination tasks
             */
            general_instructions?: string;
            /**
             * @description The base role that determines default permissions for the space. Changing this field requires admin permissions.
             *
             *     - `no_access`: No default access (default)
             *     - `reader`: Makes the space publicly readable
             *
             *     Note: User spaces do not support writer or admin base roles.
             */
            base_role?: components["schemas"]["copilot-space-user-base-role"];
            /** @description Resources to attach to the space. An item with an `id` edits that attached resource, or removes it with `_destroy: true`. */
            resources_attributes?: components["schemas"]["copilot-space-resource-update"][];
        };
    };
    responses: {
        /** @description Not modified: the request's `If-None-Match` matches the representation's `ETag` (or, without it, nothing changed since its `If-Modified-Since`). No body: use the one kept from the answer that carried the ETag. A 304 does not count against the primary rate limit. */
        not_modified: {
            headers: {
                ETag: components["headers"]["etag"];
                "Last-Modified": components["headers"]["last-modified"];
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Bad request: the `X-GitHub-Api-Version` header names a version this description does not list, the body is not valid JSON or is nested deeper than 100 levels, or the JSON body is not an object. Not listed on GitHub's reference page for this operation; added here because GitHub answers these requests with 400. */
        bad_request: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Requires authentication. The token is missing, malformed, expired or revoked. */
        requires_authentication: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Forbidden */
        forbidden: {
            headers: {
                "X-Accepted-GitHub-Permissions": components["headers"]["x-accepted-github-permissions"];
                "X-Accepted-OAuth-Scopes": components["headers"]["x-accepted-oauth-scopes"];
                "X-OAuth-Scopes": components["headers"]["x-oauth-scopes"];
                "retry-after": components["headers"]["retry-after"];
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Resource not found */
        not_found: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Validation failed: a query parameter is malformed or out of range (for example `per_page` above 100). Not listed on GitHub's reference page for this operation; added here because a list request with an invalid query value is answered with GitHub's validation error. */
        validation_failed_query: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["validation-error"];
            };
        };
        /** @description Too many requests: a primary rate limit (`x-ratelimit-remaining: 0`; wait until `x-ratelimit-reset`) or a secondary one (wait `retry-after` seconds, else at least a minute). GitHub answers either with 403 or 429. */
        too_many_requests: {
            headers: {
                "retry-after": components["headers"]["retry-after"];
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Server Error: GitHub failed to answer (its word for a request over 10 seconds too). Transient: retry later, with a growing wait. */
        internal_error: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Bad Gateway: GitHub's front end got no good answer from the service behind it. Transient: retry later, with a growing wait. */
        bad_gateway: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Service Unavailable: GitHub cannot answer for now. Transient: retry later, with a growing wait. */
        service_unavailable: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Validation failed, or the endpoint has been spammed. */
        validation_failed: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["validation-error"];
            };
        };
        /** @description Forbidden */
        forbidden_token: {
            headers: {
                "X-Accepted-GitHub-Permissions": components["headers"]["x-accepted-github-permissions"];
                "X-Accepted-OAuth-Scopes": components["headers"]["x-accepted-oauth-scopes"];
                "X-OAuth-Scopes": components["headers"]["x-oauth-scopes"];
                "retry-after": components["headers"]["retry-after"];
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                "x-github-request-id": components["headers"]["x-github-request-id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
    };
    parameters: {
        /**
         * @description The organization name. The name is not case sensitive.
         * @example octo-org
         */
        org: string;
        /**
         * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
         * @example 2026-03-10
         */
        "api-version": "2022-11-28" | "2026-03-10";
        /**
         * @description The number of results per page (max 100).
         * @example 30
         */
        "per-page": number;
        /**
         * @description A cursor, as given in the Link header. If specified, the query only searches for results before this cursor.
         * @example Y3Vyc29yOjM=
         */
        "pagination-before": string;
        /**
         * @description A cursor, as given in the Link header. If specified, the query only searches for results after this cursor.
         * @example Y3Vyc29yOjQ=
         */
        "pagination-after": string;
        /**
         * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
         * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
         */
        "if-none-match": string;
        /**
         * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
         * @example Wed, 02 Dec 2026 18:30:00 GMT
         */
        "if-modified-since": string;
        /**
         * @description The unique identifier of the Copilot Space.
         * @example 3
         */
        "space-number": number;
        /**
         * @description Whether the collaborator is a user or a team.
         * @example User
         */
        "actor-type": "User" | "Team";
        /**
         * @description The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too.
         * @example octocat
         */
        "actor-identifier": string;
        /**
         * @description The identifier of a resource of the Copilot Space.
         * @example 801
         */
        "space-resource-id": number;
        /**
         * @description The handle for the GitHub user account.
         * @example octocat
         */
        username: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Pagination links (RFC 8288). `rel="next"` and `rel="prev"` carry the `after` and `before` cursors of the neighbouring pages; `first` and `last` may be present too. Absent when everything fits on one page.
         * @example <https://api.github.com/orgs/octo-org/copilot-spaces?per_page=2&after=Y3Vyc29yOjQ%3D>; rel="next"
         */
        link: string;
        /**
         * @description The representation's entity tag. Send it back in `If-None-Match`: while the representation is the same, GitHub answers 304, which does not count against the primary rate limit.
         * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
         */
        etag: string;
        /**
         * @description When the representation last changed (an HTTP date), where GitHub knows it (the item's `updated_at`). Send it back in `If-Modified-Since`.
         * @example Wed, 02 Dec 2026 18:30:00 GMT
         */
        "last-modified": string;
        /**
         * @description The most requests the token may make in the current rate-limit window (5,000 an hour for a user's token). GitHub sends it with every answer ("Checking the status of your rate limit", https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
         * @example 5000
         */
        "x-ratelimit-limit": number;
        /**
         * @description The requests left in the current window. `0` on a primary rate limit's 403 or 429: send nothing before the time in `x-ratelimit-reset` (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit). A 304 answer to a conditional request leaves it unchanged.
         * @example 4999
         */
        "x-ratelimit-remaining": number;
        /**
         * @description The requests made in the current window.
         * @example 1
         */
        "x-ratelimit-used": number;
        /**
         * @description When the current window ends and the budget is full again, in UTC epoch seconds.
         * @example 1764723600
         */
        "x-ratelimit-reset": number;
        /**
         * @description The rate-limit resource the request counted against (`core` for these operations).
         * @example core
         */
        "x-ratelimit-resource": string;
        /**
         * @description GitHub's identifier of the request, to quote to GitHub Support; a rate limit's message names it too.
         * @example 0400:2B7A:1C4F9E:3A1D2B:675F1A2C
         */
        "x-github-request-id": string;
        /**
         * @description On a 403 to a fine-grained or GitHub App token: the permissions that would do, `key=level` joined by commas (one set; sets that would each do are separated by "; "). GitHub's format: "Troubleshooting the REST API", docs.github.com.
         * @example organization_copilot_spaces=write
         */
        "x-accepted-github-permissions": string;
        /**
         * @description On an answer to a classic or OAuth app token: the scopes the operation checks for, joined by ", " (docs.github.com/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps).
         * @example read:org, repo
         */
        "x-accepted-oauth-scopes": string;
        /**
         * @description On an answer to a classic or OAuth app token, the scopes the token has, joined by ", ".
         * @example read:org, repo
         */
        "x-oauth-scopes": string;
        /**
         * @description On a secondary rate limit: the seconds to wait before the next request (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit). Without it, wait until `x-ratelimit-reset` when `x-ratelimit-remaining` is `0`, else at least a minute.
         * @example 60
         */
        "retry-after": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "copilot-spaces/list-for-org": {
        parameters: {
            query?: {
                /**
                 * @description The number of results per page (max 100).
                 * @example 30
                 */
                per_page?: components["parameters"]["per-page"];
                /**
                 * @description A cursor, as given in the Link header. If specified, the query only searches for results before this cursor.
                 * @example Y3Vyc29yOjM=
                 */
                before?: components["parameters"]["pagination-before"];
                /**
                 * @description A cursor, as given in the Link header. If specified, the query only searches for results after this cursor.
                 * @example Y3Vyc29yOjQ=
                 */
                after?: components["parameters"]["pagination-after"];
            };
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    Link: components["headers"]["link"];
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-list"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed_query"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/create-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-create-for-org-request"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/get-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/update-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-update-for-org-request"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/delete-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Copilot Space has been successfully deleted. */
            204: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden_token"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/list-collaborators-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-collaborator-list"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/add-collaborator-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-collaborator-add-request"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-collaborator"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/update-collaborator-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description Whether the collaborator is a user or a team.
                 * @example User
                 */
                actor_type: components["parameters"]["actor-type"];
                /**
                 * @description The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too.
                 * @example octocat
                 */
                actor_identifier: components["parameters"]["actor-identifier"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-collaborator-update-request"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-collaborator"];
                };
            };
            /** @description The role was `no_access`: the collaborator was removed. */
            204: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/remove-collaborator-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description Whether the collaborator is a user or a team.
                 * @example User
                 */
                actor_type: components["parameters"]["actor-type"];
                /**
                 * @description The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too.
                 * @example octocat
                 */
                actor_identifier: components["parameters"]["actor-identifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/list-resources-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource-list"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/create-resource-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-resource-create-request"];
            };
        };
        responses: {
            /** @description The same `github_file` is attached already: nothing was created. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/get-resource-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description The identifier of a resource of the Copilot Space.
                 * @example 801
                 */
                space_resource_id: components["parameters"]["space-resource-id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/update-resource-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description The identifier of a resource of the Copilot Space.
                 * @example 801
                 */
                space_resource_id: components["parameters"]["space-resource-id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-resource-update-request"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/delete-resource-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The organization name. The name is not case sensitive.
                 * @example octo-org
                 */
                org: components["parameters"]["org"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description The identifier of a resource of the Copilot Space.
                 * @example 801
                 */
                space_resource_id: components["parameters"]["space-resource-id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/list-for-user": {
        parameters: {
            query?: {
                /**
                 * @description The number of results per page (max 100).
                 * @example 30
                 */
                per_page?: components["parameters"]["per-page"];
                /**
                 * @description A cursor, as given in the Link header. If specified, the query only searches for results before this cursor.
                 * @example Y3Vyc29yOjM=
                 */
                before?: components["parameters"]["pagination-before"];
                /**
                 * @description A cursor, as given in the Link header. If specified, the query only searches for results after this cursor.
                 * @example Y3Vyc29yOjQ=
                 */
                after?: components["parameters"]["pagination-after"];
            };
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    Link: components["headers"]["link"];
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-list"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed_query"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/create-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-create-for-user-request"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/get-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/update-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-update-for-user-request"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/delete-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Copilot Space has been successfully deleted. */
            204: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden_token"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/list-collaborators-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-collaborator-list"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/add-collaborator-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-collaborator-add-request"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-collaborator"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/update-collaborator-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description Whether the collaborator is a user or a team.
                 * @example User
                 */
                actor_type: components["parameters"]["actor-type"];
                /**
                 * @description The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too.
                 * @example octocat
                 */
                actor_identifier: components["parameters"]["actor-identifier"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-collaborator-update-request"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-collaborator"];
                };
            };
            /** @description The role was `no_access`: the collaborator was removed. */
            204: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/remove-collaborator-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description Whether the collaborator is a user or a team.
                 * @example User
                 */
                actor_type: components["parameters"]["actor-type"];
                /**
                 * @description The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too.
                 * @example octocat
                 */
                actor_identifier: components["parameters"]["actor-identifier"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/list-resources-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource-list"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/create-resource-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-resource-create-request"];
            };
        };
        responses: {
            /** @description The same `github_file` is attached already: nothing was created. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/get-resource-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
                /**
                 * @description The `ETag` of an earlier answer (or several, comma-separated, or `*`): while the representation still has that tag, the answer is `304 Not Modified`, without a body and not counted against the primary rate limit.
                 * @example "8f2c1f0b7e5d4a3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"
                 */
                "If-None-Match"?: components["parameters"]["if-none-match"];
                /**
                 * @description The `Last-Modified` of an earlier answer (an HTTP date): when the representation has not changed since, the answer is `304 Not Modified`. Ignored when `If-None-Match` is sent.
                 * @example Wed, 02 Dec 2026 18:30:00 GMT
                 */
                "If-Modified-Since"?: components["parameters"]["if-modified-since"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description The identifier of a resource of the Copilot Space.
                 * @example 801
                 */
                space_resource_id: components["parameters"]["space-resource-id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    ETag: components["headers"]["etag"];
                    "Last-Modified": components["headers"]["last-modified"];
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource"];
                };
            };
            304: components["responses"]["not_modified"];
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/update-resource-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description The identifier of a resource of the Copilot Space.
                 * @example 801
                 */
                space_resource_id: components["parameters"]["space-resource-id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["copilot-space-resource-update-request"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-resource"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
    "copilot-spaces/delete-resource-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. GitHub serves both versions listed here (2022-11-28 until 2028-03-10); the operations of this description are the same in both. A request without the header is served 2022-11-28 (`x-served-without-header`), as GitHub does.
                 * @example 2026-03-10
                 */
                "X-GitHub-Api-Version"?: components["parameters"]["api-version"];
            };
            path: {
                /**
                 * @description The handle for the GitHub user account.
                 * @example octocat
                 */
                username: components["parameters"]["username"];
                /**
                 * @description The unique identifier of the Copilot Space.
                 * @example 3
                 */
                space_number: components["parameters"]["space-number"];
                /**
                 * @description The identifier of a resource of the Copilot Space.
                 * @example 801
                 */
                space_resource_id: components["parameters"]["space-resource-id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-used": components["headers"]["x-ratelimit-used"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    "x-ratelimit-resource": components["headers"]["x-ratelimit-resource"];
                    "x-github-request-id": components["headers"]["x-github-request-id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            429: components["responses"]["too_many_requests"];
            500: components["responses"]["internal_error"];
            502: components["responses"]["bad_gateway"];
            503: components["responses"]["service_unavailable"];
        };
    };
}
