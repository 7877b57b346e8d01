// Checks an item of a snapshot (PUT /__mock/state, restore(), a state file) against the description's
// schema of a read item, so that a bad snapshot is refused when it is loaded, naming the place, rather
// than answered with 500s later. The schema is Prism's reading of the description (JSON Schema
// draft-07, as Prism validates with), with formats.
import { Ajv } from "ajv";
import addFormats from "ajv-formats";

/** Where in the item (a dotted path, "" for the item itself) and what is wrong; undefined when it is valid. */
export type ItemCheck = (item: unknown) => { where: string; message: string } | undefined;

export function itemCheck(schema: object): ItemCheck {
  // Not strict: the description's schemas carry OpenAPI's own keywords (example, discriminator).
  const ajv = new Ajv({ strict: false, allErrors: false });
  (addFormats as unknown as (ajv: Ajv) => void)(ajv);
  const validate = ajv.compile(schema);
  return (item) => {
    if (validate(item)) return undefined;
    const [first] = validate.errors ?? [];
    return { where: (first?.instancePath ?? "").replace(/^\//, "").replaceAll("/", "."), message: first?.message ?? "is not valid" };
  };
}
