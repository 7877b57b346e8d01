// Stands in for Prism's reader of OpenAPI documents (getHttpOperationsFromSpec) in the browser build,
// which carries the shipped description's reading made at build time (operations-cache.ts): the
// reader, with its $ref resolver and Node's url and os, is never needed there.
"use strict";
module.exports = {
  getHttpOperationsFromSpec() {
    throw new Error("The mock's browser build serves the description it was built with and reads no other.");
  },
};
