#!/usr/bin/env node
// copilot-spaces-mock: the bin. With no subcommand it serves the mock (serve-command.ts); each subcommand is
// a module of its own, whose flags are checked before the library (and Prism's engine) loads.
import { contract } from "./contract-command.js";
import { proxy } from "./proxy-command.js";
import { serve } from "./serve-command.js";

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case "proxy":
    proxy(rest);
    break;
  case "contract":
    contract(rest);
    break;
  default:
    serve(process.argv.slice(2));
}
