// The in-page mock: @copilot-spaces/mock-server's browser build, which the page carries gzipped and
// base64-encoded in a <script type="application/gzip+base64"> (build-docs.ts). It is unpacked with the
// browser's DecompressionStream and imported from a blob: URL on the first Send, so that a reader
// who never tries an operation pays nothing, and a page opened from disk needs no server (a module
// script from file:// is refused by the browser; a blob: one is not).
import type { Mock } from "@copilot-spaces/mock-server/browser";

export const MOCK_SCRIPT_ID = "try-it-mock";

let loading: Promise<Mock> | undefined;

/** The page's one mock, stateful: what a Send creates, a later Send finds, until reset. */
export function pageMock(): Promise<Mock> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // a failed load is tried again on the next Send
    throw error;
  });
  return loading;
}

async function load(): Promise<Mock> {
  const packed = document.getElementById(MOCK_SCRIPT_ID)?.textContent?.trim();
  if (!packed) throw new Error("This page was built without the in-page mock.");
  const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const code = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  try {
    const { createMock } = (await import(/* @vite-ignore */ url)) as typeof import("@copilot-spaces/mock-server/browser");
    return await createMock({ stateful: true });
  } finally {
    URL.revokeObjectURL(url);
  }
}
