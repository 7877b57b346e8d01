#!/usr/bin/env node
// copilot-spaces-mcp: the MCP server over stdio (default) or Streamable HTTP (--http PORT), calling
// GitHub (token from GITHUB_TOKEN, or the variable --token-env names) or, with --mock, the stateful
// mock in this process. stdout carries the protocol alone: every log line goes to stderr.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createCopilotSpacesClient, InvalidArgumentError, type CopilotSpacesClient } from "@copilot-spaces/client";
import { createMock } from "@copilot-spaces/mock-server";
import { startHttpDoor } from "./http-door.js";
import { createCopilotSpacesMcpServer, selectTools } from "./server.js";
import { LineTransport } from "./stdio-transport.js";
import { toolsets } from "./generated/tools.js";
import { VERSION } from "./version.js";

const USAGE = `Usage: copilot-spaces-mcp [options]

An MCP server with one tool per operation of GitHub's Copilot Spaces REST API.

  --http PORT          serve Streamable HTTP at http://127.0.0.1:PORT/mcp (0: a free port) instead of stdio
  --token-env NAME     the environment variable holding the GitHub token (default GITHUB_TOKEN)
  --base-url URL       GitHub's API: https://api.github.com (default), https://api.SUBDOMAIN.ghe.com,
                       https://HOST/api/v3 for GitHub Enterprise Server
  --api-version V      the X-GitHub-Api-Version to send (default: the description's)
  --read-only          only the tools whose verb is GET
  --toolsets A,B       only these toolsets: ${toolsets.map((t) => t.name).join(", ")}
  --mock               call the stateful mock in this process instead of GitHub (no network, no token)
  --mock-state FILE    with --mock: keep the mock's state in this JSON file across runs
  -v, --version, -h, --help

One process per --mock-state file: two servers writing one file lose each other's writes.

Exit codes: 0 after stdin closes or on SIGTERM/SIGINT, 2 for a usage error, 1 for a failure to start.`;

// A dependency's stray console.log must not corrupt the protocol on stdout.
console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
const say = (line: string) => process.stderr.write(`copilot-spaces-mcp: ${line}\n`);

class UsageError extends Error {}

/** The longest wait before a retry (backoff, Retry-After, a rate limit's reset): longer ones are errors at once. */
const MAX_RETRY_WAIT_MS = 10_000;

const FLAG_OF: Record<string, string> = { baseUrl: "--base-url", apiVersion: "--api-version", token: "--token-env" };

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        http: { type: "string" },
        "token-env": { type: "string" },
        "base-url": { type: "string" },
        "api-version": { type: "string" },
        "read-only": { type: "boolean" },
        toolsets: { type: "string" },
        mock: { type: "boolean" },
        "mock-state": { type: "string" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (values.version) return void process.stdout.write(`${VERSION}\n`);

  const port = values.http === undefined ? undefined : portOf(values.http);
  const selection = {
    readOnly: values["read-only"] ?? false,
    ...(values.toolsets !== undefined ? { toolsets: listOf(values.toolsets) } : {}),
  };
  let tools;
  try {
    tools = selectTools(selection);
  } catch (error) {
    throw new UsageError(`--${(error as Error).message}`);
  }
  if (values["mock-state"] !== undefined && !values.mock) throw new UsageError("--mock-state: only with --mock");
  if (values["mock-state"] !== undefined && !existsSync(dirname(resolve(values["mock-state"])))) {
    throw new UsageError(`--mock-state: the folder ${dirname(resolve(values["mock-state"]))} does not exist`);
  }
  if (values.mock && values["base-url"] !== undefined) throw new UsageError("--base-url: not with --mock (the mock answers in this process)");

  const tokenEnv = values["token-env"] ?? "GITHUB_TOKEN";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) throw new UsageError(`--token-env: "${tokenEnv}" is not an environment variable's name`);
  const token = process.env[tokenEnv];

  let closeMock = async () => {};
  let client: CopilotSpacesClient;
  try {
    if (values.mock) {
      const mock = await createMock({ stateful: true, ...(values["mock-state"] !== undefined ? { stateFile: values["mock-state"] } : {}) });
      closeMock = () => mock.close();
      // The mock takes any token; a real one set in the environment is not needed, and not sent.
      client = createCopilotSpacesClient({
        token: "mock-token",
        baseUrl: "http://copilot-spaces-mock.invalid",
        fetch: mock.fetch,
        ...(values["api-version"] !== undefined ? { apiVersion: values["api-version"] as never } : {}),
      });
    } else {
      if (!token)
        throw new UsageError(
          `${tokenEnv} is ${token === "" ? "empty" : "not set"}: the tools need a GitHub token in it (or run with --mock to rehearse against the mock)`,
        );
      client = createCopilotSpacesClient({
        token,
        // An MCP host gives a tool call a minute or so: a rate limit that resets later is answered at
        // once (the error says when it resets) rather than waited out.
        retry: { maxRetryDelayMs: MAX_RETRY_WAIT_MS },
        ...(values["base-url"] !== undefined ? { baseUrl: values["base-url"] } : {}),
        ...(values["api-version"] !== undefined ? { apiVersion: values["api-version"] as never } : {}),
      });
    }
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new UsageError(`${FLAG_OF[error.field] ?? error.field}: ${error.message.slice(error.field.length + 2)}`);
    throw error;
  }
  const newServer = () => createCopilotSpacesMcpServer({ client, ...selection });
  const where = values.mock
    ? `the in-process mock${values["mock-state"] !== undefined ? ` (state in ${values["mock-state"]})` : ""}`
    : (values["base-url"] ?? "https://api.github.com");

  let stopping = false;
  let stopDoor = async () => {};
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopDoor().catch(() => {});
    await closeMock().catch(() => {});
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));

  if (port !== undefined) {
    const door = await startHttpDoor(port, newServer);
    stopDoor = () => door.close();
    say(`${tools.length} tools for ${where}, over Streamable HTTP at ${door.url}`);
    return;
  }
  const server = newServer();
  server.onclose = () => void stop(0);
  stopDoor = () => server.close();
  await server.connect(new LineTransport());
  say(`${tools.length} tools for ${where}, over stdio`);
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--http: expected a port, 0 to 65535, got "${text}"`);
  return port;
}

function listOf(text: string): string[] {
  const names = text.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) throw new UsageError(`--toolsets: expected names separated by commas, got "${text}"`);
  return names;
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    say(error.message);
    process.stderr.write("Run copilot-spaces-mcp --help for the options.\n");
    process.exit(2);
  }
  say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
