// What the stateful suites share.

/** The error a promise rejects with, or undefined when it resolves. */
export const thrown = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

let owners = 0;
/** A fresh owner name per test: tests share a mock and stay apart. */
export const fresh = (prefix: string) => `${prefix}-${++owners}`;
