// createCopilotSpacesClient: wires the pieces. openapi-fetch builds each request (path, query, body)
// and hands it to a call (requests.ts → call.ts: attempts and retries), which answers with the body
// already read; the methods (methods.ts) resolve to the answer settled (settle.ts), paginate follows
// `Link`, and openapi-fetch's own verbs stay available (raw-calls.ts).
import openapiFetch, { type Client } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import { operations } from "./generated/operations.js";
import { bindMethods, type OperationTable } from "./methods.js";
import type { CopilotSpacesClientOptions } from "./options.js";
import { paginator, type Paginate } from "./paginate.js";
import { rawCalls } from "./raw-calls.js";
import { requests, type LooseRequest } from "./requests.js";
import { resolveOptions } from "./settings.js";
import type { ClientMethods } from "./types.js";

// openapi-fetch's CJS build marks itself __esModule and exports the function as `default`; our CJS
// output follows Node's rule (a default import of CommonJS is module.exports), so there the import
// is the exports object and the function is its `default`.
const createClient: typeof openapiFetch =
  typeof openapiFetch === "function" ? openapiFetch : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

export type CopilotSpacesClient = ClientMethods & {
  paginate: Paginate;
  /** openapi-fetch's typed client, sharing the headers, token, timeout and retries; it does not throw on non-2xx. */
  GET: Client<paths>["GET"];
  POST: Client<paths>["POST"];
  PUT: Client<paths>["PUT"];
  DELETE: Client<paths>["DELETE"];
  request: Client<paths>["request"];
  use: Client<paths>["use"];
  eject: Client<paths>["eject"];
};

export function createCopilotSpacesClient(options: CopilotSpacesClientOptions): CopilotSpacesClient {
  const settings = resolveOptions(options);
  // The client follows redirects itself (redirects.ts): openapi-fetch's requests ask fetch not to.
  const api = createClient<paths>({ baseUrl: settings.baseUrl, redirect: "manual" });
  // Middleware registered with `use` may read, or replace, the Response that openapi-fetch is given.
  // openapi-fetch's own list, kept as it keeps it: once per use(), one copy taken off per eject().
  const middleware: object[] = [];
  const calls = requests(settings, api.request as unknown as LooseRequest, middleware);
  const bound = bindMethods(operations as unknown as OperationTable, calls.execute);

  return {
    ...(bound.methods as ClientMethods),
    paginate: paginator(settings.baseUrl, bound.operationOf, calls),
    ...rawCalls(settings, api, calls.callFetch, bound.labelAt),
    use: (...added) => {
      // One at a time, as openapi-fetch adds them: one it refuses stops the rest, in both lists.
      for (const m of added) {
        api.use(m);
        if (m) middleware.push(m);
      }
    },
    eject: (...removed) => {
      api.eject(...removed);
      for (const m of removed) {
        const at = middleware.indexOf(m);
        if (at !== -1) middleware.splice(at, 1);
      }
    },
  };
}
