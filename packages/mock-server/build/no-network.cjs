// Stands in for node-fetch inside the bundled engine. Prism reaches the network only to forward
// requests to a real API (proxy mode) and to call OpenAPI callbacks, neither of which the mock does;
// node-fetch and its URL parser cost about 25 ms of every start.
"use strict";
function fetch() {
  return Promise.reject(new Error("The mock makes no outgoing requests (Prism's proxy mode and callbacks are not part of it)."));
}
module.exports = fetch;
module.exports.default = fetch;
