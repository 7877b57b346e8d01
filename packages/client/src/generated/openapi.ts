// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate-client.ts. Do not edit it: change the description or the generator, then
// run `pnpm build` (or `pnpm --filter @copilot-spaces/client generate`).

export interface paths {
    "/orgs/{org}/copilot-spaces": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
    "/users/{username}/copilot-spaces": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
        };
        /**
         * Copilot Space resource
         * @description A resource attached to a Copilot Space.
         */
        "copilot-space-resource": {
            /**
             * Format: int64
             * @description The identifier of the attached resource; give it to edit or remove the resource.
             * @example 123
             */
            id: number;
            resource_type: components["schemas"]["copilot-space-resource-type"];
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
            resources_attributes?: components["schemas"]["copilot-space-resource"][];
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
                value?: string | number | boolean | null | unknown[] | Record<string, never>;
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
        "copilot-space": WithRequired<components["schemas"]["copilot-space-summary"], "base_role">;
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
        /** @description Bad request: the `X-GitHub-Api-Version` header names a version this description does not list, the body is not valid JSON or is nested deeper than 100 levels, or the JSON body is not an object. Not listed on GitHub's reference page for this operation; added here because GitHub answers these requests with 400. */
        bad_request: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Requires authentication. The token is missing, malformed, expired or revoked. */
        requires_authentication: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Forbidden */
        forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Resource not found */
        not_found: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["basic-error"];
            };
        };
        /** @description Validation failed: a query parameter is malformed or out of range (for example `per_page` above 100). Not listed on GitHub's reference page for this operation; added here because a list request with an invalid query value is answered with GitHub's validation error. */
        validation_failed_query: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["validation-error"];
            };
        };
        /** @description Validation failed, or the endpoint has been spammed. */
        validation_failed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["validation-error"];
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
         * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
         * @example 2026-03-10
         */
        "api-version": "2026-03-10";
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
         * @description The unique identifier of the Copilot Space.
         * @example 3
         */
        "space-number": number;
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
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    Link: components["headers"]["link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-list"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed_query"];
        };
    };
    "copilot-spaces/create-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
        };
    };
    "copilot-spaces/get-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
            /** @description OK */
            200: {
                headers: {
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
        };
    };
    "copilot-spaces/update-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
        };
    };
    "copilot-spaces/delete-for-org": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
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
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    Link: components["headers"]["link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["copilot-space-list"];
                };
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed_query"];
        };
    };
    "copilot-spaces/create-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
        };
    };
    "copilot-spaces/get-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
            /** @description OK */
            200: {
                headers: {
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
        };
    };
    "copilot-spaces/update-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
        };
    };
    "copilot-spaces/delete-for-user": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The version of the REST API to use. This description documents version 2026-03-10; a request without the header is served the default version.
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
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["bad_request"];
            401: components["responses"]["requires_authentication"];
            404: components["responses"]["not_found"];
            422: components["responses"]["validation_failed"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
