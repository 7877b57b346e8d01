// JSON pointers and `$ref`s: the repository's only `$ref` resolver, and the one place a `$ref` to a
// place in the bundle is written (`schemaRef`). Pure TypeScript with no Node.js import, so that the
// mock's bundler can take it in.

export type Json = Record<string, unknown>;

/** A JSON pointer from its parts, escaping "~" and "/". */
export function pointer(...parts: (string | number)[]): string {
  return parts.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** A reference to the node at a JSON pointer of the same document: "/components/schemas/x" → { $ref: "#/components/schemas/x" }. */
export function schemaRef(pointer: string): { $ref: string } {
  return { $ref: `#${pointer}` };
}

/** The value at a JSON pointer, or at a local `$ref` ("#/components/…"). */
export function resolvePointer(document: unknown, ref: string): unknown {
  const path = ref.replace(/^#/, "");
  if (path === "") return document;
  return path
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => {
      if (node === null || typeof node !== "object" || !(part in node)) {
        throw new Error(`The bundle has nothing at ${ref}.`);
      }
      return (node as Record<string, unknown>)[part];
    }, document);
}

/** Follows `$ref`s until a node that is not a reference; returns the node and where it was found. */
export function deref<T = Json>(document: unknown, node: unknown, at: string): { node: T; at: string } {
  let current = node;
  let location = at;
  for (let hops = 0; isRef(current); hops++) {
    if (hops > 16) throw new Error(`$ref cycle at ${at}.`);
    location = current.$ref.replace(/^#/, "");
    current = resolvePointer(document, current.$ref);
  }
  return { node: current as T, at: location };
}

/** A schema with its `$ref`s followed; keywords beside a `$ref` (description, default, extensions) win. */
export function resolveSchema(document: unknown, schema: unknown): Json {
  const node = schema as Json | undefined;
  if (!node || typeof node.$ref !== "string") return node ?? {};
  const { $ref: ref, ...siblings } = node;
  return { ...resolveSchema(document, resolvePointer(document, ref as string)), ...siblings };
}

function isRef(node: unknown): node is { $ref: string } {
  return typeof node === "object" && node !== null && typeof (node as { $ref?: unknown }).$ref === "string";
}

/** An extension declared on a node or on the node it refers to (the referring one wins). */
export function extension(document: unknown, node: unknown, name: string): unknown {
  const own = (node as Json | undefined)?.[name];
  if (own !== undefined || !isRef(node)) return own;
  return extension(document, resolvePointer(document, node.$ref), name);
}

/** The names of a request body's or a response's named `examples` (a `$ref` is followed), every media type's in turn. */
export function exampleNames(bundle: unknown, holder: unknown): string[] {
  if (holder === undefined) return [];
  const content = (deref(bundle, holder, "").node.content ?? {}) as Record<string, Json>;
  return Object.values(content).flatMap((media) => Object.keys((media.examples as Json | undefined) ?? {}));
}

/** The example values of a request body or a response (a `$ref` is followed): `example` and named `examples`. */
export function exampleValues(bundle: unknown, holder: unknown): unknown[] {
  if (holder === undefined) return [];
  const content = (deref(bundle, holder, "").node.content ?? {}) as Record<string, Json>;
  return Object.values(content).flatMap((media) => [
    ...("example" in media ? [media.example] : []),
    ...Object.values((media.examples ?? {}) as Record<string, unknown>).map((example) => deref<{ value?: unknown }>(bundle, example, "").node.value),
  ]);
}
