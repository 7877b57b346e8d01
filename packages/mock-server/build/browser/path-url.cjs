// Stands in for Node's path and url in the browser build, for the two modules of the engine that
// require them: mime-types, which takes a file name's extension (extname, as Node's posix one), and
// Prism's forwarder, which joins and formats the upstream URL it forwards to and is never called (the
// mock forwards nothing).
"use strict";
/** Node's path.posix.extname (lib/path.js, MIT), step for step: test/browser-build.test.ts compares the two. */
function extname(path) {
  const text = String(path);
  let startDot = -1;
  let startPart = 0;
  let end = -1;
  let matchedSlash = true;
  // 0: no dot before the last one yet; 1: only dots; -1: a character that is not a dot.
  let preDotState = 0;
  for (let i = text.length - 1; i >= 0; --i) {
    const char = text[i];
    if (char === "/") {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (char === ".") {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  if (startDot === -1 || end === -1 || preDotState === 0 || (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) return "";
  return text.slice(startDot, end);
}
const forwarding = () => {
  throw new Error("The mock makes no outgoing requests (Prism's proxy mode is not part of it).");
};
module.exports = { extname, posix: { join: forwarding }, format: forwarding };
