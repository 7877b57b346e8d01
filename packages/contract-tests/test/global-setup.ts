// Starts the real mock server once, on a free loopback port.
import { startMockServer } from "@copilot-spaces/mock-server";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMockServer({ port: 0 });
  project.provide("mockUrl", mock.url);
  return () => mock.close();
}
