// A JSON file a flag names (--rules, --tokens), read as a user saves it: a leading UTF-8 BOM (Windows
// editors write one) is skipped, and where the text is not JSON the reason is JSON.parse's with its line
// and column, but never the text V8 quotes in some messages (the file may hold tokens, or what a test sends).

/** The parsed value, or why the text is not JSON ("Expected double-quoted property name at line 3, column 18 (position 40)"). */
export function parseJsonText(text: string): { value: unknown } | { reason: string } {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const said = /^(.*?)(?: in JSON)? at position (\d+)/.exec(message);
    // "Unexpected token ']', ..."…"… is not valid JSON": the token kept, the quoted text dropped, the position found.
    const reason = said?.[1] ?? /^(Unexpected token '.*?'),/s.exec(message)?.[1] ?? (message.includes('"') ? "Unexpected token" : message);
    const at = said ? Number(said[2]) : message.startsWith("Unexpected end") ? body.length : failingAt(body);
    return { reason: `${reason} at ${lineAndColumn(body, at)}` };
  }
}

/**
 * Where a parse fails: the longest start of the text that is still the start of some JSON text (it parses,
 * or fails only at its end). A shorter start of such a start is one too, so a binary search finds it.
 */
function failingAt(text: string): number {
  const isStart = (length: number): boolean => {
    const part = text.slice(0, length);
    try {
      JSON.parse(part);
      return true;
    } catch (error) {
      const message = (error as Error).message;
      return message.startsWith("Unexpected end") || message.endsWith(`at position ${length}`);
    }
  };
  let [low, high] = [0, text.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (isStart(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1} (position ${position})`;
}
