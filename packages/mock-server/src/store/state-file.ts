// The stateful mock kept in a file (--state-file): loaded once at start, written after every answered
// write. Each write goes to a temporary file that is then renamed over the old one, so that the file
// is always one whole snapshot, even when the process is killed in the middle (kill -9).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { SnapshotError, type SpaceStore } from "./store.js";

/** Loads the file into the store (a missing file: the seed), and returns the function that saves it. */
export function stateFile(store: SpaceStore, path: string): () => void {
  let text: string | undefined;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== "ENOENT") throw new Error(`stateFile: cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  if (text !== undefined) {
    let snapshot: unknown;
    try {
      snapshot = JSON.parse(text);
    } catch {
      throw new Error(`stateFile: ${path} is not JSON: it must be a snapshot as GET /__mock/state gives one (delete the file to start from the seed)`);
    }
    try {
      store.restore(snapshot);
    } catch (cause) {
      if (cause instanceof SnapshotError) throw new Error(`stateFile: ${path} is not a valid snapshot: ${cause.message}`, { cause });
      throw cause;
    }
  }
  const temporary = `${path}.${process.pid}.tmp`;
  const save = () => {
    writeFileSync(temporary, JSON.stringify(store.snapshot()));
    renameSync(temporary, path);
  };
  save(); // the path is writable, or the mock does not start
  return save;
}
