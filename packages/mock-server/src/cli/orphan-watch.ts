// Notices when the command a user typed is gone. npx, npm run and pnpm start the CLI under wrappers
// (npm, sh, turbo, a second pnpm) and, killed, do not always pass the signal on: the CLI would go on
// serving, re-parented, with its port taken. Which wrapper dies first varies (a killed `pnpm mock`
// leaves its inner `pnpm run` and `sh` alive and the CLI's own parent unchanged), so the CLI watches
// every process above it, up to init, and calls `onOrphaned` when any of them is gone.
import { readFileSync } from "node:fs";

interface ProcessStat {
  ppid: number;
  /** Clock ticks since boot: tells a process from a later one that reuses its id. */
  startTime: string;
}

/** A process's parent and start time from /proc (Linux); undefined when it is gone or there is no /proc. */
function stat(pid: number): ProcessStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: the fields after its last ")" are fixed.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z" || fields[0] === "X") return undefined; // a zombie has exited already
    return { ppid: Number(fields[1]), startTime: fields[19]! };
  } catch {
    return undefined;
  }
}

/** The ancestors of this process below init, nearest first (empty without /proc). */
function watchedAncestors(): { pid: number; startTime: string }[] {
  const found: { pid: number; startTime: string }[] = [];
  for (let pid = process.ppid; pid > 1 && found.length < 64; ) {
    const ancestor = stat(pid);
    if (!ancestor) break;
    found.push({ pid, startTime: ancestor.startTime });
    pid = ancestor.ppid;
  }
  return found;
}

/** Calls `onOrphaned` once, when the parent or any process above it has exited. Returns a stop function. */
export function watchForOrphaning(onOrphaned: () => void, intervalMs = 250): () => void {
  const parent = process.ppid;
  const ancestors = watchedAncestors();
  const timer = setInterval(() => {
    const gone = process.ppid !== parent || ancestors.some((a) => stat(a.pid)?.startTime !== a.startTime);
    if (!gone) return;
    clearInterval(timer);
    onOrphaned();
  }, intervalMs);
  // The watch alone never keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
