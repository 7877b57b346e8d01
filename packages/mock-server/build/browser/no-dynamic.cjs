// Stands in for json-schema-faker and faker in the browser build: dynamic mode (data generated from
// schemas) is left out of it, and src/browser.ts refuses `dynamic`. Prism's generator registers faker
// with json-schema-faker when it loads, so loading must work; generating throws.
"use strict";
const left = () => {
  throw new Error("Dynamic mode (generated data) is not part of the mock's browser build.");
};
const JSONSchemaFaker = { extend: () => JSONSchemaFaker, option: () => JSONSchemaFaker, generate: left, resolve: left };
module.exports = { __esModule: true, JSONSchemaFaker, default: {}, faker: {} };
