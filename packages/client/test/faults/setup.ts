// What every fault test shares: a loopback server that misbehaves on command (test-server.ts), a client
// of it that never really sleeps, and the check that no view of an error and no log line holds a token.
// `useFaultServer()` registers the hooks in the file that calls it; `server` and `sleeper` are the
// current case's (ES module bindings, so a file sees each case's new ones).
import { inspect } from "node:util";
import { afterEach, beforeEach, expect } from "vitest";
import { CopilotSpacesError, type CopilotSpacesClient, type CopilotSpacesClientOptions } from "../../src/index.js";
import { fakeSleep, startTestServer, TEST_NOW, testClient, type TestServer } from "../test-server.js";

export const TOKEN = "ghp_F4ultS3cret0123456789abcdefghijklmnop";
export const OTHER_SHAPED = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz";
export const NOW = TEST_NOW;
export const space = { id: 84, number: 3, name: "Team Planning Space" };

export let server: TestServer;
export let sleeper: ReturnType<typeof fakeSleep>;
export const logs: string[] = [];

export const makeClient = (options: Partial<CopilotSpacesClientOptions> = {}): CopilotSpacesClient =>
  testClient(server, sleeper.sleep, logs, { token: TOKEN, ...options });

/** A fresh server, sleeper and log per case; after each, no log line may hold a token. */
export function useFaultServer(): void {
  beforeEach(async () => {
    server = await startTestServer();
    sleeper = fakeSleep();
    logs.length = 0;
  });
  afterEach(async () => {
    await server.close();
    // Every log line of every case, answered or failed, retried or redirected.
    for (const line of logs) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toMatch(/\bgh[pousr]_[A-Za-z0-9_]{8}|github_pat_[A-Za-z0-9_]{8}/);
    }
  });
}

/** Every way a user may look at an error, its causes included. */
export function views(error: unknown, depth = 0): string[] {
  if (depth > 20 || error === undefined || error === null) return [];
  if (!(error instanceof Error)) return [String(error), inspect(error, { depth: Infinity, showHidden: true })];
  return [
    error.message,
    String(error),
    error.stack ?? "",
    JSON.stringify(error) ?? "",
    inspect(error, { depth: Infinity, showHidden: true }),
    ...views(error.cause, depth + 1),
  ];
}

/** The call's error, after checking that no view of it and no log line holds a token. */
export async function failure(promise: Promise<unknown>, secrets: string[] = [TOKEN]): Promise<CopilotSpacesError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  if (error === undefined) throw new Error("expected the call to fail");
  for (const text of [...views(error), ...logs]) {
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\bgh[pousr]_[A-Za-z0-9_]{8}/);
  }
  expect(error).toBeInstanceOf(CopilotSpacesError);
  return error as CopilotSpacesError;
}

export const getSpace = (client: CopilotSpacesClient, options = {}) => client.copilotSpaces.getForOrg({ org: "octo-org", space_number: 3 }, options);
export const spaceUrl = () => `${server.url}/orgs/octo-org/copilot-spaces/3`;

/** Answers 200 with headers at once, then sends the body a few bytes at a time, forever (or until `bytes`). */
export function drip(res: import("node:http").ServerResponse, everyMs = 30) {
  res.writeHead(200, { "content-type": "application/json" });
  res.write("{");
  const timer = setInterval(() => res.write(" "), everyMs);
  res.on("close", () => clearInterval(timer));
}
