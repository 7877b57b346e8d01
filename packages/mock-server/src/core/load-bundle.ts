// Reads the description the mock serves: the one @copilot-spaces/openapi ships, or a bundle given as
// `specPath` (`--spec`), which must be a bundle of the same description (JSON or YAML). Every refusal
// names the option, the file and what was wrong.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse as parseYaml } from "yaml";

export type Bundle = Record<string, unknown>;

const PACKAGED = "@copilot-spaces/openapi/openapi.json";

export function loadBundle(specPath: string | undefined, option = "specPath"): Bundle {
  const packaged = packagedBundle();
  if (specPath === undefined) return packaged;
  if (typeof specPath !== "string" || specPath.trim() === "")
    throw new TypeError(`${option}: expected the path of an OpenAPI bundle (JSON or YAML), got ${JSON.stringify(specPath)}`);
  let text: string;
  try {
    text = readFileSync(specPath, "utf8");
  } catch (cause) {
    throw new Error(`${option}: cannot read ${specPath}: ${(cause as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (cause as Error).message}`, {
      cause,
    });
  }
  let document: unknown;
  try {
    document = /\.ya?ml$/i.test(specPath) ? parseYaml(text) : JSON.parse(text);
  } catch (cause) {
    throw new Error(`${option}: ${specPath} is not valid ${/\.ya?ml$/i.test(specPath) ? "YAML" : "JSON"}: ${(cause as Error).message.split("\n")[0]}`, {
      cause,
    });
  }
  const bundle = document as Bundle;
  if (bundle === null || typeof bundle !== "object" || !/^3\./.test(String(bundle.openapi))) {
    throw new Error(`${option}: ${specPath} is not an OpenAPI 3 document (it has no "openapi": "3.x" field)`);
  }
  // The mock's rules (lists, errors, versions) are those of this description: another API is refused.
  const title = (bundle.info as { title?: unknown } | undefined)?.title;
  const expected = (packaged.info as { title: string }).title;
  if (title !== expected) {
    throw new Error(
      `${option}: ${specPath} is not a bundle of the Copilot Spaces description: its info.title is ${JSON.stringify(title ?? null)}, expected ${JSON.stringify(expected)}`,
    );
  }
  // Split files (`$ref: paths/….yaml`) are for editing; the mock reads one self-contained bundle.
  if (/"\$ref":"(?!#)/.test(JSON.stringify(bundle))) {
    throw new Error(`${option}: ${specPath} refers to other files: give the bundle (redocly bundle, or the openapi.json of @copilot-spaces/openapi)`);
  }
  return bundle;
}

function packagedBundle(): Bundle {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(PACKAGED);
  } catch (cause) {
    throw new Error(
      `The description is missing: ${PACKAGED} cannot be found. It comes with @copilot-spaces/openapi, a dependency of @copilot-spaces/mock-server: reinstall the mock.`,
      { cause },
    );
  }
  return JSON.parse(readFileSync(path, "utf8")) as Bundle;
}
