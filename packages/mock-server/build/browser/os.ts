// Stands in for node:os in the browser build: the fetch door's network faults give Node's errno for
// a reset connection (Linux's number, as the Node build reports it on Linux).
export const constants = { errno: { ECONNRESET: 104 } };
