// spec:diff's rules for the schemas of a request and of a response, over the places two schemas share
// (walked by the model's `walkPair`). Alternatives (anyOf/oneOf) are read as one value that may be any
// of them: their properties together, and how many there are.
import { walkPair, type PairWalk, type SchemaShape } from "../model/bundle-model.ts";
import type { Say } from "./change.ts";

const added = <T>(before: T[], after: T[]) => after.filter((v) => !before.includes(v));
const removed = <T>(before: T[], after: T[]) => before.filter((v) => !after.includes(v));
const enumOf = (s: SchemaShape) => s.enum?.map(String);
const plural = (list: unknown[]) => (list.length > 1 ? "s" : "");

/** A field's place from its parent's: "request field name", "200 body .spaces", "request field a.b". */
export const field = (where: string, name: string) =>
  where === "request body" ? `request field ${name}` : where.endsWith(" body") ? `${where} .${name}` : `${where}.${name}`;

type Rules = Pick<PairWalk, "compare" | "onlyInB" | "onlyInA">;
const walkOf = (before: unknown, after: unknown, rules: Rules): PairWalk => ({
  before,
  after,
  maxDepth: 8,
  shapeOptions: { mergeAlternatives: true },
  property: field,
  ...rules,
});

/** A request schema: what callers send. Accepting less breaks them; accepting more does not. */
export function compareRequestSchema(before: unknown, after: unknown, a: unknown, b: unknown, id: string, where: string, say: Say): void {
  const rules: Rules = {
    compare(x, y, at) {
      // No type is any type.
      if (x.types.length === 0 && y.types.length > 0) say("breaking", id, at, `now limited to ${y.types.join("|")}`);
      else if (x.types.length > 0 && y.types.length === 0) say("non-breaking", id, at, "type no longer limited");
      else if (removed(x.types, y.types).length > 0) say("breaking", id, at, `type narrowed or changed from ${x.types.join("|")} to ${y.types.join("|")}`);
      else if (added(x.types, y.types).length > 0) say("non-breaking", id, at, `type widened to ${y.types.join("|")}`);
      if (x.format !== y.format && y.format !== undefined) say("breaking", id, at, `format ${x.format ?? "(none)"} → ${y.format}`);
      const [was, now] = [enumOf(x), enumOf(y)];
      if (was || now) {
        const gone = was ? removed(was, now ?? []) : [];
        if (!was && now) say("breaking", id, at, `now limited to ${now.join("|")}`);
        else if (now && gone.length > 0) say("breaking", id, at, `enum value${plural(gone)} ${gone.join(", ")} removed`);
        const more = was && now ? added(was, now) : [];
        if (more.length > 0) say("non-breaking", id, at, `enum value${plural(more)} ${more.join(", ")} added`);
      }
      for (const bound of ["minimum", "minLength"] as const) {
        if (y[bound] !== undefined && (x[bound] === undefined || y[bound]! > x[bound]!)) say("breaking", id, at, `${bound} tightened to ${y[bound]}`);
      }
      for (const bound of ["maximum", "maxLength"] as const) {
        if (y[bound] !== undefined && (x[bound] === undefined || y[bound]! < x[bound]!)) say("breaking", id, at, `${bound} tightened to ${y[bound]}`);
      }
      for (const name of added(x.required, y.required)) {
        say("breaking", id, field(at, name), name in x.properties ? "made required" : "added as required");
      }
    },
    onlyInB: (name, place, _at, y) => {
      if (!y.required.includes(name)) say("non-breaking", id, place, "added (optional)");
    },
    onlyInA: (_name, place) => say("breaking", id, place, "removed"),
  };
  walkPair(walkOf(before, after, rules), a, b, where);
}

/**
 * A response schema: what callers read. Taking something away breaks HTTP callers; making it optional,
 * nullable or wider breaks TypeScript users of the generated client (their code no longer compiles),
 * and HTTP callers too by GitHub's policy ("changing the type of a … response field"). An enum value
 * added is the one place the two verdicts part: the policy lists "adding enum values" as additive (not
 * limited to request fields), while an exhaustive `switch` over the generated union no longer compiles.
 */
export function compareResponseSchema(before: unknown, after: unknown, a: unknown, b: unknown, id: string, where: string, say: Say): void {
  const rules: Rules = {
    compare(x, y, at) {
      const widened = added(x.types, y.types);
      // No type is any type: losing it widens the value to anything.
      if (x.types.length > 0 && y.types.length === 0) say("breaking", id, at, "type no longer said (TypeScript users get unknown)");
      else if (x.types.length > 0 && removed(x.types, y.types).length > 0)
        say("breaking", id, at, `type changed from ${x.types.join("|")} to ${y.types.join("|")}`);
      else if (x.types.length > 0 && widened.includes("null")) say("breaking", id, at, "made nullable (TypeScript users must handle null)");
      else if (x.types.length > 0 && widened.length > 0) say("breaking", id, at, `type widened to ${y.types.join("|")} (TypeScript users must handle it)`);
      const [xv, yv] = [x.alternatives.length, y.alternatives.length];
      if (yv > xv && xv > 0) say("breaking", id, at, `alternative added (${xv} → ${yv}; TypeScript users must handle it)`);
      if (x.format !== y.format && x.format !== undefined) say("breaking", id, at, `format ${x.format} → ${y.format ?? "(none)"}`);
      const [was, now] = [enumOf(x), enumOf(y)];
      if (was && now) {
        const more = added(was, now);
        if (more.length > 0)
          say(
            { wire: "non-breaking", typescript: "breaking", why: "an added response enum value breaks an exhaustive switch over the field" },
            id,
            at,
            `enum value${plural(more)} ${more.join(", ")} added`,
          );
        // The policy's "removing enum values" names no direction; TypeScript users' `case` for a value
        // the union no longer holds stops compiling too (TS2678).
        const gone = removed(was, now);
        if (gone.length > 0) say("breaking", id, at, `enum value${plural(gone)} ${gone.join(", ")} removed (no longer sent)`);
      } else if (was && !now) say("breaking", id, at, "no longer limited to an enum (TypeScript users must handle any value)");
      for (const name of removed(x.required, y.required)) {
        if (name in y.properties) say("breaking", id, field(at, name), "made optional (TypeScript users must handle its absence)");
      }
    },
    onlyInB: (_name, place) => say("non-breaking", id, place, "added"),
    onlyInA: (_name, place) => say("breaking", id, place, "removed"),
  };
  walkPair(walkOf(before, after, rules), a, b, where);
}
