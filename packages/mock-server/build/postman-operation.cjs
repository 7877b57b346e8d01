// Stands in for @stoplight/http-spec's Postman operation module inside the bundled engine: the mock
// serves OpenAPI bundles only, and the real module pulls in postman-collection (about 0.1 s to load).
"use strict";
const unsupported = () => {
  throw new Error("Postman collections are not supported: the mock serves an OpenAPI bundle of the Copilot Spaces description.");
};
module.exports = { transformPostmanCollectionOperations: unsupported, transformPostmanCollectionOperation: unsupported };
