// Which operation a method and path lead to: each path template of the description as a pattern whose
// parameters match one non-empty segment. Where two templates match, the one with more literal
// segments wins (`/a/new` before `/a/{id}`), as in Prism's router and GitHub's.

export interface Routable<T> {
  /** Any case: compared in lower case. */
  method: string;
  /** The path template: `/orgs/{org}/copilot-spaces`. */
  path: string;
  target: T;
}

interface Route<T> {
  method: string;
  pattern: RegExp;
  literals: number;
  target: T;
}

export function createRouter<T>(routables: Routable<T>[]): (method: string, path: string) => T | undefined {
  const routes: Route<T>[] = routables
    .map(({ method, path, target }) => {
      const segments = path.split("/");
      const pattern = segments.map((segment) => (/^\{[^}]+\}$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
      return { method: method.toLowerCase(), pattern: new RegExp(`^${pattern}$`), literals: segments.filter((s) => !s.startsWith("{")).length, target };
    })
    .sort((a, b) => b.literals - a.literals);
  return (method, path) => {
    const wanted = method.toLowerCase();
    return routes.find((route) => route.method === wanted && route.pattern.test(path))?.target;
  };
}
