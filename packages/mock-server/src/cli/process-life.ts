// How a serving command (the mock, the proxy) lives and ends: until SIGINT, SIGTERM or SIGHUP, or until the
// command that started it is gone (orphan-watch.ts); either way it stops accepting, answers what is in flight,
// and exits, within a deadline even if closing hangs.
import { watchForOrphaning } from "./orphan-watch.js";

/** However the server ends, the process is gone this long after it was told to stop. */
export const EXIT_DEADLINE_MS = 5000;

export interface ProcessLife {
  /** The server once it listens: stop() closes it. */
  serving(server: { close(): Promise<void> }): void;
  stop(reason: string): void;
}

/**
 * Called first thing (a wrapper killed while the engine loads must count too). `detached` turns the orphan
 * watch off; `exitCode` says, once the server is closed, what the process exits with (default 0).
 */
export function processLife(name: string, { detached, exitCode = () => 0 }: { detached: boolean; exitCode?: () => number }): ProcessLife {
  let server: { close(): Promise<void> } | undefined;
  let stopping = false;
  function stop(reason: string): void {
    if (stopping) return;
    stopping = true;
    // Said even with --quiet: a server that goes away must say why.
    process.stderr.write(`${name}: ${reason}; answering the requests in flight, then exiting\n`);
    setTimeout(() => process.exit(1), EXIT_DEADLINE_MS).unref();
    // Stopped while it was starting: nothing listens yet, nothing is in flight.
    if (!server) process.exit(exitCode());
    void server.close().then(
      () => process.exit(exitCode()),
      (error: unknown) => {
        process.stderr.write(`${name}: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  }
  if (!detached) watchForOrphaning(() => stop("the command that started it has exited"));
  // Once a wrapper that reads our output is gone, writing to it fails (EPIPE): that must not end the
  // process before it has answered what is in flight.
  process.stdout.on("error", () => undefined);
  process.stderr.on("error", () => undefined);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal));
  return { serving: (s) => void (server = s), stop };
}
