// Stands in for the proxy agents of Prism's forwarder in the browser build: the mock forwards nothing.
"use strict";
class NoProxy {
  constructor() {
    throw new Error("The mock makes no outgoing requests (Prism's proxy mode is not part of it).");
  }
}
module.exports = NoProxy;
module.exports.default = NoProxy;
module.exports.HttpProxyAgent = NoProxy;
module.exports.HttpsProxyAgent = NoProxy;
