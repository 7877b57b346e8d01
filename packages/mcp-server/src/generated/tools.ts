// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate/generate-mcp-tools.ts. Do not edit it: change the description or the generator, then
// run `pnpm build` (or `pnpm --filter @copilot-spaces/mcp-server generate`).

import type { ToolEntry, Toolset } from "../tool-entry.js";

/** The description's title, for the server's instructions. */
export const apiTitle = "GitHub Copilot Spaces REST API";

/** The description's tags that hold operations: what `--toolsets` takes. */
export const toolsets: readonly Toolset[] = [
  {
    "name": "copilot-spaces",
    "title": "Copilot Spaces",
    "description": "Manage Copilot Spaces owned by organizations and by users, and the resources attached to them."
  },
  {
    "name": "copilot-space-collaborators",
    "title": "Collaborators",
    "description": "Who may use a Copilot Space besides its owner, users and teams, and with which role."
  },
  {
    "name": "copilot-space-resources",
    "title": "Resources",
    "description": "What a Copilot Space holds (repositories, files, notes, issues, pull requests), one resource at a time."
  }
];

/** One tool per operation of the description, in its order. */
export const toolEntries: readonly ToolEntry[] = [
  {
    "name": "copilot_spaces_list_for_org",
    "operationId": "copilot-spaces/list-for-org",
    "method": "GET",
    "path": "/orgs/{org}/copilot-spaces",
    "client": {
      "namespace": "copilotSpaces",
      "method": "listForOrg"
    },
    "toolset": "copilot-spaces",
    "title": "List organization Copilot Spaces",
    "description": "Lists Copilot Spaces owned by an organization. The authenticated user must have read access to the organization's Copilot Spaces.\n\nOnly Spaces that are readable by the authenticated user are returned. This includes public Spaces and internal Spaces if the user is a member of the organization.\n\nOAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.\n\n**Fine-grained access tokens:** the fine-grained token must have the following permission set:\n\n- \"Copilot Spaces\" organization permissions (read)\n\n`GET /orgs/{org}/copilot-spaces` (copilot-spaces/list-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "per_page": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 30,
          "description": "Items per request. Default: chosen from max_items, so that the walk ends on a page's edge; one larger than max_items is lowered to it."
        },
        "before": {
          "type": "string",
          "description": "Go back from this cursor (a page before it)."
        },
        "after": {
          "type": "string",
          "description": "Go on after this cursor: the one a previous call's result text gives."
        },
        "max_items": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 30,
          "description": "Follow the list's pages (from the cursor given, if any) until this many items are collected or there is no next page. The result says where to go on from."
        }
      },
      "required": [
        "org"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "List organization Copilot Spaces",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space list",
      "description": "One page of Copilot Spaces. The `Link` header leads to the other pages.",
      "type": "object",
      "properties": {
        "spaces": {
          "type": "array",
          "items": {
            "title": "Copilot Space summary",
            "description": "A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).",
            "type": "object",
            "properties": {
              "id": {
                "description": "The unique identifier of the Space across GitHub.",
                "type": "integer",
                "format": "int64"
              },
              "number": {
                "description": "The number of the Space within its owner; the `space_number` of the Space's URLs.",
                "type": "integer"
              },
              "name": {
                "description": "The name of the Copilot Space.",
                "type": "string"
              },
              "description": {
                "description": "A description of the Copilot Space.",
                "type": [
                  "string",
                  "null"
                ]
              },
              "general_instructions": {
                "description": "General instructions for the Copilot Space.",
                "type": [
                  "string",
                  "null"
                ]
              },
              "base_role": {
                "title": "Copilot Space base role",
                "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
                "type": "string",
                "enum": [
                  "reader",
                  "writer",
                  "admin",
                  "no_access"
                ]
              },
              "owner": {
                "title": "Copilot Space owner",
                "description": "The account that owns the Space, a user or an organization, told apart by `type`.",
                "oneOf": [
                  {
                    "title": "Simple User",
                    "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                    "type": "object",
                    "properties": {
                      "login": {
                        "type": "string"
                      },
                      "id": {
                        "type": "integer",
                        "format": "int64"
                      },
                      "node_id": {
                        "type": "string"
                      },
                      "avatar_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "gravatar_id": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "html_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "followers_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "following_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "gists_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "starred_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "subscriptions_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "organizations_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "repos_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "events_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "received_events_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "type": {
                        "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                        "type": "string",
                        "enum": [
                          "User",
                          "Bot"
                        ]
                      },
                      "site_admin": {
                        "type": "boolean"
                      },
                      "name": {
                        "description": "The account's display name, when it has one.",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "email": {
                        "description": "The account's public email address, when it shows one.",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "starred_at": {
                        "description": "When the account starred the repository (in lists of stargazers only).",
                        "type": "string"
                      },
                      "user_view_type": {
                        "description": "How much of the account the token may see (`public` for others' accounts).",
                        "type": "string"
                      }
                    },
                    "required": [
                      "login",
                      "id",
                      "node_id",
                      "avatar_url",
                      "gravatar_id",
                      "url",
                      "html_url",
                      "followers_url",
                      "following_url",
                      "gists_url",
                      "starred_url",
                      "subscriptions_url",
                      "organizations_url",
                      "repos_url",
                      "events_url",
                      "received_events_url",
                      "type",
                      "site_admin"
                    ]
                  },
                  {
                    "title": "Organization",
                    "description": "A GitHub organization, as it appears as the owner of a Copilot Space.",
                    "type": "object",
                    "properties": {
                      "login": {
                        "type": "string"
                      },
                      "id": {
                        "type": "integer",
                        "format": "int64"
                      },
                      "node_id": {
                        "type": "string"
                      },
                      "url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "repos_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "events_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "hooks_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "issues_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "members_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "public_members_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "avatar_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "description": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "gravatar_id": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "name": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "company": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "blog": {
                        "description": "The organization's website, as typed by its owners (not always a full URL).",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "location": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "email": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "format": "email"
                      },
                      "twitter_username": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "html_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "created_at": {
                        "type": "string",
                        "format": "date-time"
                      },
                      "updated_at": {
                        "type": "string",
                        "format": "date-time"
                      },
                      "type": {
                        "type": "string",
                        "const": "Organization"
                      }
                    },
                    "required": [
                      "login",
                      "id",
                      "node_id",
                      "url",
                      "repos_url",
                      "events_url",
                      "hooks_url",
                      "issues_url",
                      "members_url",
                      "public_members_url",
                      "avatar_url",
                      "description",
                      "html_url",
                      "created_at",
                      "updated_at",
                      "type"
                    ]
                  }
                ]
              },
              "creator": {
                "title": "Simple User",
                "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                "type": "object",
                "properties": {
                  "login": {
                    "type": "string"
                  },
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "node_id": {
                    "type": "string"
                  },
                  "avatar_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "gravatar_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "html_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "followers_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "following_url": {
                    "description": "A URL template (RFC 6570), not a plain URL.",
                    "type": "string"
                  },
                  "gists_url": {
                    "description": "A URL template (RFC 6570), not a plain URL.",
                    "type": "string"
                  },
                  "starred_url": {
                    "description": "A URL template (RFC 6570), not a plain URL.",
                    "type": "string"
                  },
                  "subscriptions_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "organizations_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "repos_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "events_url": {
                    "description": "A URL template (RFC 6570), not a plain URL.",
                    "type": "string"
                  },
                  "received_events_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "type": {
                    "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                    "type": "string",
                    "enum": [
                      "User",
                      "Bot"
                    ]
                  },
                  "site_admin": {
                    "type": "boolean"
                  },
                  "name": {
                    "description": "The account's display name, when it has one.",
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "email": {
                    "description": "The account's public email address, when it shows one.",
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "starred_at": {
                    "description": "When the account starred the repository (in lists of stargazers only).",
                    "type": "string"
                  },
                  "user_view_type": {
                    "description": "How much of the account the token may see (`public` for others' accounts).",
                    "type": "string"
                  }
                },
                "required": [
                  "login",
                  "id",
                  "node_id",
                  "avatar_url",
                  "gravatar_id",
                  "url",
                  "html_url",
                  "followers_url",
                  "following_url",
                  "gists_url",
                  "starred_url",
                  "subscriptions_url",
                  "organizations_url",
                  "repos_url",
                  "events_url",
                  "received_events_url",
                  "type",
                  "site_admin"
                ]
              },
              "created_at": {
                "type": "string",
                "format": "date-time"
              },
              "updated_at": {
                "type": "string",
                "format": "date-time"
              },
              "html_url": {
                "description": "The Space on github.com.",
                "type": "string",
                "format": "uri"
              },
              "api_url": {
                "description": "The Space in the REST API.",
                "type": "string",
                "format": "uri"
              },
              "resources_attributes": {
                "description": "The resources attached to the space.",
                "type": "array",
                "items": {
                  "title": "Copilot Space attached resource",
                  "description": "A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).",
                  "type": "object",
                  "properties": {
                    "id": {
                      "description": "The identifier of the attached resource; give it to edit or remove the resource.",
                      "type": "integer",
                      "format": "int64"
                    },
                    "resource_type": {
                      "title": "Copilot Space resource type",
                      "description": "The type of resource.",
                      "type": "string",
                      "enum": [
                        "repository",
                        "github_file",
                        "free_text",
                        "github_issue",
                        "github_pull_request",
                        "media_content",
                        "uploaded_text_file"
                      ]
                    },
                    "copilot_chat_attachment_id": {
                      "description": "The Copilot Chat attachment an uploaded file or media resource comes from, if any.",
                      "type": [
                        "integer",
                        "null"
                      ],
                      "format": "int64"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "updated_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "metadata": {
                      "title": "Copilot Space resource metadata",
                      "description": "Metadata specific to the resource type.",
                      "type": "object",
                      "properties": {
                        "repository_id": {
                          "description": "Repository ID for repository or file resources.",
                          "type": "integer",
                          "format": "int64"
                        },
                        "file_path": {
                          "description": "File path for file resources.",
                          "type": "string"
                        },
                        "text": {
                          "description": "Text content for free text resources.",
                          "type": "string"
                        },
                        "name": {
                          "description": "Name for the resource.",
                          "type": "string"
                        },
                        "number": {
                          "description": "Issue or PR number.",
                          "type": "integer"
                        },
                        "copilot_chat_attachment_id": {
                          "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                          "type": "integer"
                        },
                        "media_type": {
                          "description": "The media type of a media resource.",
                          "type": "string"
                        },
                        "url": {
                          "description": "Where a media resource is.",
                          "type": "string"
                        },
                        "height": {
                          "description": "The height of a media resource, in pixels.",
                          "type": "integer"
                        },
                        "width": {
                          "description": "The width of a media resource, in pixels.",
                          "type": "integer"
                        },
                        "sha": {
                          "description": "The blob SHA of a file resource.",
                          "type": "string"
                        }
                      }
                    }
                  },
                  "required": [
                    "id",
                    "resource_type",
                    "metadata"
                  ]
                }
              }
            },
            "required": [
              "id",
              "number",
              "name",
              "description",
              "owner",
              "creator",
              "created_at",
              "updated_at",
              "html_url",
              "api_url"
            ]
          }
        }
      },
      "required": [
        "spaces"
      ]
    },
    "paging": {
      "itemsKey": "spaces",
      "next": "after",
      "pageSize": "per_page",
      "maxPageSize": 100
    }
  },
  {
    "name": "copilot_spaces_create_for_org",
    "operationId": "copilot-spaces/create-for-org",
    "method": "POST",
    "path": "/orgs/{org}/copilot-spaces",
    "client": {
      "namespace": "copilotSpaces",
      "method": "createForOrg"
    },
    "toolset": "copilot-spaces",
    "title": "Create an organization Copilot Space",
    "description": "Creates a new Copilot Space owned by an organization. The authenticated user must have permissions to create spaces in the organization.\n\nOrganization members with appropriate permissions can create Copilot Spaces to be shared within their organization.\n\nOAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.\n\n**Fine-grained access tokens:** the fine-grained token must have the following permission set:\n\n- \"Copilot Spaces\" organization permissions (write)\n\n`POST /orgs/{org}/copilot-spaces` (copilot-spaces/create-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "name": {
          "description": "The name of the Copilot Space.",
          "type": "string"
        },
        "description": {
          "description": "A description of the Copilot Space.",
          "type": "string"
        },
        "general_instructions": {
          "description": "General instructions for the Copilot Space.",
          "type": "string"
        },
        "base_role": {
          "title": "Copilot Space base role",
          "description": "The base role that determines default permissions for organization members.\n\n- `no_access`: No default access (default)\n- `reader`: Organization members can read the space\n- `writer`: Organization members can read and edit the space\n- `admin`: Organization members have full admin access to the space",
          "type": "string",
          "enum": [
            "reader",
            "writer",
            "admin",
            "no_access"
          ],
          "default": "no_access"
        },
        "resources_attributes": {
          "description": "Resources to attach to the space.",
          "type": "array",
          "items": {
            "title": "Copilot Space resource to attach",
            "description": "A resource to attach to the space.",
            "type": "object",
            "properties": {
              "resource_type": {
                "title": "Copilot Space resource type",
                "description": "The type of resource.",
                "type": "string",
                "enum": [
                  "repository",
                  "github_file",
                  "free_text",
                  "github_issue",
                  "github_pull_request",
                  "media_content",
                  "uploaded_text_file"
                ]
              },
              "metadata": {
                "title": "Copilot Space resource metadata",
                "description": "Metadata specific to the resource type.",
                "type": "object",
                "properties": {
                  "repository_id": {
                    "description": "Repository ID for repository or file resources.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "file_path": {
                    "description": "File path for file resources.",
                    "type": "string"
                  },
                  "text": {
                    "description": "Text content for free text resources.",
                    "type": "string"
                  },
                  "name": {
                    "description": "Name for the resource.",
                    "type": "string"
                  },
                  "number": {
                    "description": "Issue or PR number.",
                    "type": "integer"
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                    "type": "integer"
                  },
                  "media_type": {
                    "description": "The media type of a media resource.",
                    "type": "string"
                  },
                  "url": {
                    "description": "Where a media resource is.",
                    "type": "string"
                  },
                  "height": {
                    "description": "The height of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "width": {
                    "description": "The width of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "sha": {
                    "description": "The blob SHA of a file resource.",
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      },
      "required": [
        "org",
        "name"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Create an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space",
      "description": "A Copilot Space as create, get and set return it: every field of the summary, and its base role always (the page's six single-Space examples all carry `base_role`; GitHub's own description requires it).",
      "type": "object",
      "allOf": [
        {
          "title": "Copilot Space summary",
          "description": "A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).",
          "type": "object",
          "properties": {
            "id": {
              "description": "The unique identifier of the Space across GitHub.",
              "type": "integer",
              "format": "int64"
            },
            "number": {
              "description": "The number of the Space within its owner; the `space_number` of the Space's URLs.",
              "type": "integer"
            },
            "name": {
              "description": "The name of the Copilot Space.",
              "type": "string"
            },
            "description": {
              "description": "A description of the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "general_instructions": {
              "description": "General instructions for the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            },
            "owner": {
              "title": "Copilot Space owner",
              "description": "The account that owns the Space, a user or an organization, told apart by `type`.",
              "oneOf": [
                {
                  "title": "Simple User",
                  "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "followers_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "following_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "gists_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "starred_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "subscriptions_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "organizations_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "received_events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "type": {
                      "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                      "type": "string",
                      "enum": [
                        "User",
                        "Bot"
                      ]
                    },
                    "site_admin": {
                      "type": "boolean"
                    },
                    "name": {
                      "description": "The account's display name, when it has one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "description": "The account's public email address, when it shows one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "starred_at": {
                      "description": "When the account starred the repository (in lists of stargazers only).",
                      "type": "string"
                    },
                    "user_view_type": {
                      "description": "How much of the account the token may see (`public` for others' accounts).",
                      "type": "string"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "avatar_url",
                    "gravatar_id",
                    "url",
                    "html_url",
                    "followers_url",
                    "following_url",
                    "gists_url",
                    "starred_url",
                    "subscriptions_url",
                    "organizations_url",
                    "repos_url",
                    "events_url",
                    "received_events_url",
                    "type",
                    "site_admin"
                  ]
                },
                {
                  "title": "Organization",
                  "description": "A GitHub organization, as it appears as the owner of a Copilot Space.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "hooks_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "issues_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "public_members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "description": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "name": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "company": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "blog": {
                      "description": "The organization's website, as typed by its owners (not always a full URL).",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "location": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "email"
                    },
                    "twitter_username": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "updated_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "type": {
                      "type": "string",
                      "const": "Organization"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "url",
                    "repos_url",
                    "events_url",
                    "hooks_url",
                    "issues_url",
                    "members_url",
                    "public_members_url",
                    "avatar_url",
                    "description",
                    "html_url",
                    "created_at",
                    "updated_at",
                    "type"
                  ]
                }
              ]
            },
            "creator": {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "html_url": {
              "description": "The Space on github.com.",
              "type": "string",
              "format": "uri"
            },
            "api_url": {
              "description": "The Space in the REST API.",
              "type": "string",
              "format": "uri"
            },
            "resources_attributes": {
              "description": "The resources attached to the space.",
              "type": "array",
              "items": {
                "title": "Copilot Space attached resource",
                "description": "A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).",
                "type": "object",
                "properties": {
                  "id": {
                    "description": "The identifier of the attached resource; give it to edit or remove the resource.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "resource_type": {
                    "title": "Copilot Space resource type",
                    "description": "The type of resource.",
                    "type": "string",
                    "enum": [
                      "repository",
                      "github_file",
                      "free_text",
                      "github_issue",
                      "github_pull_request",
                      "media_content",
                      "uploaded_text_file"
                    ]
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment an uploaded file or media resource comes from, if any.",
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "metadata": {
                    "title": "Copilot Space resource metadata",
                    "description": "Metadata specific to the resource type.",
                    "type": "object",
                    "properties": {
                      "repository_id": {
                        "description": "Repository ID for repository or file resources.",
                        "type": "integer",
                        "format": "int64"
                      },
                      "file_path": {
                        "description": "File path for file resources.",
                        "type": "string"
                      },
                      "text": {
                        "description": "Text content for free text resources.",
                        "type": "string"
                      },
                      "name": {
                        "description": "Name for the resource.",
                        "type": "string"
                      },
                      "number": {
                        "description": "Issue or PR number.",
                        "type": "integer"
                      },
                      "copilot_chat_attachment_id": {
                        "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                        "type": "integer"
                      },
                      "media_type": {
                        "description": "The media type of a media resource.",
                        "type": "string"
                      },
                      "url": {
                        "description": "Where a media resource is.",
                        "type": "string"
                      },
                      "height": {
                        "description": "The height of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "width": {
                        "description": "The width of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "sha": {
                        "description": "The blob SHA of a file resource.",
                        "type": "string"
                      }
                    }
                  }
                },
                "required": [
                  "id",
                  "resource_type",
                  "metadata"
                ]
              }
            }
          },
          "required": [
            "id",
            "number",
            "name",
            "description",
            "owner",
            "creator",
            "created_at",
            "updated_at",
            "html_url",
            "api_url"
          ]
        },
        {
          "type": "object",
          "properties": {
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            }
          },
          "required": [
            "base_role"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_get_for_org",
    "operationId": "copilot-spaces/get-for-org",
    "method": "GET",
    "path": "/orgs/{org}/copilot-spaces/{space_number}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "getForOrg"
    },
    "toolset": "copilot-spaces",
    "title": "Get an organization Copilot Space",
    "description": "Gets details about a specific Copilot Space owned by an organization. The authenticated user must have read access to the Space.\n\nInternal Spaces require the authenticated user to be a member of the organization or have been granted read permissions.\n\nOAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.\n\n**Fine-grained access tokens:** the fine-grained token must have the following permission set:\n\n- \"Copilot Spaces\" organization permissions (read)\n\n`GET /orgs/{org}/copilot-spaces/{space_number}` (copilot-spaces/get-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        }
      },
      "required": [
        "org",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Get an organization Copilot Space",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space",
      "description": "A Copilot Space as create, get and set return it: every field of the summary, and its base role always (the page's six single-Space examples all carry `base_role`; GitHub's own description requires it).",
      "type": "object",
      "allOf": [
        {
          "title": "Copilot Space summary",
          "description": "A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).",
          "type": "object",
          "properties": {
            "id": {
              "description": "The unique identifier of the Space across GitHub.",
              "type": "integer",
              "format": "int64"
            },
            "number": {
              "description": "The number of the Space within its owner; the `space_number` of the Space's URLs.",
              "type": "integer"
            },
            "name": {
              "description": "The name of the Copilot Space.",
              "type": "string"
            },
            "description": {
              "description": "A description of the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "general_instructions": {
              "description": "General instructions for the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            },
            "owner": {
              "title": "Copilot Space owner",
              "description": "The account that owns the Space, a user or an organization, told apart by `type`.",
              "oneOf": [
                {
                  "title": "Simple User",
                  "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "followers_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "following_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "gists_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "starred_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "subscriptions_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "organizations_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "received_events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "type": {
                      "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                      "type": "string",
                      "enum": [
                        "User",
                        "Bot"
                      ]
                    },
                    "site_admin": {
                      "type": "boolean"
                    },
                    "name": {
                      "description": "The account's display name, when it has one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "description": "The account's public email address, when it shows one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "starred_at": {
                      "description": "When the account starred the repository (in lists of stargazers only).",
                      "type": "string"
                    },
                    "user_view_type": {
                      "description": "How much of the account the token may see (`public` for others' accounts).",
                      "type": "string"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "avatar_url",
                    "gravatar_id",
                    "url",
                    "html_url",
                    "followers_url",
                    "following_url",
                    "gists_url",
                    "starred_url",
                    "subscriptions_url",
                    "organizations_url",
                    "repos_url",
                    "events_url",
                    "received_events_url",
                    "type",
                    "site_admin"
                  ]
                },
                {
                  "title": "Organization",
                  "description": "A GitHub organization, as it appears as the owner of a Copilot Space.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "hooks_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "issues_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "public_members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "description": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "name": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "company": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "blog": {
                      "description": "The organization's website, as typed by its owners (not always a full URL).",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "location": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "email"
                    },
                    "twitter_username": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "updated_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "type": {
                      "type": "string",
                      "const": "Organization"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "url",
                    "repos_url",
                    "events_url",
                    "hooks_url",
                    "issues_url",
                    "members_url",
                    "public_members_url",
                    "avatar_url",
                    "description",
                    "html_url",
                    "created_at",
                    "updated_at",
                    "type"
                  ]
                }
              ]
            },
            "creator": {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "html_url": {
              "description": "The Space on github.com.",
              "type": "string",
              "format": "uri"
            },
            "api_url": {
              "description": "The Space in the REST API.",
              "type": "string",
              "format": "uri"
            },
            "resources_attributes": {
              "description": "The resources attached to the space.",
              "type": "array",
              "items": {
                "title": "Copilot Space attached resource",
                "description": "A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).",
                "type": "object",
                "properties": {
                  "id": {
                    "description": "The identifier of the attached resource; give it to edit or remove the resource.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "resource_type": {
                    "title": "Copilot Space resource type",
                    "description": "The type of resource.",
                    "type": "string",
                    "enum": [
                      "repository",
                      "github_file",
                      "free_text",
                      "github_issue",
                      "github_pull_request",
                      "media_content",
                      "uploaded_text_file"
                    ]
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment an uploaded file or media resource comes from, if any.",
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "metadata": {
                    "title": "Copilot Space resource metadata",
                    "description": "Metadata specific to the resource type.",
                    "type": "object",
                    "properties": {
                      "repository_id": {
                        "description": "Repository ID for repository or file resources.",
                        "type": "integer",
                        "format": "int64"
                      },
                      "file_path": {
                        "description": "File path for file resources.",
                        "type": "string"
                      },
                      "text": {
                        "description": "Text content for free text resources.",
                        "type": "string"
                      },
                      "name": {
                        "description": "Name for the resource.",
                        "type": "string"
                      },
                      "number": {
                        "description": "Issue or PR number.",
                        "type": "integer"
                      },
                      "copilot_chat_attachment_id": {
                        "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                        "type": "integer"
                      },
                      "media_type": {
                        "description": "The media type of a media resource.",
                        "type": "string"
                      },
                      "url": {
                        "description": "Where a media resource is.",
                        "type": "string"
                      },
                      "height": {
                        "description": "The height of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "width": {
                        "description": "The width of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "sha": {
                        "description": "The blob SHA of a file resource.",
                        "type": "string"
                      }
                    }
                  }
                },
                "required": [
                  "id",
                  "resource_type",
                  "metadata"
                ]
              }
            }
          },
          "required": [
            "id",
            "number",
            "name",
            "description",
            "owner",
            "creator",
            "created_at",
            "updated_at",
            "html_url",
            "api_url"
          ]
        },
        {
          "type": "object",
          "properties": {
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            }
          },
          "required": [
            "base_role"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_update_for_org",
    "operationId": "copilot-spaces/update-for-org",
    "method": "PUT",
    "path": "/orgs/{org}/copilot-spaces/{space_number}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "updateForOrg"
    },
    "toolset": "copilot-spaces",
    "title": "Set an organization Copilot Space",
    "description": "Updates a Copilot Space owned by an organization. The authenticated user must have permissions to update spaces in the organization.\n\nOrganization members with appropriate permissions can update Copilot Spaces owned by their organization.\n\nOAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.\n\n**Fine-grained access tokens:** the fine-grained token must have the following permission set:\n\n- \"Copilot Spaces\" organization permissions (write)\n\n`PUT /orgs/{org}/copilot-spaces/{space_number}` (copilot-spaces/update-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "name": {
          "description": "The name of the Copilot Space.",
          "type": "string"
        },
        "description": {
          "description": "A description of the Copilot Space.",
          "type": "string"
        },
        "general_instructions": {
          "description": "General instructions for the Copilot Space.",
          "type": "string"
        },
        "base_role": {
          "title": "Copilot Space base role",
          "description": "The base role that determines default permissions for organization members. Changing this field requires admin permissions.\n\n- `no_access`: No default access (default)\n- `reader`: Organization members can read the space\n- `writer`: Organization members can read and edit the space\n- `admin`: Organization members have full admin access to the space",
          "type": "string",
          "enum": [
            "reader",
            "writer",
            "admin",
            "no_access"
          ]
        },
        "resources_attributes": {
          "description": "Resources to attach to the space. An item with an `id` edits that attached resource, or removes it with `_destroy: true`.",
          "type": "array",
          "items": {
            "title": "Copilot Space resource change",
            "description": "A resource to attach, edit or remove. Without `id`, the resource is attached. With the `id` of an attached resource, its `resource_type` and `metadata` are replaced by the ones given. With `id` and `_destroy: true`, it is removed from the space.",
            "type": "object",
            "properties": {
              "id": {
                "description": "The identifier of an attached resource, to edit or remove it.",
                "type": "integer",
                "format": "int64"
              },
              "_destroy": {
                "description": "With `id`, removes that resource from the space.",
                "type": "boolean"
              },
              "resource_type": {
                "title": "Copilot Space resource type",
                "description": "The type of resource.",
                "type": "string",
                "enum": [
                  "repository",
                  "github_file",
                  "free_text",
                  "github_issue",
                  "github_pull_request",
                  "media_content",
                  "uploaded_text_file"
                ]
              },
              "metadata": {
                "title": "Copilot Space resource metadata",
                "description": "Metadata specific to the resource type.",
                "type": "object",
                "properties": {
                  "repository_id": {
                    "description": "Repository ID for repository or file resources.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "file_path": {
                    "description": "File path for file resources.",
                    "type": "string"
                  },
                  "text": {
                    "description": "Text content for free text resources.",
                    "type": "string"
                  },
                  "name": {
                    "description": "Name for the resource.",
                    "type": "string"
                  },
                  "number": {
                    "description": "Issue or PR number.",
                    "type": "integer"
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                    "type": "integer"
                  },
                  "media_type": {
                    "description": "The media type of a media resource.",
                    "type": "string"
                  },
                  "url": {
                    "description": "Where a media resource is.",
                    "type": "string"
                  },
                  "height": {
                    "description": "The height of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "width": {
                    "description": "The width of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "sha": {
                    "description": "The blob SHA of a file resource.",
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      },
      "required": [
        "org",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Set an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space",
      "description": "A Copilot Space as create, get and set return it: every field of the summary, and its base role always (the page's six single-Space examples all carry `base_role`; GitHub's own description requires it).",
      "type": "object",
      "allOf": [
        {
          "title": "Copilot Space summary",
          "description": "A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).",
          "type": "object",
          "properties": {
            "id": {
              "description": "The unique identifier of the Space across GitHub.",
              "type": "integer",
              "format": "int64"
            },
            "number": {
              "description": "The number of the Space within its owner; the `space_number` of the Space's URLs.",
              "type": "integer"
            },
            "name": {
              "description": "The name of the Copilot Space.",
              "type": "string"
            },
            "description": {
              "description": "A description of the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "general_instructions": {
              "description": "General instructions for the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            },
            "owner": {
              "title": "Copilot Space owner",
              "description": "The account that owns the Space, a user or an organization, told apart by `type`.",
              "oneOf": [
                {
                  "title": "Simple User",
                  "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "followers_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "following_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "gists_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "starred_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "subscriptions_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "organizations_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "received_events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "type": {
                      "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                      "type": "string",
                      "enum": [
                        "User",
                        "Bot"
                      ]
                    },
                    "site_admin": {
                      "type": "boolean"
                    },
                    "name": {
                      "description": "The account's display name, when it has one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "description": "The account's public email address, when it shows one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "starred_at": {
                      "description": "When the account starred the repository (in lists of stargazers only).",
                      "type": "string"
                    },
                    "user_view_type": {
                      "description": "How much of the account the token may see (`public` for others' accounts).",
                      "type": "string"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "avatar_url",
                    "gravatar_id",
                    "url",
                    "html_url",
                    "followers_url",
                    "following_url",
                    "gists_url",
                    "starred_url",
                    "subscriptions_url",
                    "organizations_url",
                    "repos_url",
                    "events_url",
                    "received_events_url",
                    "type",
                    "site_admin"
                  ]
                },
                {
                  "title": "Organization",
                  "description": "A GitHub organization, as it appears as the owner of a Copilot Space.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "hooks_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "issues_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "public_members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "description": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "name": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "company": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "blog": {
                      "description": "The organization's website, as typed by its owners (not always a full URL).",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "location": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "email"
                    },
                    "twitter_username": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "updated_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "type": {
                      "type": "string",
                      "const": "Organization"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "url",
                    "repos_url",
                    "events_url",
                    "hooks_url",
                    "issues_url",
                    "members_url",
                    "public_members_url",
                    "avatar_url",
                    "description",
                    "html_url",
                    "created_at",
                    "updated_at",
                    "type"
                  ]
                }
              ]
            },
            "creator": {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "html_url": {
              "description": "The Space on github.com.",
              "type": "string",
              "format": "uri"
            },
            "api_url": {
              "description": "The Space in the REST API.",
              "type": "string",
              "format": "uri"
            },
            "resources_attributes": {
              "description": "The resources attached to the space.",
              "type": "array",
              "items": {
                "title": "Copilot Space attached resource",
                "description": "A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).",
                "type": "object",
                "properties": {
                  "id": {
                    "description": "The identifier of the attached resource; give it to edit or remove the resource.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "resource_type": {
                    "title": "Copilot Space resource type",
                    "description": "The type of resource.",
                    "type": "string",
                    "enum": [
                      "repository",
                      "github_file",
                      "free_text",
                      "github_issue",
                      "github_pull_request",
                      "media_content",
                      "uploaded_text_file"
                    ]
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment an uploaded file or media resource comes from, if any.",
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "metadata": {
                    "title": "Copilot Space resource metadata",
                    "description": "Metadata specific to the resource type.",
                    "type": "object",
                    "properties": {
                      "repository_id": {
                        "description": "Repository ID for repository or file resources.",
                        "type": "integer",
                        "format": "int64"
                      },
                      "file_path": {
                        "description": "File path for file resources.",
                        "type": "string"
                      },
                      "text": {
                        "description": "Text content for free text resources.",
                        "type": "string"
                      },
                      "name": {
                        "description": "Name for the resource.",
                        "type": "string"
                      },
                      "number": {
                        "description": "Issue or PR number.",
                        "type": "integer"
                      },
                      "copilot_chat_attachment_id": {
                        "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                        "type": "integer"
                      },
                      "media_type": {
                        "description": "The media type of a media resource.",
                        "type": "string"
                      },
                      "url": {
                        "description": "Where a media resource is.",
                        "type": "string"
                      },
                      "height": {
                        "description": "The height of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "width": {
                        "description": "The width of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "sha": {
                        "description": "The blob SHA of a file resource.",
                        "type": "string"
                      }
                    }
                  }
                },
                "required": [
                  "id",
                  "resource_type",
                  "metadata"
                ]
              }
            }
          },
          "required": [
            "id",
            "number",
            "name",
            "description",
            "owner",
            "creator",
            "created_at",
            "updated_at",
            "html_url",
            "api_url"
          ]
        },
        {
          "type": "object",
          "properties": {
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            }
          },
          "required": [
            "base_role"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_delete_for_org",
    "operationId": "copilot-spaces/delete-for-org",
    "method": "DELETE",
    "path": "/orgs/{org}/copilot-spaces/{space_number}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "deleteForOrg"
    },
    "toolset": "copilot-spaces",
    "title": "Delete an organization Copilot Space",
    "description": "Deletes a Copilot Space owned by an organization. The authenticated user must have permissions to delete spaces in the organization.\n\n**Warning:** This action is permanent and cannot be undone. Deleting a Copilot Space will remove all associated resources and configurations.\n\nOrganization members with appropriate permissions can delete Copilot Spaces owned by their organization.\n\nOAuth app tokens and personal access tokens (classic) need both the `read:org` and `repo` scopes to use this endpoint.\n\n**Fine-grained access tokens:** the fine-grained token must have the following permission set:\n\n- \"Copilot Spaces\" organization permissions (write)\n\n`DELETE /orgs/{org}/copilot-spaces/{space_number}` (copilot-spaces/delete-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        }
      },
      "required": [
        "org",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Delete an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    }
  },
  {
    "name": "copilot_spaces_list_collaborators_for_org",
    "operationId": "copilot-spaces/list-collaborators-for-org",
    "method": "GET",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/collaborators",
    "client": {
      "namespace": "copilotSpaces",
      "method": "listCollaboratorsForOrg"
    },
    "toolset": "copilot-space-collaborators",
    "title": "List collaborators of an organization Copilot Space",
    "description": "Lists the users and teams who collaborate on the Space, each with its role, in one answer: the list is not paged. The authenticated user must be able to read the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.\n\n`GET /orgs/{org}/copilot-spaces/{space_number}/collaborators` (copilot-spaces/list-collaborators-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        }
      },
      "required": [
        "org",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "List collaborators of an organization Copilot Space",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space collaborator list",
      "description": "Every collaborator of a Copilot Space, in one answer (the list is not paged).",
      "type": "object",
      "properties": {
        "collaborators": {
          "type": "array",
          "items": {
            "title": "Copilot Space collaborator",
            "description": "A user or a team who collaborates on a Copilot Space; `actor_type` says which.",
            "type": "object",
            "anyOf": [
              {
                "title": "Copilot Space user collaborator",
                "description": "A user who collaborates on a Copilot Space, with the role granted to them.",
                "allOf": [
                  {
                    "title": "Simple User",
                    "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                    "type": "object",
                    "properties": {
                      "login": {
                        "type": "string"
                      },
                      "id": {
                        "type": "integer",
                        "format": "int64"
                      },
                      "node_id": {
                        "type": "string"
                      },
                      "avatar_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "gravatar_id": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "html_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "followers_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "following_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "gists_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "starred_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "subscriptions_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "organizations_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "repos_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "events_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "received_events_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "type": {
                        "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                        "type": "string",
                        "enum": [
                          "User",
                          "Bot"
                        ]
                      },
                      "site_admin": {
                        "type": "boolean"
                      },
                      "name": {
                        "description": "The account's display name, when it has one.",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "email": {
                        "description": "The account's public email address, when it shows one.",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "starred_at": {
                        "description": "When the account starred the repository (in lists of stargazers only).",
                        "type": "string"
                      },
                      "user_view_type": {
                        "description": "How much of the account the token may see (`public` for others' accounts).",
                        "type": "string"
                      }
                    },
                    "required": [
                      "login",
                      "id",
                      "node_id",
                      "avatar_url",
                      "gravatar_id",
                      "url",
                      "html_url",
                      "followers_url",
                      "following_url",
                      "gists_url",
                      "starred_url",
                      "subscriptions_url",
                      "organizations_url",
                      "repos_url",
                      "events_url",
                      "received_events_url",
                      "type",
                      "site_admin"
                    ]
                  },
                  {
                    "type": "object",
                    "properties": {
                      "actor_type": {
                        "description": "Always `User` for a user.",
                        "type": "string",
                        "enum": [
                          "User"
                        ]
                      },
                      "role": {
                        "title": "Copilot Space collaborator role",
                        "description": "What a collaborator may do in the Space.",
                        "type": "string",
                        "enum": [
                          "reader",
                          "writer",
                          "admin"
                        ]
                      }
                    },
                    "required": [
                      "actor_type",
                      "role"
                    ]
                  }
                ]
              },
              {
                "title": "Copilot Space team collaborator",
                "description": "A team that collaborates on a Copilot Space, with the role granted to its members.",
                "type": "object",
                "properties": {
                  "actor_type": {
                    "description": "Always `Team` for a team.",
                    "type": "string",
                    "enum": [
                      "Team"
                    ]
                  },
                  "role": {
                    "title": "Copilot Space collaborator role",
                    "description": "What a collaborator may do in the Space.",
                    "type": "string",
                    "enum": [
                      "reader",
                      "writer",
                      "admin"
                    ]
                  },
                  "id": {
                    "type": "integer"
                  },
                  "node_id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "slug": {
                    "type": "string"
                  },
                  "type": {
                    "description": "Always `Team`.",
                    "type": "string",
                    "enum": [
                      "Team"
                    ]
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "privacy": {
                    "type": "string"
                  },
                  "notification_setting": {
                    "type": "string"
                  },
                  "url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "html_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "members_url": {
                    "description": "A URL template (`{/member}`), not a plain URL.",
                    "type": "string"
                  },
                  "repositories_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "organization_id": {
                    "type": "integer"
                  },
                  "parent": {
                    "description": "The parent team, when there is one.",
                    "type": [
                      "object",
                      "null"
                    ]
                  }
                },
                "required": [
                  "actor_type",
                  "role",
                  "id",
                  "node_id",
                  "name",
                  "slug",
                  "type"
                ]
              }
            ]
          }
        }
      },
      "required": [
        "collaborators"
      ]
    }
  },
  {
    "name": "copilot_spaces_add_collaborator_for_org",
    "operationId": "copilot-spaces/add-collaborator-for-org",
    "method": "POST",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/collaborators",
    "client": {
      "namespace": "copilotSpaces",
      "method": "addCollaboratorForOrg"
    },
    "toolset": "copilot-space-collaborators",
    "title": "Add a collaborator to an organization Copilot Space",
    "description": "Grants a user or a team a role in the Space. The authenticated user must be an admin of the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.\n\n`POST /orgs/{org}/copilot-spaces/{space_number}/collaborators` (copilot-spaces/add-collaborator-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "actor_type": {
          "description": "Whether `actor_identifier` names a user or a team.",
          "type": "string",
          "enum": [
            "User",
            "Team"
          ]
        },
        "actor_identifier": {
          "description": "A user's login or a team's slug; a numeric ID is accepted too.",
          "type": "string"
        },
        "role": {
          "title": "Copilot Space collaborator role",
          "description": "What a collaborator may do in the Space.",
          "type": "string",
          "enum": [
            "reader",
            "writer",
            "admin"
          ]
        }
      },
      "required": [
        "org",
        "space_number",
        "actor_type",
        "actor_identifier",
        "role"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Add a collaborator to an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space collaborator",
      "description": "A user or a team who collaborates on a Copilot Space; `actor_type` says which.",
      "type": "object",
      "anyOf": [
        {
          "title": "Copilot Space user collaborator",
          "description": "A user who collaborates on a Copilot Space, with the role granted to them.",
          "allOf": [
            {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            {
              "type": "object",
              "properties": {
                "actor_type": {
                  "description": "Always `User` for a user.",
                  "type": "string",
                  "enum": [
                    "User"
                  ]
                },
                "role": {
                  "title": "Copilot Space collaborator role",
                  "description": "What a collaborator may do in the Space.",
                  "type": "string",
                  "enum": [
                    "reader",
                    "writer",
                    "admin"
                  ]
                }
              },
              "required": [
                "actor_type",
                "role"
              ]
            }
          ]
        },
        {
          "title": "Copilot Space team collaborator",
          "description": "A team that collaborates on a Copilot Space, with the role granted to its members.",
          "type": "object",
          "properties": {
            "actor_type": {
              "description": "Always `Team` for a team.",
              "type": "string",
              "enum": [
                "Team"
              ]
            },
            "role": {
              "title": "Copilot Space collaborator role",
              "description": "What a collaborator may do in the Space.",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin"
              ]
            },
            "id": {
              "type": "integer"
            },
            "node_id": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "slug": {
              "type": "string"
            },
            "type": {
              "description": "Always `Team`.",
              "type": "string",
              "enum": [
                "Team"
              ]
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "privacy": {
              "type": "string"
            },
            "notification_setting": {
              "type": "string"
            },
            "url": {
              "type": "string",
              "format": "uri"
            },
            "html_url": {
              "type": "string",
              "format": "uri"
            },
            "members_url": {
              "description": "A URL template (`{/member}`), not a plain URL.",
              "type": "string"
            },
            "repositories_url": {
              "type": "string",
              "format": "uri"
            },
            "organization_id": {
              "type": "integer"
            },
            "parent": {
              "description": "The parent team, when there is one.",
              "type": [
                "object",
                "null"
              ]
            }
          },
          "required": [
            "actor_type",
            "role",
            "id",
            "node_id",
            "name",
            "slug",
            "type"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_update_collaborator_for_org",
    "operationId": "copilot-spaces/update-collaborator-for-org",
    "method": "PUT",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "updateCollaboratorForOrg"
    },
    "toolset": "copilot-space-collaborators",
    "title": "Set a collaborator's role in an organization Copilot Space",
    "description": "Changes the role of a user or team who collaborates on the Space. The role `no_access` removes the collaborator, and the answer is then 204 without a body. The authenticated user must be an admin of the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.\n\n`PUT /orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}` (copilot-spaces/update-collaborator-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "actor_type": {
          "type": "string",
          "enum": [
            "User",
            "Team"
          ],
          "description": "Whether the collaborator is a user or a team."
        },
        "actor_identifier": {
          "type": "string",
          "description": "The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too."
        },
        "role": {
          "description": "The new role, or `no_access` to remove the collaborator.",
          "type": "string",
          "enum": [
            "reader",
            "writer",
            "admin",
            "no_access"
          ]
        }
      },
      "required": [
        "org",
        "space_number",
        "actor_type",
        "actor_identifier",
        "role"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Set a collaborator's role in an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space collaborator",
      "description": "A user or a team who collaborates on a Copilot Space; `actor_type` says which.",
      "type": "object",
      "anyOf": [
        {
          "title": "Copilot Space user collaborator",
          "description": "A user who collaborates on a Copilot Space, with the role granted to them.",
          "allOf": [
            {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            {
              "type": "object",
              "properties": {
                "actor_type": {
                  "description": "Always `User` for a user.",
                  "type": "string",
                  "enum": [
                    "User"
                  ]
                },
                "role": {
                  "title": "Copilot Space collaborator role",
                  "description": "What a collaborator may do in the Space.",
                  "type": "string",
                  "enum": [
                    "reader",
                    "writer",
                    "admin"
                  ]
                }
              },
              "required": [
                "actor_type",
                "role"
              ]
            }
          ]
        },
        {
          "title": "Copilot Space team collaborator",
          "description": "A team that collaborates on a Copilot Space, with the role granted to its members.",
          "type": "object",
          "properties": {
            "actor_type": {
              "description": "Always `Team` for a team.",
              "type": "string",
              "enum": [
                "Team"
              ]
            },
            "role": {
              "title": "Copilot Space collaborator role",
              "description": "What a collaborator may do in the Space.",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin"
              ]
            },
            "id": {
              "type": "integer"
            },
            "node_id": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "slug": {
              "type": "string"
            },
            "type": {
              "description": "Always `Team`.",
              "type": "string",
              "enum": [
                "Team"
              ]
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "privacy": {
              "type": "string"
            },
            "notification_setting": {
              "type": "string"
            },
            "url": {
              "type": "string",
              "format": "uri"
            },
            "html_url": {
              "type": "string",
              "format": "uri"
            },
            "members_url": {
              "description": "A URL template (`{/member}`), not a plain URL.",
              "type": "string"
            },
            "repositories_url": {
              "type": "string",
              "format": "uri"
            },
            "organization_id": {
              "type": "integer"
            },
            "parent": {
              "description": "The parent team, when there is one.",
              "type": [
                "object",
                "null"
              ]
            }
          },
          "required": [
            "actor_type",
            "role",
            "id",
            "node_id",
            "name",
            "slug",
            "type"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_remove_collaborator_for_org",
    "operationId": "copilot-spaces/remove-collaborator-for-org",
    "method": "DELETE",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "removeCollaboratorForOrg"
    },
    "toolset": "copilot-space-collaborators",
    "title": "Remove a collaborator from an organization Copilot Space",
    "description": "Removes a user or a team from the collaborators of the Space. The authenticated user must be an admin of the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.\n\n`DELETE /orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}` (copilot-spaces/remove-collaborator-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "actor_type": {
          "type": "string",
          "enum": [
            "User",
            "Team"
          ],
          "description": "Whether the collaborator is a user or a team."
        },
        "actor_identifier": {
          "type": "string",
          "description": "The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too."
        }
      },
      "required": [
        "org",
        "space_number",
        "actor_type",
        "actor_identifier"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Remove a collaborator from an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    }
  },
  {
    "name": "copilot_spaces_list_resources_for_org",
    "operationId": "copilot-spaces/list-resources-for-org",
    "method": "GET",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/resources",
    "client": {
      "namespace": "copilotSpaces",
      "method": "listResourcesForOrg"
    },
    "toolset": "copilot-space-resources",
    "title": "List resources of an organization Copilot Space",
    "description": "Lists the resources attached to the Space, with their timestamps, in one answer: the list is not paged. These are the resources the Space's `resources_attributes` holds. The authenticated user must be able to read the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.\n\n`GET /orgs/{org}/copilot-spaces/{space_number}/resources` (copilot-spaces/list-resources-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        }
      },
      "required": [
        "org",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "List resources of an organization Copilot Space",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space resource list",
      "description": "Every resource of a Copilot Space, in one answer (the list is not paged).",
      "type": "object",
      "properties": {
        "resources": {
          "type": "array",
          "items": {
            "title": "Copilot Space resource",
            "description": "A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).",
            "type": "object",
            "properties": {
              "id": {
                "description": "The identifier of the resource; the `space_resource_id` of its URLs.",
                "type": "integer",
                "format": "int64"
              },
              "resource_type": {
                "title": "Copilot Space resource type",
                "description": "The type of resource.",
                "type": "string",
                "enum": [
                  "repository",
                  "github_file",
                  "free_text",
                  "github_issue",
                  "github_pull_request",
                  "media_content",
                  "uploaded_text_file"
                ]
              },
              "copilot_chat_attachment_id": {
                "description": "The Copilot Chat attachment the resource comes from, if any.",
                "type": [
                  "integer",
                  "null"
                ]
              },
              "metadata": {
                "title": "Copilot Space resource metadata",
                "description": "Metadata specific to the resource type.",
                "type": "object",
                "properties": {
                  "repository_id": {
                    "description": "Repository ID for repository or file resources.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "file_path": {
                    "description": "File path for file resources.",
                    "type": "string"
                  },
                  "text": {
                    "description": "Text content for free text resources.",
                    "type": "string"
                  },
                  "name": {
                    "description": "Name for the resource.",
                    "type": "string"
                  },
                  "number": {
                    "description": "Issue or PR number.",
                    "type": "integer"
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                    "type": "integer"
                  },
                  "media_type": {
                    "description": "The media type of a media resource.",
                    "type": "string"
                  },
                  "url": {
                    "description": "Where a media resource is.",
                    "type": "string"
                  },
                  "height": {
                    "description": "The height of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "width": {
                    "description": "The width of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "sha": {
                    "description": "The blob SHA of a file resource.",
                    "type": "string"
                  }
                }
              },
              "created_at": {
                "type": "string",
                "format": "date-time"
              },
              "updated_at": {
                "type": "string",
                "format": "date-time"
              }
            },
            "required": [
              "id",
              "resource_type",
              "metadata",
              "created_at",
              "updated_at"
            ]
          }
        }
      },
      "required": [
        "resources"
      ]
    }
  },
  {
    "name": "copilot_spaces_create_resource_for_org",
    "operationId": "copilot-spaces/create-resource-for-org",
    "method": "POST",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/resources",
    "client": {
      "namespace": "copilotSpaces",
      "method": "createResourceForOrg"
    },
    "toolset": "copilot-space-resources",
    "title": "Create a resource in an organization Copilot Space",
    "description": "Attaches a resource to the Space: a repository, a file, a note, an issue or a pull request. Attaching a `github_file` the Space already holds creates nothing: the answer is 200 with the resource it has. The authenticated user must be able to write to the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.\n\n`POST /orgs/{org}/copilot-spaces/{space_number}/resources` (copilot-spaces/create-resource-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "resource_type": {
          "description": "The type of the new resource.",
          "type": "string",
          "enum": [
            "repository",
            "github_file",
            "free_text",
            "github_issue",
            "github_pull_request"
          ]
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        }
      },
      "required": [
        "org",
        "space_number",
        "resource_type",
        "metadata"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Create a resource in an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space resource",
      "description": "A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).",
      "type": "object",
      "properties": {
        "id": {
          "description": "The identifier of the resource; the `space_resource_id` of its URLs.",
          "type": "integer",
          "format": "int64"
        },
        "resource_type": {
          "title": "Copilot Space resource type",
          "description": "The type of resource.",
          "type": "string",
          "enum": [
            "repository",
            "github_file",
            "free_text",
            "github_issue",
            "github_pull_request",
            "media_content",
            "uploaded_text_file"
          ]
        },
        "copilot_chat_attachment_id": {
          "description": "The Copilot Chat attachment the resource comes from, if any.",
          "type": [
            "integer",
            "null"
          ]
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "id",
        "resource_type",
        "metadata",
        "created_at",
        "updated_at"
      ]
    }
  },
  {
    "name": "copilot_spaces_get_resource_for_org",
    "operationId": "copilot-spaces/get-resource-for-org",
    "method": "GET",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "getResourceForOrg"
    },
    "toolset": "copilot-space-resources",
    "title": "Get a resource of an organization Copilot Space",
    "description": "Gets one resource attached to the Space. The authenticated user must be able to read the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `read:org` scope to use this endpoint.\n\n`GET /orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}` (copilot-spaces/get-resource-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "space_resource_id": {
          "type": "integer",
          "description": "The identifier of a resource of the Copilot Space."
        }
      },
      "required": [
        "org",
        "space_number",
        "space_resource_id"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Get a resource of an organization Copilot Space",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space resource",
      "description": "A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).",
      "type": "object",
      "properties": {
        "id": {
          "description": "The identifier of the resource; the `space_resource_id` of its URLs.",
          "type": "integer",
          "format": "int64"
        },
        "resource_type": {
          "title": "Copilot Space resource type",
          "description": "The type of resource.",
          "type": "string",
          "enum": [
            "repository",
            "github_file",
            "free_text",
            "github_issue",
            "github_pull_request",
            "media_content",
            "uploaded_text_file"
          ]
        },
        "copilot_chat_attachment_id": {
          "description": "The Copilot Chat attachment the resource comes from, if any.",
          "type": [
            "integer",
            "null"
          ]
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "id",
        "resource_type",
        "metadata",
        "created_at",
        "updated_at"
      ]
    }
  },
  {
    "name": "copilot_spaces_update_resource_for_org",
    "operationId": "copilot-spaces/update-resource-for-org",
    "method": "PUT",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "updateResourceForOrg"
    },
    "toolset": "copilot-space-resources",
    "title": "Set a resource of an organization Copilot Space",
    "description": "Replaces the metadata of a resource attached to the Space; its type stays. The authenticated user must be able to write to the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.\n\n`PUT /orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}` (copilot-spaces/update-resource-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "space_resource_id": {
          "type": "integer",
          "description": "The identifier of a resource of the Copilot Space."
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        }
      },
      "required": [
        "org",
        "space_number",
        "space_resource_id"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Set a resource of an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space resource",
      "description": "A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).",
      "type": "object",
      "properties": {
        "id": {
          "description": "The identifier of the resource; the `space_resource_id` of its URLs.",
          "type": "integer",
          "format": "int64"
        },
        "resource_type": {
          "title": "Copilot Space resource type",
          "description": "The type of resource.",
          "type": "string",
          "enum": [
            "repository",
            "github_file",
            "free_text",
            "github_issue",
            "github_pull_request",
            "media_content",
            "uploaded_text_file"
          ]
        },
        "copilot_chat_attachment_id": {
          "description": "The Copilot Chat attachment the resource comes from, if any.",
          "type": [
            "integer",
            "null"
          ]
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "id",
        "resource_type",
        "metadata",
        "created_at",
        "updated_at"
      ]
    }
  },
  {
    "name": "copilot_spaces_delete_resource_for_org",
    "operationId": "copilot-spaces/delete-resource-for-org",
    "method": "DELETE",
    "path": "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "deleteResourceForOrg"
    },
    "toolset": "copilot-space-resources",
    "title": "Delete a resource from an organization Copilot Space",
    "description": "Removes a resource from the Space. The authenticated user must be able to write to the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:org` scope to use this endpoint.\n\n`DELETE /orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}` (copilot-spaces/delete-resource-for-org).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "org": {
          "type": "string",
          "description": "The organization name. The name is not case sensitive."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "space_resource_id": {
          "type": "integer",
          "description": "The identifier of a resource of the Copilot Space."
        }
      },
      "required": [
        "org",
        "space_number",
        "space_resource_id"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Delete a resource from an organization Copilot Space",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    }
  },
  {
    "name": "copilot_spaces_list_for_user",
    "operationId": "copilot-spaces/list-for-user",
    "method": "GET",
    "path": "/users/{username}/copilot-spaces",
    "client": {
      "namespace": "copilotSpaces",
      "method": "listForUser"
    },
    "toolset": "copilot-spaces",
    "title": "List Copilot Spaces for a user",
    "description": "Lists Copilot Spaces owned by a user. The authenticated user must have read access to the user's Copilot Spaces.\n\nOnly Spaces that are readable by the authenticated user are returned. This includes the user's own spaces, and public user spaces when accessing another user's spaces.\n\nOAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.\n\n**Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.\n\n`GET /users/{username}/copilot-spaces` (copilot-spaces/list-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "per_page": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 30,
          "description": "Items per request. Default: chosen from max_items, so that the walk ends on a page's edge; one larger than max_items is lowered to it."
        },
        "before": {
          "type": "string",
          "description": "Go back from this cursor (a page before it)."
        },
        "after": {
          "type": "string",
          "description": "Go on after this cursor: the one a previous call's result text gives."
        },
        "max_items": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 30,
          "description": "Follow the list's pages (from the cursor given, if any) until this many items are collected or there is no next page. The result says where to go on from."
        }
      },
      "required": [
        "username"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "List Copilot Spaces for a user",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space list",
      "description": "One page of Copilot Spaces. The `Link` header leads to the other pages.",
      "type": "object",
      "properties": {
        "spaces": {
          "type": "array",
          "items": {
            "title": "Copilot Space summary",
            "description": "A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).",
            "type": "object",
            "properties": {
              "id": {
                "description": "The unique identifier of the Space across GitHub.",
                "type": "integer",
                "format": "int64"
              },
              "number": {
                "description": "The number of the Space within its owner; the `space_number` of the Space's URLs.",
                "type": "integer"
              },
              "name": {
                "description": "The name of the Copilot Space.",
                "type": "string"
              },
              "description": {
                "description": "A description of the Copilot Space.",
                "type": [
                  "string",
                  "null"
                ]
              },
              "general_instructions": {
                "description": "General instructions for the Copilot Space.",
                "type": [
                  "string",
                  "null"
                ]
              },
              "base_role": {
                "title": "Copilot Space base role",
                "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
                "type": "string",
                "enum": [
                  "reader",
                  "writer",
                  "admin",
                  "no_access"
                ]
              },
              "owner": {
                "title": "Copilot Space owner",
                "description": "The account that owns the Space, a user or an organization, told apart by `type`.",
                "oneOf": [
                  {
                    "title": "Simple User",
                    "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                    "type": "object",
                    "properties": {
                      "login": {
                        "type": "string"
                      },
                      "id": {
                        "type": "integer",
                        "format": "int64"
                      },
                      "node_id": {
                        "type": "string"
                      },
                      "avatar_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "gravatar_id": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "html_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "followers_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "following_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "gists_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "starred_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "subscriptions_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "organizations_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "repos_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "events_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "received_events_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "type": {
                        "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                        "type": "string",
                        "enum": [
                          "User",
                          "Bot"
                        ]
                      },
                      "site_admin": {
                        "type": "boolean"
                      },
                      "name": {
                        "description": "The account's display name, when it has one.",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "email": {
                        "description": "The account's public email address, when it shows one.",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "starred_at": {
                        "description": "When the account starred the repository (in lists of stargazers only).",
                        "type": "string"
                      },
                      "user_view_type": {
                        "description": "How much of the account the token may see (`public` for others' accounts).",
                        "type": "string"
                      }
                    },
                    "required": [
                      "login",
                      "id",
                      "node_id",
                      "avatar_url",
                      "gravatar_id",
                      "url",
                      "html_url",
                      "followers_url",
                      "following_url",
                      "gists_url",
                      "starred_url",
                      "subscriptions_url",
                      "organizations_url",
                      "repos_url",
                      "events_url",
                      "received_events_url",
                      "type",
                      "site_admin"
                    ]
                  },
                  {
                    "title": "Organization",
                    "description": "A GitHub organization, as it appears as the owner of a Copilot Space.",
                    "type": "object",
                    "properties": {
                      "login": {
                        "type": "string"
                      },
                      "id": {
                        "type": "integer",
                        "format": "int64"
                      },
                      "node_id": {
                        "type": "string"
                      },
                      "url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "repos_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "events_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "hooks_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "issues_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "members_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "public_members_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "avatar_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "description": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "gravatar_id": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "name": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "company": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "blog": {
                        "description": "The organization's website, as typed by its owners (not always a full URL).",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "location": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "email": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "format": "email"
                      },
                      "twitter_username": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "html_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "created_at": {
                        "type": "string",
                        "format": "date-time"
                      },
                      "updated_at": {
                        "type": "string",
                        "format": "date-time"
                      },
                      "type": {
                        "type": "string",
                        "const": "Organization"
                      }
                    },
                    "required": [
                      "login",
                      "id",
                      "node_id",
                      "url",
                      "repos_url",
                      "events_url",
                      "hooks_url",
                      "issues_url",
                      "members_url",
                      "public_members_url",
                      "avatar_url",
                      "description",
                      "html_url",
                      "created_at",
                      "updated_at",
                      "type"
                    ]
                  }
                ]
              },
              "creator": {
                "title": "Simple User",
                "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                "type": "object",
                "properties": {
                  "login": {
                    "type": "string"
                  },
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "node_id": {
                    "type": "string"
                  },
                  "avatar_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "gravatar_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "html_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "followers_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "following_url": {
                    "description": "A URL template (RFC 6570), not a plain URL.",
                    "type": "string"
                  },
                  "gists_url": {
                    "description": "A URL template (RFC 6570), not a plain URL.",
                    "type": "string"
                  },
                  "starred_url": {
                    "description": "A URL template (RFC 6570), not a plain URL.",
                    "type": "string"
                  },
                  "subscriptions_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "organizations_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "repos_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "events_url": {
                    "description": "A URL template (RFC 6570), not a plain URL.",
                    "type": "string"
                  },
                  "received_events_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "type": {
                    "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                    "type": "string",
                    "enum": [
                      "User",
                      "Bot"
                    ]
                  },
                  "site_admin": {
                    "type": "boolean"
                  },
                  "name": {
                    "description": "The account's display name, when it has one.",
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "email": {
                    "description": "The account's public email address, when it shows one.",
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "starred_at": {
                    "description": "When the account starred the repository (in lists of stargazers only).",
                    "type": "string"
                  },
                  "user_view_type": {
                    "description": "How much of the account the token may see (`public` for others' accounts).",
                    "type": "string"
                  }
                },
                "required": [
                  "login",
                  "id",
                  "node_id",
                  "avatar_url",
                  "gravatar_id",
                  "url",
                  "html_url",
                  "followers_url",
                  "following_url",
                  "gists_url",
                  "starred_url",
                  "subscriptions_url",
                  "organizations_url",
                  "repos_url",
                  "events_url",
                  "received_events_url",
                  "type",
                  "site_admin"
                ]
              },
              "created_at": {
                "type": "string",
                "format": "date-time"
              },
              "updated_at": {
                "type": "string",
                "format": "date-time"
              },
              "html_url": {
                "description": "The Space on github.com.",
                "type": "string",
                "format": "uri"
              },
              "api_url": {
                "description": "The Space in the REST API.",
                "type": "string",
                "format": "uri"
              },
              "resources_attributes": {
                "description": "The resources attached to the space.",
                "type": "array",
                "items": {
                  "title": "Copilot Space attached resource",
                  "description": "A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).",
                  "type": "object",
                  "properties": {
                    "id": {
                      "description": "The identifier of the attached resource; give it to edit or remove the resource.",
                      "type": "integer",
                      "format": "int64"
                    },
                    "resource_type": {
                      "title": "Copilot Space resource type",
                      "description": "The type of resource.",
                      "type": "string",
                      "enum": [
                        "repository",
                        "github_file",
                        "free_text",
                        "github_issue",
                        "github_pull_request",
                        "media_content",
                        "uploaded_text_file"
                      ]
                    },
                    "copilot_chat_attachment_id": {
                      "description": "The Copilot Chat attachment an uploaded file or media resource comes from, if any.",
                      "type": [
                        "integer",
                        "null"
                      ],
                      "format": "int64"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "updated_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "metadata": {
                      "title": "Copilot Space resource metadata",
                      "description": "Metadata specific to the resource type.",
                      "type": "object",
                      "properties": {
                        "repository_id": {
                          "description": "Repository ID for repository or file resources.",
                          "type": "integer",
                          "format": "int64"
                        },
                        "file_path": {
                          "description": "File path for file resources.",
                          "type": "string"
                        },
                        "text": {
                          "description": "Text content for free text resources.",
                          "type": "string"
                        },
                        "name": {
                          "description": "Name for the resource.",
                          "type": "string"
                        },
                        "number": {
                          "description": "Issue or PR number.",
                          "type": "integer"
                        },
                        "copilot_chat_attachment_id": {
                          "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                          "type": "integer"
                        },
                        "media_type": {
                          "description": "The media type of a media resource.",
                          "type": "string"
                        },
                        "url": {
                          "description": "Where a media resource is.",
                          "type": "string"
                        },
                        "height": {
                          "description": "The height of a media resource, in pixels.",
                          "type": "integer"
                        },
                        "width": {
                          "description": "The width of a media resource, in pixels.",
                          "type": "integer"
                        },
                        "sha": {
                          "description": "The blob SHA of a file resource.",
                          "type": "string"
                        }
                      }
                    }
                  },
                  "required": [
                    "id",
                    "resource_type",
                    "metadata"
                  ]
                }
              }
            },
            "required": [
              "id",
              "number",
              "name",
              "description",
              "owner",
              "creator",
              "created_at",
              "updated_at",
              "html_url",
              "api_url"
            ]
          }
        }
      },
      "required": [
        "spaces"
      ]
    },
    "paging": {
      "itemsKey": "spaces",
      "next": "after",
      "pageSize": "per_page",
      "maxPageSize": 100
    }
  },
  {
    "name": "copilot_spaces_create_for_user",
    "operationId": "copilot-spaces/create-for-user",
    "method": "POST",
    "path": "/users/{username}/copilot-spaces",
    "client": {
      "namespace": "copilotSpaces",
      "method": "createForUser"
    },
    "toolset": "copilot-spaces",
    "title": "Create a Copilot Space for a user",
    "description": "Creates a new Copilot Space owned by a user. Only the authenticated user can create spaces for their own account.\n\nUsers can create personal Copilot Spaces for their individual use.\n\nOAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.\n\n**Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.\n\n`POST /users/{username}/copilot-spaces` (copilot-spaces/create-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "name": {
          "description": "The name of the Copilot Space.",
          "type": "string"
        },
        "description": {
          "description": "A description of the Copilot Space.",
          "type": "string"
        },
        "general_instructions": {
          "description": "General instructions for the Copilot Space.",
          "type": "string"
        },
        "base_role": {
          "title": "Copilot Space base role for a user Space",
          "description": "The base role that determines default permissions for the space.\n\n- `no_access`: No default access (default)\n- `reader`: Makes the space publicly readable\n\nNote: User spaces do not support writer or admin base roles.",
          "type": "string",
          "enum": [
            "reader",
            "no_access"
          ],
          "default": "no_access"
        },
        "resources_attributes": {
          "description": "Resources to attach to the space.",
          "type": "array",
          "items": {
            "title": "Copilot Space resource to attach",
            "description": "A resource to attach to the space.",
            "type": "object",
            "properties": {
              "resource_type": {
                "title": "Copilot Space resource type",
                "description": "The type of resource.",
                "type": "string",
                "enum": [
                  "repository",
                  "github_file",
                  "free_text",
                  "github_issue",
                  "github_pull_request",
                  "media_content",
                  "uploaded_text_file"
                ]
              },
              "metadata": {
                "title": "Copilot Space resource metadata",
                "description": "Metadata specific to the resource type.",
                "type": "object",
                "properties": {
                  "repository_id": {
                    "description": "Repository ID for repository or file resources.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "file_path": {
                    "description": "File path for file resources.",
                    "type": "string"
                  },
                  "text": {
                    "description": "Text content for free text resources.",
                    "type": "string"
                  },
                  "name": {
                    "description": "Name for the resource.",
                    "type": "string"
                  },
                  "number": {
                    "description": "Issue or PR number.",
                    "type": "integer"
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                    "type": "integer"
                  },
                  "media_type": {
                    "description": "The media type of a media resource.",
                    "type": "string"
                  },
                  "url": {
                    "description": "Where a media resource is.",
                    "type": "string"
                  },
                  "height": {
                    "description": "The height of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "width": {
                    "description": "The width of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "sha": {
                    "description": "The blob SHA of a file resource.",
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      },
      "required": [
        "username",
        "name"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Create a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space",
      "description": "A Copilot Space as create, get and set return it: every field of the summary, and its base role always (the page's six single-Space examples all carry `base_role`; GitHub's own description requires it).",
      "type": "object",
      "allOf": [
        {
          "title": "Copilot Space summary",
          "description": "A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).",
          "type": "object",
          "properties": {
            "id": {
              "description": "The unique identifier of the Space across GitHub.",
              "type": "integer",
              "format": "int64"
            },
            "number": {
              "description": "The number of the Space within its owner; the `space_number` of the Space's URLs.",
              "type": "integer"
            },
            "name": {
              "description": "The name of the Copilot Space.",
              "type": "string"
            },
            "description": {
              "description": "A description of the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "general_instructions": {
              "description": "General instructions for the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            },
            "owner": {
              "title": "Copilot Space owner",
              "description": "The account that owns the Space, a user or an organization, told apart by `type`.",
              "oneOf": [
                {
                  "title": "Simple User",
                  "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "followers_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "following_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "gists_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "starred_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "subscriptions_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "organizations_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "received_events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "type": {
                      "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                      "type": "string",
                      "enum": [
                        "User",
                        "Bot"
                      ]
                    },
                    "site_admin": {
                      "type": "boolean"
                    },
                    "name": {
                      "description": "The account's display name, when it has one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "description": "The account's public email address, when it shows one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "starred_at": {
                      "description": "When the account starred the repository (in lists of stargazers only).",
                      "type": "string"
                    },
                    "user_view_type": {
                      "description": "How much of the account the token may see (`public` for others' accounts).",
                      "type": "string"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "avatar_url",
                    "gravatar_id",
                    "url",
                    "html_url",
                    "followers_url",
                    "following_url",
                    "gists_url",
                    "starred_url",
                    "subscriptions_url",
                    "organizations_url",
                    "repos_url",
                    "events_url",
                    "received_events_url",
                    "type",
                    "site_admin"
                  ]
                },
                {
                  "title": "Organization",
                  "description": "A GitHub organization, as it appears as the owner of a Copilot Space.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "hooks_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "issues_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "public_members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "description": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "name": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "company": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "blog": {
                      "description": "The organization's website, as typed by its owners (not always a full URL).",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "location": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "email"
                    },
                    "twitter_username": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "updated_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "type": {
                      "type": "string",
                      "const": "Organization"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "url",
                    "repos_url",
                    "events_url",
                    "hooks_url",
                    "issues_url",
                    "members_url",
                    "public_members_url",
                    "avatar_url",
                    "description",
                    "html_url",
                    "created_at",
                    "updated_at",
                    "type"
                  ]
                }
              ]
            },
            "creator": {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "html_url": {
              "description": "The Space on github.com.",
              "type": "string",
              "format": "uri"
            },
            "api_url": {
              "description": "The Space in the REST API.",
              "type": "string",
              "format": "uri"
            },
            "resources_attributes": {
              "description": "The resources attached to the space.",
              "type": "array",
              "items": {
                "title": "Copilot Space attached resource",
                "description": "A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).",
                "type": "object",
                "properties": {
                  "id": {
                    "description": "The identifier of the attached resource; give it to edit or remove the resource.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "resource_type": {
                    "title": "Copilot Space resource type",
                    "description": "The type of resource.",
                    "type": "string",
                    "enum": [
                      "repository",
                      "github_file",
                      "free_text",
                      "github_issue",
                      "github_pull_request",
                      "media_content",
                      "uploaded_text_file"
                    ]
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment an uploaded file or media resource comes from, if any.",
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "metadata": {
                    "title": "Copilot Space resource metadata",
                    "description": "Metadata specific to the resource type.",
                    "type": "object",
                    "properties": {
                      "repository_id": {
                        "description": "Repository ID for repository or file resources.",
                        "type": "integer",
                        "format": "int64"
                      },
                      "file_path": {
                        "description": "File path for file resources.",
                        "type": "string"
                      },
                      "text": {
                        "description": "Text content for free text resources.",
                        "type": "string"
                      },
                      "name": {
                        "description": "Name for the resource.",
                        "type": "string"
                      },
                      "number": {
                        "description": "Issue or PR number.",
                        "type": "integer"
                      },
                      "copilot_chat_attachment_id": {
                        "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                        "type": "integer"
                      },
                      "media_type": {
                        "description": "The media type of a media resource.",
                        "type": "string"
                      },
                      "url": {
                        "description": "Where a media resource is.",
                        "type": "string"
                      },
                      "height": {
                        "description": "The height of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "width": {
                        "description": "The width of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "sha": {
                        "description": "The blob SHA of a file resource.",
                        "type": "string"
                      }
                    }
                  }
                },
                "required": [
                  "id",
                  "resource_type",
                  "metadata"
                ]
              }
            }
          },
          "required": [
            "id",
            "number",
            "name",
            "description",
            "owner",
            "creator",
            "created_at",
            "updated_at",
            "html_url",
            "api_url"
          ]
        },
        {
          "type": "object",
          "properties": {
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            }
          },
          "required": [
            "base_role"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_get_for_user",
    "operationId": "copilot-spaces/get-for-user",
    "method": "GET",
    "path": "/users/{username}/copilot-spaces/{space_number}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "getForUser"
    },
    "toolset": "copilot-spaces",
    "title": "Get a Copilot Space for a user",
    "description": "Gets details about a specific Copilot Space owned by a user. The authenticated user must have read access to the Space.\n\nPrivate user spaces require the authenticated user to be the owner of the space. Public user spaces are accessible to any authenticated user.\n\nOAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint.\n\n**Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.\n\n`GET /users/{username}/copilot-spaces/{space_number}` (copilot-spaces/get-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        }
      },
      "required": [
        "username",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Get a Copilot Space for a user",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space",
      "description": "A Copilot Space as create, get and set return it: every field of the summary, and its base role always (the page's six single-Space examples all carry `base_role`; GitHub's own description requires it).",
      "type": "object",
      "allOf": [
        {
          "title": "Copilot Space summary",
          "description": "A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).",
          "type": "object",
          "properties": {
            "id": {
              "description": "The unique identifier of the Space across GitHub.",
              "type": "integer",
              "format": "int64"
            },
            "number": {
              "description": "The number of the Space within its owner; the `space_number` of the Space's URLs.",
              "type": "integer"
            },
            "name": {
              "description": "The name of the Copilot Space.",
              "type": "string"
            },
            "description": {
              "description": "A description of the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "general_instructions": {
              "description": "General instructions for the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            },
            "owner": {
              "title": "Copilot Space owner",
              "description": "The account that owns the Space, a user or an organization, told apart by `type`.",
              "oneOf": [
                {
                  "title": "Simple User",
                  "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "followers_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "following_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "gists_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "starred_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "subscriptions_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "organizations_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "received_events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "type": {
                      "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                      "type": "string",
                      "enum": [
                        "User",
                        "Bot"
                      ]
                    },
                    "site_admin": {
                      "type": "boolean"
                    },
                    "name": {
                      "description": "The account's display name, when it has one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "description": "The account's public email address, when it shows one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "starred_at": {
                      "description": "When the account starred the repository (in lists of stargazers only).",
                      "type": "string"
                    },
                    "user_view_type": {
                      "description": "How much of the account the token may see (`public` for others' accounts).",
                      "type": "string"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "avatar_url",
                    "gravatar_id",
                    "url",
                    "html_url",
                    "followers_url",
                    "following_url",
                    "gists_url",
                    "starred_url",
                    "subscriptions_url",
                    "organizations_url",
                    "repos_url",
                    "events_url",
                    "received_events_url",
                    "type",
                    "site_admin"
                  ]
                },
                {
                  "title": "Organization",
                  "description": "A GitHub organization, as it appears as the owner of a Copilot Space.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "hooks_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "issues_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "public_members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "description": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "name": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "company": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "blog": {
                      "description": "The organization's website, as typed by its owners (not always a full URL).",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "location": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "email"
                    },
                    "twitter_username": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "updated_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "type": {
                      "type": "string",
                      "const": "Organization"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "url",
                    "repos_url",
                    "events_url",
                    "hooks_url",
                    "issues_url",
                    "members_url",
                    "public_members_url",
                    "avatar_url",
                    "description",
                    "html_url",
                    "created_at",
                    "updated_at",
                    "type"
                  ]
                }
              ]
            },
            "creator": {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "html_url": {
              "description": "The Space on github.com.",
              "type": "string",
              "format": "uri"
            },
            "api_url": {
              "description": "The Space in the REST API.",
              "type": "string",
              "format": "uri"
            },
            "resources_attributes": {
              "description": "The resources attached to the space.",
              "type": "array",
              "items": {
                "title": "Copilot Space attached resource",
                "description": "A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).",
                "type": "object",
                "properties": {
                  "id": {
                    "description": "The identifier of the attached resource; give it to edit or remove the resource.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "resource_type": {
                    "title": "Copilot Space resource type",
                    "description": "The type of resource.",
                    "type": "string",
                    "enum": [
                      "repository",
                      "github_file",
                      "free_text",
                      "github_issue",
                      "github_pull_request",
                      "media_content",
                      "uploaded_text_file"
                    ]
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment an uploaded file or media resource comes from, if any.",
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "metadata": {
                    "title": "Copilot Space resource metadata",
                    "description": "Metadata specific to the resource type.",
                    "type": "object",
                    "properties": {
                      "repository_id": {
                        "description": "Repository ID for repository or file resources.",
                        "type": "integer",
                        "format": "int64"
                      },
                      "file_path": {
                        "description": "File path for file resources.",
                        "type": "string"
                      },
                      "text": {
                        "description": "Text content for free text resources.",
                        "type": "string"
                      },
                      "name": {
                        "description": "Name for the resource.",
                        "type": "string"
                      },
                      "number": {
                        "description": "Issue or PR number.",
                        "type": "integer"
                      },
                      "copilot_chat_attachment_id": {
                        "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                        "type": "integer"
                      },
                      "media_type": {
                        "description": "The media type of a media resource.",
                        "type": "string"
                      },
                      "url": {
                        "description": "Where a media resource is.",
                        "type": "string"
                      },
                      "height": {
                        "description": "The height of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "width": {
                        "description": "The width of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "sha": {
                        "description": "The blob SHA of a file resource.",
                        "type": "string"
                      }
                    }
                  }
                },
                "required": [
                  "id",
                  "resource_type",
                  "metadata"
                ]
              }
            }
          },
          "required": [
            "id",
            "number",
            "name",
            "description",
            "owner",
            "creator",
            "created_at",
            "updated_at",
            "html_url",
            "api_url"
          ]
        },
        {
          "type": "object",
          "properties": {
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            }
          },
          "required": [
            "base_role"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_update_for_user",
    "operationId": "copilot-spaces/update-for-user",
    "method": "PUT",
    "path": "/users/{username}/copilot-spaces/{space_number}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "updateForUser"
    },
    "toolset": "copilot-spaces",
    "title": "Set a Copilot Space for a user",
    "description": "Updates a Copilot Space owned by a user. Only the authenticated user can update spaces for their own account.\n\nUsers can update their personal Copilot Spaces.\n\nOAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.\n\n**Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.\n\n`PUT /users/{username}/copilot-spaces/{space_number}` (copilot-spaces/update-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "name": {
          "description": "The name of the Copilot Space.",
          "type": "string"
        },
        "description": {
          "description": "A description of the Copilot Space.",
          "type": "string"
        },
        "general_instructions": {
          "description": "General instructions for the Copilot Space.",
          "type": "string"
        },
        "base_role": {
          "title": "Copilot Space base role for a user Space",
          "description": "The base role that determines default permissions for the space. Changing this field requires admin permissions.\n\n- `no_access`: No default access (default)\n- `reader`: Makes the space publicly readable\n\nNote: User spaces do not support writer or admin base roles.",
          "type": "string",
          "enum": [
            "reader",
            "no_access"
          ]
        },
        "resources_attributes": {
          "description": "Resources to attach to the space. An item with an `id` edits that attached resource, or removes it with `_destroy: true`.",
          "type": "array",
          "items": {
            "title": "Copilot Space resource change",
            "description": "A resource to attach, edit or remove. Without `id`, the resource is attached. With the `id` of an attached resource, its `resource_type` and `metadata` are replaced by the ones given. With `id` and `_destroy: true`, it is removed from the space.",
            "type": "object",
            "properties": {
              "id": {
                "description": "The identifier of an attached resource, to edit or remove it.",
                "type": "integer",
                "format": "int64"
              },
              "_destroy": {
                "description": "With `id`, removes that resource from the space.",
                "type": "boolean"
              },
              "resource_type": {
                "title": "Copilot Space resource type",
                "description": "The type of resource.",
                "type": "string",
                "enum": [
                  "repository",
                  "github_file",
                  "free_text",
                  "github_issue",
                  "github_pull_request",
                  "media_content",
                  "uploaded_text_file"
                ]
              },
              "metadata": {
                "title": "Copilot Space resource metadata",
                "description": "Metadata specific to the resource type.",
                "type": "object",
                "properties": {
                  "repository_id": {
                    "description": "Repository ID for repository or file resources.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "file_path": {
                    "description": "File path for file resources.",
                    "type": "string"
                  },
                  "text": {
                    "description": "Text content for free text resources.",
                    "type": "string"
                  },
                  "name": {
                    "description": "Name for the resource.",
                    "type": "string"
                  },
                  "number": {
                    "description": "Issue or PR number.",
                    "type": "integer"
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                    "type": "integer"
                  },
                  "media_type": {
                    "description": "The media type of a media resource.",
                    "type": "string"
                  },
                  "url": {
                    "description": "Where a media resource is.",
                    "type": "string"
                  },
                  "height": {
                    "description": "The height of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "width": {
                    "description": "The width of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "sha": {
                    "description": "The blob SHA of a file resource.",
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      },
      "required": [
        "username",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Set a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space",
      "description": "A Copilot Space as create, get and set return it: every field of the summary, and its base role always (the page's six single-Space examples all carry `base_role`; GitHub's own description requires it).",
      "type": "object",
      "allOf": [
        {
          "title": "Copilot Space summary",
          "description": "A Copilot Space as a list returns it: a named collection of instructions and resources that grounds Copilot's answers. Lists carry the summary fields only; `general_instructions`, `base_role` and `resources_attributes` may be absent here, and come with a single Space (`copilot-space`).",
          "type": "object",
          "properties": {
            "id": {
              "description": "The unique identifier of the Space across GitHub.",
              "type": "integer",
              "format": "int64"
            },
            "number": {
              "description": "The number of the Space within its owner; the `space_number` of the Space's URLs.",
              "type": "integer"
            },
            "name": {
              "description": "The name of the Copilot Space.",
              "type": "string"
            },
            "description": {
              "description": "A description of the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "general_instructions": {
              "description": "General instructions for the Copilot Space.",
              "type": [
                "string",
                "null"
              ]
            },
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            },
            "owner": {
              "title": "Copilot Space owner",
              "description": "The account that owns the Space, a user or an organization, told apart by `type`.",
              "oneOf": [
                {
                  "title": "Simple User",
                  "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "followers_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "following_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "gists_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "starred_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "subscriptions_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "organizations_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "received_events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "type": {
                      "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                      "type": "string",
                      "enum": [
                        "User",
                        "Bot"
                      ]
                    },
                    "site_admin": {
                      "type": "boolean"
                    },
                    "name": {
                      "description": "The account's display name, when it has one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "description": "The account's public email address, when it shows one.",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "starred_at": {
                      "description": "When the account starred the repository (in lists of stargazers only).",
                      "type": "string"
                    },
                    "user_view_type": {
                      "description": "How much of the account the token may see (`public` for others' accounts).",
                      "type": "string"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "avatar_url",
                    "gravatar_id",
                    "url",
                    "html_url",
                    "followers_url",
                    "following_url",
                    "gists_url",
                    "starred_url",
                    "subscriptions_url",
                    "organizations_url",
                    "repos_url",
                    "events_url",
                    "received_events_url",
                    "type",
                    "site_admin"
                  ]
                },
                {
                  "title": "Organization",
                  "description": "A GitHub organization, as it appears as the owner of a Copilot Space.",
                  "type": "object",
                  "properties": {
                    "login": {
                      "type": "string"
                    },
                    "id": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "node_id": {
                      "type": "string"
                    },
                    "url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "repos_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "events_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "hooks_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "issues_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "public_members_url": {
                      "description": "A URL template (RFC 6570), not a plain URL.",
                      "type": "string"
                    },
                    "avatar_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "description": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "gravatar_id": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "name": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "company": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "blog": {
                      "description": "The organization's website, as typed by its owners (not always a full URL).",
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "location": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "email": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "format": "email"
                    },
                    "twitter_username": {
                      "type": [
                        "string",
                        "null"
                      ]
                    },
                    "html_url": {
                      "type": "string",
                      "format": "uri"
                    },
                    "created_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "updated_at": {
                      "type": "string",
                      "format": "date-time"
                    },
                    "type": {
                      "type": "string",
                      "const": "Organization"
                    }
                  },
                  "required": [
                    "login",
                    "id",
                    "node_id",
                    "url",
                    "repos_url",
                    "events_url",
                    "hooks_url",
                    "issues_url",
                    "members_url",
                    "public_members_url",
                    "avatar_url",
                    "description",
                    "html_url",
                    "created_at",
                    "updated_at",
                    "type"
                  ]
                }
              ]
            },
            "creator": {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            "created_at": {
              "type": "string",
              "format": "date-time"
            },
            "updated_at": {
              "type": "string",
              "format": "date-time"
            },
            "html_url": {
              "description": "The Space on github.com.",
              "type": "string",
              "format": "uri"
            },
            "api_url": {
              "description": "The Space in the REST API.",
              "type": "string",
              "format": "uri"
            },
            "resources_attributes": {
              "description": "The resources attached to the space.",
              "type": "array",
              "items": {
                "title": "Copilot Space attached resource",
                "description": "A resource as a Space lists it in `resources_attributes`; the resources operations give more of it (`copilot-space-resource`).",
                "type": "object",
                "properties": {
                  "id": {
                    "description": "The identifier of the attached resource; give it to edit or remove the resource.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "resource_type": {
                    "title": "Copilot Space resource type",
                    "description": "The type of resource.",
                    "type": "string",
                    "enum": [
                      "repository",
                      "github_file",
                      "free_text",
                      "github_issue",
                      "github_pull_request",
                      "media_content",
                      "uploaded_text_file"
                    ]
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment an uploaded file or media resource comes from, if any.",
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "metadata": {
                    "title": "Copilot Space resource metadata",
                    "description": "Metadata specific to the resource type.",
                    "type": "object",
                    "properties": {
                      "repository_id": {
                        "description": "Repository ID for repository or file resources.",
                        "type": "integer",
                        "format": "int64"
                      },
                      "file_path": {
                        "description": "File path for file resources.",
                        "type": "string"
                      },
                      "text": {
                        "description": "Text content for free text resources.",
                        "type": "string"
                      },
                      "name": {
                        "description": "Name for the resource.",
                        "type": "string"
                      },
                      "number": {
                        "description": "Issue or PR number.",
                        "type": "integer"
                      },
                      "copilot_chat_attachment_id": {
                        "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                        "type": "integer"
                      },
                      "media_type": {
                        "description": "The media type of a media resource.",
                        "type": "string"
                      },
                      "url": {
                        "description": "Where a media resource is.",
                        "type": "string"
                      },
                      "height": {
                        "description": "The height of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "width": {
                        "description": "The width of a media resource, in pixels.",
                        "type": "integer"
                      },
                      "sha": {
                        "description": "The blob SHA of a file resource.",
                        "type": "string"
                      }
                    }
                  }
                },
                "required": [
                  "id",
                  "resource_type",
                  "metadata"
                ]
              }
            }
          },
          "required": [
            "id",
            "number",
            "name",
            "description",
            "owner",
            "creator",
            "created_at",
            "updated_at",
            "html_url",
            "api_url"
          ]
        },
        {
          "type": "object",
          "properties": {
            "base_role": {
              "title": "Copilot Space base role",
              "description": "The base role that determines default permissions. Organization Spaces accept all four values; user Spaces accept only `reader` and `no_access` (see `copilot-space-user-base-role`).",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin",
                "no_access"
              ]
            }
          },
          "required": [
            "base_role"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_delete_for_user",
    "operationId": "copilot-spaces/delete-for-user",
    "method": "DELETE",
    "path": "/users/{username}/copilot-spaces/{space_number}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "deleteForUser"
    },
    "toolset": "copilot-spaces",
    "title": "Delete a Copilot Space for a user",
    "description": "Deletes a Copilot Space owned by a user. The authenticated user must be the owner of the space.\n\n**Warning:** This action is permanent and cannot be undone. Deleting a space will remove all associated resources and configurations.\n\nOAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.\n\n**Fine-grained access tokens:** This endpoint does not work with GitHub App user access tokens, GitHub App installation access tokens, or fine-grained personal access tokens.\n\n`DELETE /users/{username}/copilot-spaces/{space_number}` (copilot-spaces/delete-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        }
      },
      "required": [
        "username",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Delete a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    }
  },
  {
    "name": "copilot_spaces_list_collaborators_for_user",
    "operationId": "copilot-spaces/list-collaborators-for-user",
    "method": "GET",
    "path": "/users/{username}/copilot-spaces/{space_number}/collaborators",
    "client": {
      "namespace": "copilotSpaces",
      "method": "listCollaboratorsForUser"
    },
    "toolset": "copilot-space-collaborators",
    "title": "List collaborators of a Copilot Space for a user",
    "description": "Lists the users and teams who collaborate on the Space, each with its role, in one answer: the list is not paged. The authenticated user must be able to read the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.\n\n`GET /users/{username}/copilot-spaces/{space_number}/collaborators` (copilot-spaces/list-collaborators-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        }
      },
      "required": [
        "username",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "List collaborators of a Copilot Space for a user",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space collaborator list",
      "description": "Every collaborator of a Copilot Space, in one answer (the list is not paged).",
      "type": "object",
      "properties": {
        "collaborators": {
          "type": "array",
          "items": {
            "title": "Copilot Space collaborator",
            "description": "A user or a team who collaborates on a Copilot Space; `actor_type` says which.",
            "type": "object",
            "anyOf": [
              {
                "title": "Copilot Space user collaborator",
                "description": "A user who collaborates on a Copilot Space, with the role granted to them.",
                "allOf": [
                  {
                    "title": "Simple User",
                    "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
                    "type": "object",
                    "properties": {
                      "login": {
                        "type": "string"
                      },
                      "id": {
                        "type": "integer",
                        "format": "int64"
                      },
                      "node_id": {
                        "type": "string"
                      },
                      "avatar_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "gravatar_id": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "html_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "followers_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "following_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "gists_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "starred_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "subscriptions_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "organizations_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "repos_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "events_url": {
                        "description": "A URL template (RFC 6570), not a plain URL.",
                        "type": "string"
                      },
                      "received_events_url": {
                        "type": "string",
                        "format": "uri"
                      },
                      "type": {
                        "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                        "type": "string",
                        "enum": [
                          "User",
                          "Bot"
                        ]
                      },
                      "site_admin": {
                        "type": "boolean"
                      },
                      "name": {
                        "description": "The account's display name, when it has one.",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "email": {
                        "description": "The account's public email address, when it shows one.",
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "starred_at": {
                        "description": "When the account starred the repository (in lists of stargazers only).",
                        "type": "string"
                      },
                      "user_view_type": {
                        "description": "How much of the account the token may see (`public` for others' accounts).",
                        "type": "string"
                      }
                    },
                    "required": [
                      "login",
                      "id",
                      "node_id",
                      "avatar_url",
                      "gravatar_id",
                      "url",
                      "html_url",
                      "followers_url",
                      "following_url",
                      "gists_url",
                      "starred_url",
                      "subscriptions_url",
                      "organizations_url",
                      "repos_url",
                      "events_url",
                      "received_events_url",
                      "type",
                      "site_admin"
                    ]
                  },
                  {
                    "type": "object",
                    "properties": {
                      "actor_type": {
                        "description": "Always `User` for a user.",
                        "type": "string",
                        "enum": [
                          "User"
                        ]
                      },
                      "role": {
                        "title": "Copilot Space collaborator role",
                        "description": "What a collaborator may do in the Space.",
                        "type": "string",
                        "enum": [
                          "reader",
                          "writer",
                          "admin"
                        ]
                      }
                    },
                    "required": [
                      "actor_type",
                      "role"
                    ]
                  }
                ]
              },
              {
                "title": "Copilot Space team collaborator",
                "description": "A team that collaborates on a Copilot Space, with the role granted to its members.",
                "type": "object",
                "properties": {
                  "actor_type": {
                    "description": "Always `Team` for a team.",
                    "type": "string",
                    "enum": [
                      "Team"
                    ]
                  },
                  "role": {
                    "title": "Copilot Space collaborator role",
                    "description": "What a collaborator may do in the Space.",
                    "type": "string",
                    "enum": [
                      "reader",
                      "writer",
                      "admin"
                    ]
                  },
                  "id": {
                    "type": "integer"
                  },
                  "node_id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "slug": {
                    "type": "string"
                  },
                  "type": {
                    "description": "Always `Team`.",
                    "type": "string",
                    "enum": [
                      "Team"
                    ]
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "privacy": {
                    "type": "string"
                  },
                  "notification_setting": {
                    "type": "string"
                  },
                  "url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "html_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "members_url": {
                    "description": "A URL template (`{/member}`), not a plain URL.",
                    "type": "string"
                  },
                  "repositories_url": {
                    "type": "string",
                    "format": "uri"
                  },
                  "organization_id": {
                    "type": "integer"
                  },
                  "parent": {
                    "description": "The parent team, when there is one.",
                    "type": [
                      "object",
                      "null"
                    ]
                  }
                },
                "required": [
                  "actor_type",
                  "role",
                  "id",
                  "node_id",
                  "name",
                  "slug",
                  "type"
                ]
              }
            ]
          }
        }
      },
      "required": [
        "collaborators"
      ]
    }
  },
  {
    "name": "copilot_spaces_add_collaborator_for_user",
    "operationId": "copilot-spaces/add-collaborator-for-user",
    "method": "POST",
    "path": "/users/{username}/copilot-spaces/{space_number}/collaborators",
    "client": {
      "namespace": "copilotSpaces",
      "method": "addCollaboratorForUser"
    },
    "toolset": "copilot-space-collaborators",
    "title": "Add a collaborator to a Copilot Space for a user",
    "description": "Grants a user or a team a role in the Space. The authenticated user must be an admin of the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.\n\n`POST /users/{username}/copilot-spaces/{space_number}/collaborators` (copilot-spaces/add-collaborator-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "actor_type": {
          "description": "Whether `actor_identifier` names a user or a team.",
          "type": "string",
          "enum": [
            "User",
            "Team"
          ]
        },
        "actor_identifier": {
          "description": "A user's login or a team's slug; a numeric ID is accepted too.",
          "type": "string"
        },
        "role": {
          "title": "Copilot Space collaborator role",
          "description": "What a collaborator may do in the Space.",
          "type": "string",
          "enum": [
            "reader",
            "writer",
            "admin"
          ]
        }
      },
      "required": [
        "username",
        "space_number",
        "actor_type",
        "actor_identifier",
        "role"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Add a collaborator to a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space collaborator",
      "description": "A user or a team who collaborates on a Copilot Space; `actor_type` says which.",
      "type": "object",
      "anyOf": [
        {
          "title": "Copilot Space user collaborator",
          "description": "A user who collaborates on a Copilot Space, with the role granted to them.",
          "allOf": [
            {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            {
              "type": "object",
              "properties": {
                "actor_type": {
                  "description": "Always `User` for a user.",
                  "type": "string",
                  "enum": [
                    "User"
                  ]
                },
                "role": {
                  "title": "Copilot Space collaborator role",
                  "description": "What a collaborator may do in the Space.",
                  "type": "string",
                  "enum": [
                    "reader",
                    "writer",
                    "admin"
                  ]
                }
              },
              "required": [
                "actor_type",
                "role"
              ]
            }
          ]
        },
        {
          "title": "Copilot Space team collaborator",
          "description": "A team that collaborates on a Copilot Space, with the role granted to its members.",
          "type": "object",
          "properties": {
            "actor_type": {
              "description": "Always `Team` for a team.",
              "type": "string",
              "enum": [
                "Team"
              ]
            },
            "role": {
              "title": "Copilot Space collaborator role",
              "description": "What a collaborator may do in the Space.",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin"
              ]
            },
            "id": {
              "type": "integer"
            },
            "node_id": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "slug": {
              "type": "string"
            },
            "type": {
              "description": "Always `Team`.",
              "type": "string",
              "enum": [
                "Team"
              ]
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "privacy": {
              "type": "string"
            },
            "notification_setting": {
              "type": "string"
            },
            "url": {
              "type": "string",
              "format": "uri"
            },
            "html_url": {
              "type": "string",
              "format": "uri"
            },
            "members_url": {
              "description": "A URL template (`{/member}`), not a plain URL.",
              "type": "string"
            },
            "repositories_url": {
              "type": "string",
              "format": "uri"
            },
            "organization_id": {
              "type": "integer"
            },
            "parent": {
              "description": "The parent team, when there is one.",
              "type": [
                "object",
                "null"
              ]
            }
          },
          "required": [
            "actor_type",
            "role",
            "id",
            "node_id",
            "name",
            "slug",
            "type"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_update_collaborator_for_user",
    "operationId": "copilot-spaces/update-collaborator-for-user",
    "method": "PUT",
    "path": "/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "updateCollaboratorForUser"
    },
    "toolset": "copilot-space-collaborators",
    "title": "Set a collaborator's role in a Copilot Space for a user",
    "description": "Changes the role of a user or team who collaborates on the Space. The role `no_access` removes the collaborator, and the answer is then 204 without a body. The authenticated user must be an admin of the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.\n\n`PUT /users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}` (copilot-spaces/update-collaborator-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "actor_type": {
          "type": "string",
          "enum": [
            "User",
            "Team"
          ],
          "description": "Whether the collaborator is a user or a team."
        },
        "actor_identifier": {
          "type": "string",
          "description": "The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too."
        },
        "role": {
          "description": "The new role, or `no_access` to remove the collaborator.",
          "type": "string",
          "enum": [
            "reader",
            "writer",
            "admin",
            "no_access"
          ]
        }
      },
      "required": [
        "username",
        "space_number",
        "actor_type",
        "actor_identifier",
        "role"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Set a collaborator's role in a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space collaborator",
      "description": "A user or a team who collaborates on a Copilot Space; `actor_type` says which.",
      "type": "object",
      "anyOf": [
        {
          "title": "Copilot Space user collaborator",
          "description": "A user who collaborates on a Copilot Space, with the role granted to them.",
          "allOf": [
            {
              "title": "Simple User",
              "description": "A GitHub user account, as GitHub's REST API returns it inside other objects.",
              "type": "object",
              "properties": {
                "login": {
                  "type": "string"
                },
                "id": {
                  "type": "integer",
                  "format": "int64"
                },
                "node_id": {
                  "type": "string"
                },
                "avatar_url": {
                  "type": "string",
                  "format": "uri"
                },
                "gravatar_id": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "url": {
                  "type": "string",
                  "format": "uri"
                },
                "html_url": {
                  "type": "string",
                  "format": "uri"
                },
                "followers_url": {
                  "type": "string",
                  "format": "uri"
                },
                "following_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "gists_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "starred_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "subscriptions_url": {
                  "type": "string",
                  "format": "uri"
                },
                "organizations_url": {
                  "type": "string",
                  "format": "uri"
                },
                "repos_url": {
                  "type": "string",
                  "format": "uri"
                },
                "events_url": {
                  "description": "A URL template (RFC 6570), not a plain URL.",
                  "type": "string"
                },
                "received_events_url": {
                  "type": "string",
                  "format": "uri"
                },
                "type": {
                  "description": "The kind of account. `User` for people, `Bot` for app accounts.",
                  "type": "string",
                  "enum": [
                    "User",
                    "Bot"
                  ]
                },
                "site_admin": {
                  "type": "boolean"
                },
                "name": {
                  "description": "The account's display name, when it has one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "description": "The account's public email address, when it shows one.",
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "starred_at": {
                  "description": "When the account starred the repository (in lists of stargazers only).",
                  "type": "string"
                },
                "user_view_type": {
                  "description": "How much of the account the token may see (`public` for others' accounts).",
                  "type": "string"
                }
              },
              "required": [
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin"
              ]
            },
            {
              "type": "object",
              "properties": {
                "actor_type": {
                  "description": "Always `User` for a user.",
                  "type": "string",
                  "enum": [
                    "User"
                  ]
                },
                "role": {
                  "title": "Copilot Space collaborator role",
                  "description": "What a collaborator may do in the Space.",
                  "type": "string",
                  "enum": [
                    "reader",
                    "writer",
                    "admin"
                  ]
                }
              },
              "required": [
                "actor_type",
                "role"
              ]
            }
          ]
        },
        {
          "title": "Copilot Space team collaborator",
          "description": "A team that collaborates on a Copilot Space, with the role granted to its members.",
          "type": "object",
          "properties": {
            "actor_type": {
              "description": "Always `Team` for a team.",
              "type": "string",
              "enum": [
                "Team"
              ]
            },
            "role": {
              "title": "Copilot Space collaborator role",
              "description": "What a collaborator may do in the Space.",
              "type": "string",
              "enum": [
                "reader",
                "writer",
                "admin"
              ]
            },
            "id": {
              "type": "integer"
            },
            "node_id": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "slug": {
              "type": "string"
            },
            "type": {
              "description": "Always `Team`.",
              "type": "string",
              "enum": [
                "Team"
              ]
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "privacy": {
              "type": "string"
            },
            "notification_setting": {
              "type": "string"
            },
            "url": {
              "type": "string",
              "format": "uri"
            },
            "html_url": {
              "type": "string",
              "format": "uri"
            },
            "members_url": {
              "description": "A URL template (`{/member}`), not a plain URL.",
              "type": "string"
            },
            "repositories_url": {
              "type": "string",
              "format": "uri"
            },
            "organization_id": {
              "type": "integer"
            },
            "parent": {
              "description": "The parent team, when there is one.",
              "type": [
                "object",
                "null"
              ]
            }
          },
          "required": [
            "actor_type",
            "role",
            "id",
            "node_id",
            "name",
            "slug",
            "type"
          ]
        }
      ]
    }
  },
  {
    "name": "copilot_spaces_remove_collaborator_for_user",
    "operationId": "copilot-spaces/remove-collaborator-for-user",
    "method": "DELETE",
    "path": "/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "removeCollaboratorForUser"
    },
    "toolset": "copilot-space-collaborators",
    "title": "Remove a collaborator from a Copilot Space for a user",
    "description": "Removes a user or a team from the collaborators of the Space. The authenticated user must be an admin of the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `user` scope to use this endpoint.\n\n`DELETE /users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}` (copilot-spaces/remove-collaborator-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "actor_type": {
          "type": "string",
          "enum": [
            "User",
            "Team"
          ],
          "description": "Whether the collaborator is a user or a team."
        },
        "actor_identifier": {
          "type": "string",
          "description": "The collaborator: a user's login or a team's slug. A user's or a team's numeric ID is accepted too."
        }
      },
      "required": [
        "username",
        "space_number",
        "actor_type",
        "actor_identifier"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Remove a collaborator from a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    }
  },
  {
    "name": "copilot_spaces_list_resources_for_user",
    "operationId": "copilot-spaces/list-resources-for-user",
    "method": "GET",
    "path": "/users/{username}/copilot-spaces/{space_number}/resources",
    "client": {
      "namespace": "copilotSpaces",
      "method": "listResourcesForUser"
    },
    "toolset": "copilot-space-resources",
    "title": "List resources of a Copilot Space for a user",
    "description": "Lists the resources attached to the Space, with their timestamps, in one answer: the list is not paged. These are the resources the Space's `resources_attributes` holds. The authenticated user must be able to read the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.\n\n`GET /users/{username}/copilot-spaces/{space_number}/resources` (copilot-spaces/list-resources-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        }
      },
      "required": [
        "username",
        "space_number"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "List resources of a Copilot Space for a user",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space resource list",
      "description": "Every resource of a Copilot Space, in one answer (the list is not paged).",
      "type": "object",
      "properties": {
        "resources": {
          "type": "array",
          "items": {
            "title": "Copilot Space resource",
            "description": "A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).",
            "type": "object",
            "properties": {
              "id": {
                "description": "The identifier of the resource; the `space_resource_id` of its URLs.",
                "type": "integer",
                "format": "int64"
              },
              "resource_type": {
                "title": "Copilot Space resource type",
                "description": "The type of resource.",
                "type": "string",
                "enum": [
                  "repository",
                  "github_file",
                  "free_text",
                  "github_issue",
                  "github_pull_request",
                  "media_content",
                  "uploaded_text_file"
                ]
              },
              "copilot_chat_attachment_id": {
                "description": "The Copilot Chat attachment the resource comes from, if any.",
                "type": [
                  "integer",
                  "null"
                ]
              },
              "metadata": {
                "title": "Copilot Space resource metadata",
                "description": "Metadata specific to the resource type.",
                "type": "object",
                "properties": {
                  "repository_id": {
                    "description": "Repository ID for repository or file resources.",
                    "type": "integer",
                    "format": "int64"
                  },
                  "file_path": {
                    "description": "File path for file resources.",
                    "type": "string"
                  },
                  "text": {
                    "description": "Text content for free text resources.",
                    "type": "string"
                  },
                  "name": {
                    "description": "Name for the resource.",
                    "type": "string"
                  },
                  "number": {
                    "description": "Issue or PR number.",
                    "type": "integer"
                  },
                  "copilot_chat_attachment_id": {
                    "description": "The Copilot Chat attachment of an uploaded file or media resource.",
                    "type": "integer"
                  },
                  "media_type": {
                    "description": "The media type of a media resource.",
                    "type": "string"
                  },
                  "url": {
                    "description": "Where a media resource is.",
                    "type": "string"
                  },
                  "height": {
                    "description": "The height of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "width": {
                    "description": "The width of a media resource, in pixels.",
                    "type": "integer"
                  },
                  "sha": {
                    "description": "The blob SHA of a file resource.",
                    "type": "string"
                  }
                }
              },
              "created_at": {
                "type": "string",
                "format": "date-time"
              },
              "updated_at": {
                "type": "string",
                "format": "date-time"
              }
            },
            "required": [
              "id",
              "resource_type",
              "metadata",
              "created_at",
              "updated_at"
            ]
          }
        }
      },
      "required": [
        "resources"
      ]
    }
  },
  {
    "name": "copilot_spaces_create_resource_for_user",
    "operationId": "copilot-spaces/create-resource-for-user",
    "method": "POST",
    "path": "/users/{username}/copilot-spaces/{space_number}/resources",
    "client": {
      "namespace": "copilotSpaces",
      "method": "createResourceForUser"
    },
    "toolset": "copilot-space-resources",
    "title": "Create a resource in a Copilot Space for a user",
    "description": "Attaches a resource to the Space: a repository, a file, a note, an issue or a pull request. Attaching a `github_file` the Space already holds creates nothing: the answer is 200 with the resource it has. The authenticated user must be able to write to the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:user` scope to use this endpoint.\n\n`POST /users/{username}/copilot-spaces/{space_number}/resources` (copilot-spaces/create-resource-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "resource_type": {
          "description": "The type of the new resource.",
          "type": "string",
          "enum": [
            "repository",
            "github_file",
            "free_text",
            "github_issue",
            "github_pull_request"
          ]
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        }
      },
      "required": [
        "username",
        "space_number",
        "resource_type",
        "metadata"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Create a resource in a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space resource",
      "description": "A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).",
      "type": "object",
      "properties": {
        "id": {
          "description": "The identifier of the resource; the `space_resource_id` of its URLs.",
          "type": "integer",
          "format": "int64"
        },
        "resource_type": {
          "title": "Copilot Space resource type",
          "description": "The type of resource.",
          "type": "string",
          "enum": [
            "repository",
            "github_file",
            "free_text",
            "github_issue",
            "github_pull_request",
            "media_content",
            "uploaded_text_file"
          ]
        },
        "copilot_chat_attachment_id": {
          "description": "The Copilot Chat attachment the resource comes from, if any.",
          "type": [
            "integer",
            "null"
          ]
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "id",
        "resource_type",
        "metadata",
        "created_at",
        "updated_at"
      ]
    }
  },
  {
    "name": "copilot_spaces_get_resource_for_user",
    "operationId": "copilot-spaces/get-resource-for-user",
    "method": "GET",
    "path": "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "getResourceForUser"
    },
    "toolset": "copilot-space-resources",
    "title": "Get a resource of a Copilot Space for a user",
    "description": "Gets one resource attached to the Space. The authenticated user must be able to read the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `read:user` scope to use this endpoint.\n\n`GET /users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}` (copilot-spaces/get-resource-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "space_resource_id": {
          "type": "integer",
          "description": "The identifier of a resource of the Copilot Space."
        }
      },
      "required": [
        "username",
        "space_number",
        "space_resource_id"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Get a resource of a Copilot Space for a user",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space resource",
      "description": "A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).",
      "type": "object",
      "properties": {
        "id": {
          "description": "The identifier of the resource; the `space_resource_id` of its URLs.",
          "type": "integer",
          "format": "int64"
        },
        "resource_type": {
          "title": "Copilot Space resource type",
          "description": "The type of resource.",
          "type": "string",
          "enum": [
            "repository",
            "github_file",
            "free_text",
            "github_issue",
            "github_pull_request",
            "media_content",
            "uploaded_text_file"
          ]
        },
        "copilot_chat_attachment_id": {
          "description": "The Copilot Chat attachment the resource comes from, if any.",
          "type": [
            "integer",
            "null"
          ]
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "id",
        "resource_type",
        "metadata",
        "created_at",
        "updated_at"
      ]
    }
  },
  {
    "name": "copilot_spaces_update_resource_for_user",
    "operationId": "copilot-spaces/update-resource-for-user",
    "method": "PUT",
    "path": "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "updateResourceForUser"
    },
    "toolset": "copilot-space-resources",
    "title": "Set a resource of a Copilot Space for a user",
    "description": "Replaces the metadata of a resource attached to the Space; its type stays. The authenticated user must be able to write to the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:user` scope to use this endpoint.\n\n`PUT /users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}` (copilot-spaces/update-resource-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "space_resource_id": {
          "type": "integer",
          "description": "The identifier of a resource of the Copilot Space."
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        }
      },
      "required": [
        "username",
        "space_number",
        "space_resource_id"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Set a resource of a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "outputSchema": {
      "title": "Copilot Space resource",
      "description": "A resource of a Copilot Space as the resources operations give it, with its timestamps. The same resource appears, shorter, in the Space's `resources_attributes` (`copilot-space-attached-resource`).",
      "type": "object",
      "properties": {
        "id": {
          "description": "The identifier of the resource; the `space_resource_id` of its URLs.",
          "type": "integer",
          "format": "int64"
        },
        "resource_type": {
          "title": "Copilot Space resource type",
          "description": "The type of resource.",
          "type": "string",
          "enum": [
            "repository",
            "github_file",
            "free_text",
            "github_issue",
            "github_pull_request",
            "media_content",
            "uploaded_text_file"
          ]
        },
        "copilot_chat_attachment_id": {
          "description": "The Copilot Chat attachment the resource comes from, if any.",
          "type": [
            "integer",
            "null"
          ]
        },
        "metadata": {
          "title": "Copilot Space resource metadata",
          "description": "Metadata specific to the resource type.",
          "type": "object",
          "properties": {
            "repository_id": {
              "description": "Repository ID for repository or file resources.",
              "type": "integer",
              "format": "int64"
            },
            "file_path": {
              "description": "File path for file resources.",
              "type": "string"
            },
            "text": {
              "description": "Text content for free text resources.",
              "type": "string"
            },
            "name": {
              "description": "Name for the resource.",
              "type": "string"
            },
            "number": {
              "description": "Issue or PR number.",
              "type": "integer"
            },
            "copilot_chat_attachment_id": {
              "description": "The Copilot Chat attachment of an uploaded file or media resource.",
              "type": "integer"
            },
            "media_type": {
              "description": "The media type of a media resource.",
              "type": "string"
            },
            "url": {
              "description": "Where a media resource is.",
              "type": "string"
            },
            "height": {
              "description": "The height of a media resource, in pixels.",
              "type": "integer"
            },
            "width": {
              "description": "The width of a media resource, in pixels.",
              "type": "integer"
            },
            "sha": {
              "description": "The blob SHA of a file resource.",
              "type": "string"
            }
          }
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "id",
        "resource_type",
        "metadata",
        "created_at",
        "updated_at"
      ]
    }
  },
  {
    "name": "copilot_spaces_delete_resource_for_user",
    "operationId": "copilot-spaces/delete-resource-for-user",
    "method": "DELETE",
    "path": "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}",
    "client": {
      "namespace": "copilotSpaces",
      "method": "deleteResourceForUser"
    },
    "toolset": "copilot-space-resources",
    "title": "Delete a resource from a Copilot Space for a user",
    "description": "Removes a resource from the Space. The authenticated user must be able to write to the Space.\n\nOAuth app tokens and personal access tokens (classic) need the `write:user` scope to use this endpoint.\n\n`DELETE /users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}` (copilot-spaces/delete-resource-for-user).",
    "inputSchema": {
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "description": "The handle for the GitHub user account."
        },
        "space_number": {
          "type": "integer",
          "description": "The unique identifier of the Copilot Space."
        },
        "space_resource_id": {
          "type": "integer",
          "description": "The identifier of a resource of the Copilot Space."
        }
      },
      "required": [
        "username",
        "space_number",
        "space_resource_id"
      ],
      "additionalProperties": false
    },
    "annotations": {
      "title": "Delete a resource from a Copilot Space for a user",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    }
  }
];
