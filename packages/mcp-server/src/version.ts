// The package's version, from package.json at build time (tsup's `define`), for the server's `serverInfo`.
declare const __PACKAGE_VERSION__: string;
export const VERSION: string = typeof __PACKAGE_VERSION__ === "string" ? __PACKAGE_VERSION__ : "0.0.0-dev";
