// Which operation a method and path lead to: each path template of the description as a pattern whose
// parameters match one non-empty segment. Where two templates match, the one with more literal
// segments wins (`/a/new` before `/a/{id}`), as in Prism's router and GitHub's.
import type { Operation } from "./prism-engine.js";

interface Route {
  method: string;
  pattern: RegExp;
  literals: number;
  operation: Operation;
}

export function createRouter(operations: Operation[]): (method: string, path: string) => Operation | undefined {
  const routes: Route[] = operations
    .map((operation) => {
      const segments = operation.path.split("/");
      const pattern = segments.map((segment) => (/^\{[^}]+\}$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
      return {
        method: operation.method.toLowerCase(),
        pattern: new RegExp(`^${pattern}$`),
        literals: segments.filter((s) => !s.startsWith("{")).length,
        operation,
      };
    })
    .sort((a, b) => b.literals - a.literals);
  return (method, path) => routes.find((route) => route.method === method && route.pattern.test(path))?.operation;
}
