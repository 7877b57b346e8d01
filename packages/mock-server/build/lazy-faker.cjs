// Stands in for @faker-js/faker inside the bundled engine. Prism hands faker to json-schema-faker as
// soon as it loads, but only dynamic mode (data generated from schemas) uses it, and loading it costs
// about 0.9 s. So the real module, an external dependency, is required on first use: its `default`
// and `faker` exports are lazy too, since json-schema-faker reads `default` at load.
"use strict";
let real;
const load = () => (real ??= require("@faker-js/faker"));
const lazy = (pick) =>
  new Proxy(
    {},
    {
      get: (_target, key) => pick()[key],
      set: (_target, key, value) => ((pick()[key] = value), true),
      has: (_target, key) => key in pick(),
      ownKeys: () => Reflect.ownKeys(pick()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Object.getOwnPropertyDescriptor(pick(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
module.exports = { __esModule: true, default: lazy(() => load().default ?? load().faker), faker: lazy(() => load().faker) };
