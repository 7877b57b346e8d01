// The built package, as `import` and `require` load it: both formats start the mock and answer.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");

// Each script asks both doors for the same Space and prints the two statuses.
const body = `
  const mock = await createMock();
  const server = await startMockServer({ port: 0 });
  const headers = { authorization: "Bearer t" };
  const viaFetch = await mock.fetch("http://mock.test/users/octocat/copilot-spaces/5", { headers });
  const viaHttp = await fetch(server.url + "/users/octocat/copilot-spaces/5", { headers });
  console.log(viaFetch.status, viaHttp.status);
  await Promise.all([mock.close(), server.close()]);`;

describe("the built package", () => {
  it("works from ESM (import)", async () => {
    const script = `import { createMock, startMockServer } from "@copilot-spaces/mock-server";${body}`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir });
    expect(stdout.trim()).toBe("200 200");
  });

  it("works from CommonJS (require)", async () => {
    const script = `const { createMock, startMockServer } = require("@copilot-spaces/mock-server"); (async () => {${body}})();`;
    const { stdout } = await run(process.execPath, ["-e", script], { cwd: packageDir });
    expect(stdout.trim()).toBe("200 200");
  });
});
