#!/usr/bin/env node
// copilot-spaces-mock: the bin. With no subcommand it serves the mock (serve-command.ts); each subcommand is
// a module of its own, whose flags are checked before the library (and Prism's engine) loads.
import { serve } from "./serve-command.js";

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case "contract":
    import("./contract-command.js")
      .then(({ contract }) => contract(rest))
      .catch((error: Error) => {
        process.stderr.write(`copilot-spaces-mock contract: ${error.message}\n`);
        process.exitCode = 1;
      });
    break;
  default:
    serve(process.argv.slice(2));
}
