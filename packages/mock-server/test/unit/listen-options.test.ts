// The one reading of a port, for the `port` option and the CLI's --port (text, digits only).
import { describe, expect, it } from "vitest";
import { portOf } from "../../src/doors/listen-options.js";

describe("portOf", () => {
  it.each([
    [0, {}, 0],
    [4010, {}, 4010],
    [65535, {}, 65535],
    ["4010", { text: true }, 4010],
    ["0004010", { text: true }, 4010],
  ])("%j (%j) is port %i", (value, options, port) => {
    expect(portOf(value, "port", options)).toBe(port);
  });

  it.each([
    [70_000, {}, "port: expected a whole number from 0 to 65535, got 70000"],
    [1.5, {}, "port: expected a whole number from 0 to 65535, got 1.5"],
    [-1, {}, "port: expected a whole number from 0 to 65535, got -1"],
    ["4010", {}, 'port: expected a whole number from 0 to 65535, got "4010"'],
    ["99999", { text: true }, 'port: expected a whole number from 0 to 65535, got "99999"'],
    ["abc", { text: true }, 'port: expected a whole number from 0 to 65535, got "abc"'],
    [" 80", { text: true }, 'port: expected a whole number from 0 to 65535, got " 80"'],
  ])("%j (%j) is refused: %s", (value, options, message) => {
    expect(() => portOf(value, "port", options)).toThrow(message);
  });
});
