// The MSW door: request handlers that send every request for the base URL to a mock's fetch, so that
// `setupServer(...copilotSpacesHandlers(mock))` makes any code that calls GitHub (the client, Octokit,
// plain fetch) hit the mock in-process, unchanged. `msw` is the user's (an optional peer dependency).
import { HttpResponse, http, type HttpHandler } from "msw";
import type { Mock } from "./fetch.js";

export interface CopilotSpacesHandlersOptions {
  /** The API origin that requests go to; default GitHub's, https://api.github.com. */
  baseUrl?: string;
}

export function copilotSpacesHandlers(mock: Pick<Mock, "fetch">, options: CopilotSpacesHandlersOptions = {}): HttpHandler[] {
  const baseUrl = options.baseUrl ?? "https://api.github.com";
  let origin: string;
  try {
    const url = new URL(baseUrl);
    if (url.pathname !== "/" || url.search !== "" || url.hash !== "") throw new Error("a path");
    origin = url.origin;
  } catch {
    // The mock serves the API's paths at the root, as GitHub does: a base with a path would not reach them.
    throw new TypeError(`baseUrl: expected an origin such as https://api.github.com (no path), got ${JSON.stringify(baseUrl)}`);
  }
  if (typeof mock?.fetch !== "function") throw new TypeError("mock: expected a mock from createMock()");
  // A network fault the mock plays (`Prefer: fault=reset`, `empty`) rejects its fetch as undici would;
  // msw's own word for a failed connection is a network error, which it turns into the fetch's rejection.
  return [
    http.all(`${origin}/*`, ({ request }) =>
      mock.fetch(request).catch((error: unknown) => {
        // A request its caller aborted (a hang it gave up on) has no one to answer: msw would log the reason as its handler's bug.
        if ((error instanceof TypeError && error.message === "fetch failed") || request.signal.aborted) return HttpResponse.error();
        throw error;
      }),
    ),
  ];
}
