// Stands in for Prism's security validator inside the bundled engine. The mock checks the token
// itself, before Prism sees a request (GitHub's 401 in GitHub's words), and never calls this one;
// loading it (and lodash/fp with it) cost about a tenth of the engine's load time.
"use strict";
function validateSecurity() {
  throw new Error("Prism's security validator is not part of the mock: the core checks the token itself.");
}
module.exports = { validateSecurity };
