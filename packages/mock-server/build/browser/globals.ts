// What Node gives every module and a browser does not, as the browser build's engine and the mock's
// cursors use it: Buffer (the buffer package, Node's own API) and a process with no environment.
import { Buffer } from "buffer";

export { Buffer };
export const process = { env: {}, platform: "browser", version: "", versions: {}, nextTick: (task: () => void) => queueMicrotask(task) };
