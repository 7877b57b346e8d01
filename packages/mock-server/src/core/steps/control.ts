// The mock's own endpoints, outside GitHub's namespace: reset the stateful mock, or read and load its
// state as a snapshot (GET and PUT /__mock/state). No token is needed; a stateless mock has none.
import { SnapshotError, type Snapshot } from "../../store/store.js";
import type { Answer } from "../answer.js";
import type { Exchange, MockContext } from "../exchange.js";
import { error } from "../github-errors.js";

export const CONTROL_PREFIX = "/__mock/";
/** A snapshot of 10,000 Spaces in each of a few owners is tens of MB. */
const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

/** The stateful mock's state, as the core lets its doors change it (each change saved to the state file). */
export interface State {
  reset(): void;
  snapshot(): Snapshot;
  restore(snapshot: unknown): void;
}

export function control({ call }: Exchange, { state, errors }: MockContext): Promise<Answer> | undefined {
  return call.url.pathname.startsWith(CONTROL_PREFIX) ? answer(call, state, errors.problemsParsingJson) : undefined;
}

async function answer(call: Exchange["call"], store: State | undefined, problemsParsingJson: () => Answer): Promise<Answer> {
  const what = `${call.method} ${call.url.pathname}`;
  if (!store) {
    call.discardBody();
    return error(404, `${call.url.pathname} is for a stateful mock: start it with --stateful (stateful: true)`);
  }
  switch (what) {
    case "POST /__mock/reset":
      call.discardBody();
      store.reset();
      return { status: 204 };
    case "GET /__mock/state":
      return { status: 200, body: store.snapshot() };
    case "PUT /__mock/state": {
      const read = await call.readBody(MAX_SNAPSHOT_BYTES);
      if (!read.ok) return error(read.reason === "too-large" ? 413 : 400, "The snapshot is too large or was cut off.");
      let snapshot: unknown;
      try {
        snapshot = JSON.parse(read.text);
      } catch {
        return problemsParsingJson();
      }
      try {
        store.restore(snapshot);
      } catch (cause) {
        if (cause instanceof SnapshotError) return error(400, `Invalid snapshot, state unchanged: ${cause.message}`);
        throw cause;
      }
      return { status: 204 };
    }
    default:
      call.discardBody();
      return error(404, `${what} is not one of the mock's endpoints: POST /__mock/reset, GET and PUT /__mock/state`);
  }
}
