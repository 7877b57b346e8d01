// Stands in for Node's path and url in the browser build, for the two modules of the engine that
// require them: mime-types, which takes a file name's extension (extname, as Node's posix one), and
// Prism's forwarder, which joins and formats the upstream URL it forwards to and is never called (the
// mock forwards nothing).
"use strict";
/**
 * A file name's extension as Node's path.posix.extname gives it (test/browser-build.test.ts compares
 * the two on any text): in the last part of the path (trailing slashes aside), from its last dot on;
 * none when that dot starts the name (".bashrc") or the name is "..".
 */
function extname(path) {
  const name = String(path).replace(/\/+$/, "").split("/").pop();
  const dot = name.lastIndexOf(".");
  return dot <= 0 || name === ".." ? "" : name.slice(dot);
}
const forwarding = () => {
  throw new Error("The mock makes no outgoing requests (Prism's proxy mode is not part of it).");
};
module.exports = { extname, posix: { join: forwarding }, format: forwarding };
