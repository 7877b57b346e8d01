// Where the HTTP door listens, and the one reading of a port (the CLI's --port and the `port` option).

// Prism's port, so that a Prism user finds the mock there.
export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = "127.0.0.1";

/** A port: a whole number from 0 (a free one) to 65535; from the CLI (`text`), its digits. */
export function portOf(value: unknown, name: string, { text = false } = {}): number {
  const port = text && typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof port !== "number" || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`${name}: expected a whole number from 0 to 65535, got ${typeof value === "string" ? JSON.stringify(value) : String(value)}`);
  }
  return port;
}

/** An address to listen on; an empty one would listen on every interface: that must be asked for by name (0.0.0.0, ::). */
export function hostOf(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "")
    throw new RangeError(`${name}: expected an address such as 127.0.0.1 (0.0.0.0 for every interface), got ${JSON.stringify(value)}`);
  return value;
}
