// `@copilot-spaces/mock-server/vitest`: importing it adds the matchers to vitest's `expect`, typed from
// the description. `import "@copilot-spaces/mock-server/vitest"` in a test file or a setup file.
import { expect } from "vitest";
import { matchers } from "./matchers.js";
import type { OperationId, RequestMatch } from "./types.js";

expect.extend(matchers);

export { matchers };
export type { DeepPartial, OperationId, ReceivesRequests, RequestMatch } from "./types.js";

declare module "vitest" {
  // The type parameter and its default (`any`) must be vitest's own for the interfaces to merge.
  interface Matchers<T = any> {
    /** The mock (anything with `requests()`) received a request of this operation that matches: the fields given must match (body in part, parameters as sent). */
    toHaveReceived<Op extends OperationId>(operationId: Op, match?: RequestMatch<Op>): void;
    /** The mock received exactly `times` matching requests of this operation. */
    toHaveReceivedTimes<Op extends OperationId>(operationId: Op, times: number, match?: RequestMatch<Op>): void;
  }
}
