// Injected delays as timers that one call ends early: the mock's close() wakes every sleeping answer, so
// that a test's 30 s delay never holds a closing mock for 30 s.

export interface Sleeper {
  /** Resolves after `ms`, or at once once woken. */
  sleep(ms: number): Promise<void>;
  /** Ends every sleep now and every later one at once. */
  wake(): void;
}

export function sleeper(): Sleeper {
  const sleeping = new Set<() => void>();
  let awake = false;
  return {
    sleep: (ms) =>
      awake
        ? Promise.resolve()
        : new Promise((resolve) => {
            const done = () => {
              clearTimeout(timer);
              sleeping.delete(done);
              resolve();
            };
            const timer = setTimeout(done, ms);
            sleeping.add(done);
          }),
    wake() {
      awake = true;
      for (const done of [...sleeping]) done();
    },
  };
}
