// This file is generated from spec/dist/openapi.json (the bundle of spec/openapi.yaml)
// by tools/src/generate-client.ts. Do not edit it: change the description or the generator, then
// run `pnpm build` (or `pnpm --filter @copilot-spaces/client generate`).

/** Every operation of the description, by client namespace and method name. */
export const operations = {
  copilotSpaces: {
    listForOrg: {
      operationId: "copilot-spaces/list-for-org",
      method: "GET",
      path: "/orgs/{org}/copilot-spaces",
      pathParams: ["org"],
      queryParams: ["per_page", "before", "after"],
      hasBody: false,
      itemsKey: "spaces",
    },
    createForOrg: {
      operationId: "copilot-spaces/create-for-org",
      method: "POST",
      path: "/orgs/{org}/copilot-spaces",
      pathParams: ["org"],
      queryParams: [],
      hasBody: true,
    },
    getForOrg: {
      operationId: "copilot-spaces/get-for-org",
      method: "GET",
      path: "/orgs/{org}/copilot-spaces/{space_number}",
      pathParams: ["org", "space_number"],
      queryParams: [],
      hasBody: false,
    },
    updateForOrg: {
      operationId: "copilot-spaces/update-for-org",
      method: "PUT",
      path: "/orgs/{org}/copilot-spaces/{space_number}",
      pathParams: ["org", "space_number"],
      queryParams: [],
      hasBody: true,
    },
    deleteForOrg: {
      operationId: "copilot-spaces/delete-for-org",
      method: "DELETE",
      path: "/orgs/{org}/copilot-spaces/{space_number}",
      pathParams: ["org", "space_number"],
      queryParams: [],
      hasBody: false,
    },
    listForUser: {
      operationId: "copilot-spaces/list-for-user",
      method: "GET",
      path: "/users/{username}/copilot-spaces",
      pathParams: ["username"],
      queryParams: ["per_page", "before", "after"],
      hasBody: false,
      itemsKey: "spaces",
    },
    createForUser: {
      operationId: "copilot-spaces/create-for-user",
      method: "POST",
      path: "/users/{username}/copilot-spaces",
      pathParams: ["username"],
      queryParams: [],
      hasBody: true,
    },
    getForUser: {
      operationId: "copilot-spaces/get-for-user",
      method: "GET",
      path: "/users/{username}/copilot-spaces/{space_number}",
      pathParams: ["username", "space_number"],
      queryParams: [],
      hasBody: false,
    },
    updateForUser: {
      operationId: "copilot-spaces/update-for-user",
      method: "PUT",
      path: "/users/{username}/copilot-spaces/{space_number}",
      pathParams: ["username", "space_number"],
      queryParams: [],
      hasBody: true,
    },
    deleteForUser: {
      operationId: "copilot-spaces/delete-for-user",
      method: "DELETE",
      path: "/users/{username}/copilot-spaces/{space_number}",
      pathParams: ["username", "space_number"],
      queryParams: [],
      hasBody: false,
    },
  },
} as const;
