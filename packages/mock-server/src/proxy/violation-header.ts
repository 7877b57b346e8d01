// The `x-copilot-spaces-violations` header: what the proxy found wrong with an answer, as a JSON array of
// `{ operationId, rule, location, message }`, on the answer itself. A header must fit what servers and browsers
// accept (Node's whole-header limit is 16 KB, nginx's default buffer 8 KB): the array is cut at a size well under
// those, and `x-copilot-spaces-violations-omitted` says how many were left out (the reports keep them all).
import type { ContractViolation } from "../conformance/violation.js";

export const VIOLATIONS_HEADER = "x-copilot-spaces-violations";
export const OMITTED_HEADER = "x-copilot-spaces-violations-omitted";
/** The header's value at most, in bytes. */
export const MAX_VIOLATIONS_HEADER_BYTES = 4096;

/** The headers to add to an answer (the violations only where there are some), and the expose list extended so that a browser may read them. */
export function violationHeaders(violations: ContractViolation[], exposed: string | undefined): Record<string, string> {
  const kept: string[] = [];
  let size = 2;
  for (const { operationId, rule, location, message } of violations) {
    // A header value is ASCII: JSON's own escapes carry anything else.
    const item = JSON.stringify({ operationId, rule, location, message }).replace(
      /[^\x20-\x7e]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    if (size + item.length + 1 > MAX_VIOLATIONS_HEADER_BYTES) break;
    kept.push(item);
    size += item.length + 1;
  }
  const omitted = violations.length - kept.length;
  const names = omitted > 0 ? `${VIOLATIONS_HEADER}, ${OMITTED_HEADER}` : VIOLATIONS_HEADER;
  return {
    ...(violations.length > 0 ? { [VIOLATIONS_HEADER]: `[${kept.join(",")}]` } : {}),
    ...(omitted > 0 ? { [OMITTED_HEADER]: String(omitted) } : {}),
    "access-control-expose-headers": exposed === undefined || exposed.trim() === "" ? names : `${exposed}, ${names}`,
  };
}
