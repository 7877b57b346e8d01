// Preloaded into the Prism child process (node --require).
//
// 1. No orphans: the child is spawned with an IPC channel; when the parent goes away, however it
//    ends (close(), a crash, SIGKILL), the channel closes and the child exits with it.
process.on("disconnect", () => process.exit(0));

// 2. Start-up: Prism requires @faker-js/faker (every locale: some 1.2 s of its 2.2 s load on this
//    machine) but uses it only when it generates data. The module is handed over lazily: it loads
//    on first use, so in static mode it usually never does.
const Module = require("node:module");
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request !== "@faker-js/faker") return load.apply(this, arguments);
  let real;
  const get = () => (real ??= load.call(this, request, parent, isMain));
  return new Proxy(
    {},
    {
      get: (_target, key) => get()[key],
      has: (_target, key) => key in get(),
      ownKeys: () => Reflect.ownKeys(get()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Object.getOwnPropertyDescriptor(get(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
};
