// Stands in for Node's path and url in the browser build, for the two modules of the engine that
// require them: mime-types, which takes a file name's extension (extname, as Node's posix one), and
// Prism's forwarder, which joins and formats the upstream URL it forwards to and is never called (the
// mock forwards nothing).
"use strict";
function extname(path) {
  const base = String(path).slice(String(path).lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ||
    base
      .slice(0, dot)
      .split("")
      .every((c) => c === ".")
    ? ""
    : base.slice(dot);
}
const forwarding = () => {
  throw new Error("The mock makes no outgoing requests (Prism's proxy mode is not part of it).");
};
module.exports = { extname, posix: { join: forwarding }, format: forwarding };
