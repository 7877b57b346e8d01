// The browser build's description: the one @copilot-spaces/openapi ships, inside the bundle (there is
// no file to read). Another description (specPath) is refused by the browser entry.
import packaged from "@copilot-spaces/openapi/openapi.json" with { type: "json" };

export type Bundle = Record<string, unknown>;

export function loadBundle(): Bundle {
  // A copy each time, as the Node build parses the file each time: no mock can change another's.
  return structuredClone(packaged) as Bundle;
}
