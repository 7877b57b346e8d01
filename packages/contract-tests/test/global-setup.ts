// Starts the real mock server twice, on free loopback ports: stateless (the description's examples)
// and stateful (a store behind the description).
import { startMockServer } from "@copilot-spaces/mock-server";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
    statefulMockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const [stateless, stateful] = await Promise.all([startMockServer({ port: 0 }), startMockServer({ port: 0, stateful: true })]);
  project.provide("mockUrl", stateless.url);
  project.provide("statefulMockUrl", stateful.url);
  return () => Promise.all([stateless.close(), stateful.close()]).then(() => undefined);
}
