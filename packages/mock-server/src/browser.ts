// @copilot-spaces/mock-server/browser: the mock in a browser. The same core and fetch door as
// createMock in Node, built by build/browser.ts for browsers with the shipped description and Prism's
// reading of it inside, so that it needs no file, no server and no network. What needs a file or
// generated data is refused here, naming the option.
import { createMock as createNodeMock, type CreateMockOptions, type Mock } from "./doors/fetch.js";

export type {
  ChaosKind,
  ChaosOptions,
  CreateMockOptions,
  JournalEntry,
  JournalFilter,
  Mock,
  Rule,
  RuleDocument,
  RuleStanding,
  SeedData,
  SeedOwner,
  Snapshot,
} from "./doors/fetch.js";

/** The options of createMock that a browser cannot have, and why. */
const NOT_IN_A_BROWSER = {
  specPath: "the browser build serves the description it was built with",
  stateFile: "a browser has no file to keep the state in (snapshot() and restore() do)",
  replay: "a browser has no cassette files to read",
  replayStrict: "a browser has no cassette files to read",
  seedFromRecording: "a browser has no cassette files to read (seed() does)",
  dynamic: "generated data (faker) is left out of the browser build: answers come from the description's examples",
} as const satisfies Partial<Record<keyof CreateMockOptions, string>>;

/** createMock's options in a browser: those above are not among them (`dynamic: false` is allowed, as it changes nothing). */
export type BrowserMockOptions = Omit<CreateMockOptions, keyof typeof NOT_IN_A_BROWSER> & { dynamic?: false };

/** A mock of the API in this page or worker: its `fetch` answers as GitHub would, with no network. */
export async function createMock(options: BrowserMockOptions = {}): Promise<Mock> {
  // Checked at run time too: JavaScript callers, and TypeScript ones through a cast, are not stopped by the type.
  for (const [option, why] of Object.entries(NOT_IN_A_BROWSER)) {
    const value = (options as CreateMockOptions)[option as keyof CreateMockOptions];
    if (value !== undefined && value !== false) throw new TypeError(`${option}: not available in the browser build: ${why}`);
  }
  return createNodeMock(options);
}
