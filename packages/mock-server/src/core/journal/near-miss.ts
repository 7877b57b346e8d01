// The near miss of a request the mock could not serve as asked: the description's operation closest to
// it and what did not match. Computed only for a miss (a 404 of the router, a 415, an invalid request),
// never on the happy path, so that the journal costs a served request nothing here.
import type { ModelOperation } from "@copilot-spaces/tools/bundle-model";
import type { OperationFacts } from "../description.js";
import type { JournalProblem, NearMiss } from "./journal.js";

// Prism's router's words (@stoplight/prism-http 5.12, dist/router/errors.js), so that what the journal
// says reads as Prism would say it; the lines after them name the segment or the method.
export const NO_PATH_MATCHED = "Route not resolved, no path matched";
export const NO_METHOD_MATCHED = "Route resolved, but no method matched";

/** A raw segment that GitHub's router takes as an integer (as description.ts's INTEGER_SEGMENT). */
const INTEGER_SEGMENT = /^[1-9][0-9]{0,15}$/;
/** Literal segments are compared on this many characters at most: a fuzzer's long path stays cheap. */
const COMPARED = 64;

interface Candidate {
  operation: ModelOperation;
  /** What differs in the path, one line per segment (or the segment count). */
  differences: string[];
  /** How far the path is: 2 per differing literal or missing/extra segment, 1 per parameter whose value does not fit. */
  score: number;
  sameMethod: boolean;
  /** Edit distance summed over the differing literal segments: "copilot-space" is closer to "copilot-spaces" than "users" is. */
  distance: number;
}

/**
 * The operation closest to a method and path that the router sent nowhere: fewest differing segments,
 * then the same method, then the smallest edit distance, then the description's order.
 */
export function routeMiss(method: string, pathname: string, operations: Map<ModelOperation, OperationFacts>): NearMiss | undefined {
  // GitHub answers HEAD where it answers GET (as the engine routes it).
  const wanted = method === "HEAD" ? "get" : method.toLowerCase();
  const segments = pathname.split("/");
  let best: Candidate | undefined;
  for (const [operation, facts] of operations) {
    const candidate = compare(operation, facts, segments, wanted);
    if (!best || better(candidate, best)) best = candidate;
  }
  if (!best) return undefined;
  const { operation } = best;
  const mismatches = [best.score === 0 ? NO_METHOD_MATCHED : NO_PATH_MATCHED, ...best.differences];
  if (!best.sameMethod) {
    const methods = [...operations.keys()].filter((o) => o.path === operation.path).map((o) => o.method.toUpperCase());
    mismatches.push(`method ${method}: ${operation.path} takes ${methods.join(", ")}`);
  }
  return { operationId: operation.operationId, method: operation.method.toUpperCase(), path: operation.path, mismatches };
}

/** A request routed to an operation but refused before it (a 415 for its Accept header): that operation, and why. */
export function refusedMiss(operation: ModelOperation, why: string): NearMiss {
  return { operationId: operation.operationId, method: operation.method.toUpperCase(), path: operation.path, mismatches: [why] };
}

/** A request that failed validation: its operation, and the validator's findings with their locations. */
export function invalidMiss(operation: ModelOperation, problems: JournalProblem[]): NearMiss {
  return {
    operationId: operation.operationId,
    method: operation.method.toUpperCase(),
    path: operation.path,
    mismatches: problems.map((p) => (p.location === "" ? p.message : `${p.location}: ${p.message}`)),
  };
}

function compare(operation: ModelOperation, facts: OperationFacts, segments: string[], wanted: string): Candidate {
  const template = operation.path.split("/");
  const differences: string[] = [];
  let distance = 0;
  // A value that does not fit a parameter is a nearer miss than a wrong word: `/copilot-spaces/abc` is the get with a bad number, not the list with an extra segment.
  let score = 0;
  const common = Math.min(template.length, segments.length);
  for (let i = 1; i < common; i++) {
    const expected = template[i]!;
    const got = segments[i]!;
    const name = /^\{(.+)\}$/.exec(expected)?.[1];
    if (name === undefined) {
      if (got === expected) continue;
      differences.push(`segment ${i}: ${quote(got)} is not ${quote(expected)}`);
      score += 2;
      distance += editDistance(got.slice(0, COMPARED), expected.slice(0, COMPARED));
    } else if (got === "") {
      differences.push(`segment ${i}: empty, {${name}} needs a value`);
      score += 1;
    } else if (facts.integerSegments.includes(i) && !INTEGER_SEGMENT.test(got)) {
      differences.push(`segment ${i}: ${quote(got)} is not a positive integer, as {${name}} must be`);
      score += 1;
    }
  }
  const extra = Math.abs(template.length - segments.length);
  if (extra > 0) differences.push(`the path has ${segments.length - 1} segments, ${operation.path} has ${template.length - 1}`);
  return { operation, differences, score: score + 2 * extra, sameMethod: operation.method === wanted, distance };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score < b.score;
  if (a.sameMethod !== b.sameMethod) return a.sameMethod;
  // Equal on everything: the first in the description's order stays (the caller keeps `b`).
  return a.distance < b.distance;
}

/** A segment as the journal shows it: quoted, and cut short when long. */
function quote(segment: string): string {
  return JSON.stringify(segment.length > COMPARED ? `${segment.slice(0, COMPARED)}…` : segment);
}

/** Levenshtein's distance, in one row: the strings are at most COMPARED characters. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
