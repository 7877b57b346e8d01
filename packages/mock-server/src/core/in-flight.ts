// The work in flight, and the wait for it when a mock closes: the core's calls and the HTTP door's
// requests are drained the same way, for at most the close timeout.

export interface InFlight {
  /** Counts the work until it settles. */
  track<T>(work: Promise<T>): Promise<T>;
  readonly size: number;
  /** Resolves once everything tracked has settled, or `timeoutMs` has passed. */
  drained(timeoutMs: number): Promise<void>;
}

export function inFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
      return work;
    },
    get size() {
      return pending.size;
    },
    async drained(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(() => resolve(void (timedOut = true)), timeoutMs)));
      // Work that starts while the earlier work drains (a request on a kept-alive connection) is waited for too.
      while (pending.size > 0 && !timedOut) await Promise.race([Promise.all([...pending]), deadline]);
      clearTimeout(timer);
    },
  };
}
