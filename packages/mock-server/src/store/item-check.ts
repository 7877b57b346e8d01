// Checks an item of a snapshot (PUT /__mock/state, restore(), a state file) against the description's
// schema of a read item, so that a bad snapshot is refused when it is loaded, naming the place, rather
// than answered with 500s later. The schema is Prism's reading of the description (JSON Schema
// draft-07, as Prism validates with), with formats.
import { Ajv, type ErrorObject } from "ajv";
import addFormats from "ajv-formats";

/** Where in the item (a dotted path, "" for the item itself) and what is wrong; undefined when it is valid. */
export type ItemCheck = (item: unknown) => { where: string; message: string } | undefined;

export function itemCheck(schema: object): ItemCheck {
  // Not strict: the description's schemas carry OpenAPI's own keywords (example, discriminator).
  // All errors: of a value that no branch of an anyOf accepts (a collaborator is a user or a team), the
  // branch with the fewest problems is the one meant, and its first problem is the one to name.
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  const validate = ajv.compile(schema);
  return (item) => {
    if (validate(item)) return undefined;
    const first = closest(validate.errors ?? []);
    return { where: (first?.instancePath ?? "").replace(/^\//, "").replaceAll("/", "."), message: first?.message ?? "is not valid" };
  };
}

/** The first problem of the anyOf/oneOf branch with the fewest (of all problems, when there is no such branch). */
function closest(errors: ErrorObject[]): ErrorObject | undefined {
  const own = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf");
  const branches = new Map<string, ErrorObject[]>();
  for (const error of own) {
    const branch = /^#(?:\/[^/]+)*?\/(?:anyOf|oneOf)\/\d+/.exec(error.schemaPath)?.[0] ?? "";
    branches.set(branch, [...(branches.get(branch) ?? []), error]);
  }
  return [...branches.values()].sort((a, b) => a.length - b.length)[0]?.[0] ?? errors[0];
}
