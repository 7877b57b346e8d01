// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate/generate-mock-types.ts. Do not edit it: change the description or the generator, then
// run `pnpm build` (or `pnpm --filter @copilot-spaces/mock-server generate`).

import type { components } from "../../../client/src/generated/openapi.js";

type Schemas = components["schemas"];

/** The fixtures: one per item schema of the description's collections, one per kind where its schema tells kinds apart. */
export const fixtureTable = [
  {
    "name": "space",
    "schema": "copilot-space",
    "identityField": "number",
    "itemsKey": "spaces",
    "example": {
      "id": 84,
      "number": 3,
      "name": "Team Planning Space",
      "description": "Organization space for team planning and coordination",
      "general_instructions": "Help the team with agile planning, sprint coordination, and project management best practices",
      "owner": {
        "login": "octo-org",
        "id": 1,
        "node_id": "MDEyOk9yZ2FuaXphdGlvbjE=",
        "url": "https://api.github.com/orgs/octo-org",
        "repos_url": "https://api.github.com/orgs/octo-org/repos",
        "events_url": "https://api.github.com/orgs/octo-org/events",
        "hooks_url": "https://api.github.com/orgs/octo-org/hooks",
        "issues_url": "https://api.github.com/orgs/octo-org/issues",
        "members_url": "https://api.github.com/orgs/octo-org/members{/member}",
        "public_members_url": "https://api.github.com/orgs/octo-org/public_members{/member}",
        "avatar_url": "https://github.com/images/error/octocat_happy.gif",
        "description": "A great organization",
        "gravatar_id": "",
        "name": "octo-org",
        "company": "GitHub",
        "blog": "https://github.com/blog",
        "location": "San Francisco",
        "email": "octocat@github.com",
        "twitter_username": "octo-org",
        "html_url": "https://github.com/octo-org",
        "created_at": "2008-01-14T04:33:35Z",
        "updated_at": "2017-08-17T12:37:15Z",
        "type": "Organization"
      },
      "creator": {
        "login": "defunkt",
        "id": 2,
        "node_id": "MDQ6VXNlcjI=",
        "avatar_url": "https://github.com/images/error/defunkt_happy.gif",
        "gravatar_id": "",
        "url": "https://api.github.com/users/defunkt",
        "html_url": "https://github.com/defunkt",
        "followers_url": "https://api.github.com/users/defunkt/followers",
        "following_url": "https://api.github.com/users/defunkt/following{/other_user}",
        "gists_url": "https://api.github.com/users/defunkt/gists{/gist_id}",
        "starred_url": "https://api.github.com/users/defunkt/starred{/owner}{/repo}",
        "subscriptions_url": "https://api.github.com/users/defunkt/subscriptions",
        "organizations_url": "https://api.github.com/users/defunkt/orgs",
        "repos_url": "https://api.github.com/users/defunkt/repos",
        "events_url": "https://api.github.com/users/defunkt/events{/privacy}",
        "received_events_url": "https://api.github.com/users/defunkt/received_events",
        "type": "User",
        "site_admin": true
      },
      "created_at": "2023-02-15T08:30:00Z",
      "updated_at": "2023-02-15T14:45:00Z",
      "html_url": "https://github.com/copilot/spaces/octo-org/3",
      "api_url": "https://api.github.com/organizations/1/copilot-spaces/3",
      "base_role": "no_access",
      "resources_attributes": [
        {
          "id": 123,
          "resource_type": "github_file",
          "metadata": {
            "repository_id": 456,
            "file_path": "docs/planning.md"
          }
        },
        {
          "id": 124,
          "resource_type": "free_text",
          "metadata": {
            "name": "Team Guidelines",
            "text": "Our team follows agile methodology"
          }
        }
      ]
    }
  },
  {
    "name": "collaborator",
    "schema": "copilot-space-collaborator",
    "collection": "collaborators",
    "kindField": "actor_type",
    "kinds": [
      {
        "name": "user",
        "value": "User",
        "schema": "copilot-space-user-collaborator",
        "example": {
          "actor_type": "User",
          "role": "writer",
          "login": "mona",
          "id": 583231,
          "node_id": "MDQ6VXNlcjU4MzIzMQ==",
          "avatar_url": "https://avatars.githubusercontent.com/u/583231",
          "gravatar_id": "",
          "url": "https://api.github.com/users/mona",
          "html_url": "https://github.com/mona",
          "followers_url": "https://api.github.com/users/mona/followers",
          "following_url": "https://api.github.com/users/mona/following{/other_user}",
          "gists_url": "https://api.github.com/users/mona/gists{/gist_id}",
          "starred_url": "https://api.github.com/users/mona/starred{/owner}{/repo}",
          "subscriptions_url": "https://api.github.com/users/mona/subscriptions",
          "organizations_url": "https://api.github.com/users/mona/orgs",
          "repos_url": "https://api.github.com/users/mona/repos",
          "events_url": "https://api.github.com/users/mona/events{/privacy}",
          "received_events_url": "https://api.github.com/users/mona/received_events",
          "type": "User",
          "site_admin": false
        }
      },
      {
        "name": "team",
        "value": "Team",
        "schema": "copilot-space-team-collaborator",
        "example": {
          "actor_type": "Team",
          "role": "reader",
          "id": 4312,
          "node_id": "MDQ6VGVhbTQzMTI=",
          "name": "Planners",
          "slug": "planners",
          "type": "Team",
          "description": "The people who plan the sprints",
          "privacy": "closed",
          "notification_setting": "notifications_enabled",
          "url": "https://api.github.com/teams/4312",
          "html_url": "https://github.com/orgs/octo-org/teams/planners",
          "members_url": "https://api.github.com/teams/4312/members{/member}",
          "repositories_url": "https://api.github.com/teams/4312/repos",
          "organization_id": 1,
          "parent": null
        }
      }
    ]
  },
  {
    "name": "resource",
    "schema": "copilot-space-resource",
    "collection": "resources",
    "kindField": "resource_type",
    "kinds": [
      {
        "name": "repository",
        "value": "repository",
        "schema": "copilot-space-resource",
        "example": {
          "id": 802,
          "resource_type": "repository",
          "copilot_chat_attachment_id": null,
          "metadata": {},
          "created_at": "2026-02-03T11:00:00Z",
          "updated_at": "2026-02-03T11:00:00Z"
        }
      },
      {
        "name": "githubFile",
        "value": "github_file",
        "schema": "copilot-space-resource",
        "example": {
          "id": 802,
          "resource_type": "github_file",
          "copilot_chat_attachment_id": null,
          "metadata": {
            "repository_id": 1296269,
            "file_path": "docs/planning.md"
          },
          "created_at": "2026-02-03T11:00:00Z",
          "updated_at": "2026-02-03T11:00:00Z"
        }
      },
      {
        "name": "freeText",
        "value": "free_text",
        "schema": "copilot-space-resource",
        "example": {
          "id": 801,
          "resource_type": "free_text",
          "copilot_chat_attachment_id": null,
          "metadata": {
            "name": "Sprint rules",
            "text": "Two-week sprints, planning on Mondays"
          },
          "created_at": "2026-02-02T09:15:00Z",
          "updated_at": "2026-02-02T09:15:00Z"
        }
      },
      {
        "name": "githubIssue",
        "value": "github_issue",
        "schema": "copilot-space-resource",
        "example": {
          "id": 802,
          "resource_type": "github_issue",
          "copilot_chat_attachment_id": null,
          "metadata": {},
          "created_at": "2026-02-03T11:00:00Z",
          "updated_at": "2026-02-03T11:00:00Z"
        }
      },
      {
        "name": "githubPullRequest",
        "value": "github_pull_request",
        "schema": "copilot-space-resource",
        "example": {
          "id": 802,
          "resource_type": "github_pull_request",
          "copilot_chat_attachment_id": null,
          "metadata": {},
          "created_at": "2026-02-03T11:00:00Z",
          "updated_at": "2026-02-03T11:00:00Z"
        }
      },
      {
        "name": "mediaContent",
        "value": "media_content",
        "schema": "copilot-space-resource",
        "example": {
          "id": 802,
          "resource_type": "media_content",
          "copilot_chat_attachment_id": null,
          "metadata": {},
          "created_at": "2026-02-03T11:00:00Z",
          "updated_at": "2026-02-03T11:00:00Z"
        }
      },
      {
        "name": "uploadedTextFile",
        "value": "uploaded_text_file",
        "schema": "copilot-space-resource",
        "example": {
          "id": 802,
          "resource_type": "uploaded_text_file",
          "copilot_chat_attachment_id": null,
          "metadata": {},
          "created_at": "2026-02-03T11:00:00Z",
          "updated_at": "2026-02-03T11:00:00Z"
        }
      }
    ]
  }
] as const;

/** The kinds of owner the store keeps (the segment before the owner in a collection's path) and the owner's path parameter. */
export const ownerKinds = [{"kind":"orgs","parameter":"org"},{"kind":"users","parameter":"username"}] as const;

/** The typed builders: each takes a partial of its schema's type and gives a whole, valid one. */
export interface FixtureBuilders {
  space: (overrides?: Partial<Schemas["copilot-space"]>) => Schemas["copilot-space"];
  collaborator: {
    user: (overrides?: Partial<Schemas["copilot-space-user-collaborator"]>) => Schemas["copilot-space-user-collaborator"];
    team: (overrides?: Partial<Schemas["copilot-space-team-collaborator"]>) => Schemas["copilot-space-team-collaborator"];
  };
  resource: {
    repository: (overrides?: Partial<Schemas["copilot-space-resource"] & { resource_type: "repository" }>) => Schemas["copilot-space-resource"] & { resource_type: "repository" };
    githubFile: (overrides?: Partial<Schemas["copilot-space-resource"] & { resource_type: "github_file" }>) => Schemas["copilot-space-resource"] & { resource_type: "github_file" };
    freeText: (overrides?: Partial<Schemas["copilot-space-resource"] & { resource_type: "free_text" }>) => Schemas["copilot-space-resource"] & { resource_type: "free_text" };
    githubIssue: (overrides?: Partial<Schemas["copilot-space-resource"] & { resource_type: "github_issue" }>) => Schemas["copilot-space-resource"] & { resource_type: "github_issue" };
    githubPullRequest: (overrides?: Partial<Schemas["copilot-space-resource"] & { resource_type: "github_pull_request" }>) => Schemas["copilot-space-resource"] & { resource_type: "github_pull_request" };
    mediaContent: (overrides?: Partial<Schemas["copilot-space-resource"] & { resource_type: "media_content" }>) => Schemas["copilot-space-resource"] & { resource_type: "media_content" };
    uploadedTextFile: (overrides?: Partial<Schemas["copilot-space-resource"] & { resource_type: "uploaded_text_file" }>) => Schemas["copilot-space-resource"] & { resource_type: "uploaded_text_file" };
  };
}

/** An owner as mock.seed() takes it: `orgs/NAME`, or an object keyed by the owner's path parameter. */
export type SeedOwner = `orgs/${string}` | { org: string } | `users/${string}` | { username: string };

/** What mock.seed() puts at an owner. */
export interface SeedData {
  spaces?: Schemas["copilot-space"][];
  /** By the number of one of the seeded items. */
  collaborators?: Record<number, (Schemas["copilot-space-user-collaborator"] | Schemas["copilot-space-team-collaborator"])[]>;
  /** By the number of one of the seeded items. */
  resources?: Record<number, (Schemas["copilot-space-resource"] & { resource_type: "repository" } | Schemas["copilot-space-resource"] & { resource_type: "github_file" } | Schemas["copilot-space-resource"] & { resource_type: "free_text" } | Schemas["copilot-space-resource"] & { resource_type: "github_issue" } | Schemas["copilot-space-resource"] & { resource_type: "github_pull_request" } | Schemas["copilot-space-resource"] & { resource_type: "media_content" } | Schemas["copilot-space-resource"] & { resource_type: "uploaded_text_file" })[]>;
}
