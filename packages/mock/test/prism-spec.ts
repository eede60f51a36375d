import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Two ways Prism 5.16 reads Klaviyo's spec would make it skip checks the document asks for, and
 * so agree with anything. These translations put the same rules in a form Prism does check: they
 * change how a rule is written or a name is sent, never what a request may hold.
 */

/**
 * `nullable: true` without a `type` beside it (Klaviyo writes it beside `oneOf`s and `$ref`s):
 * @stoplight/http-spec turns `nullable` into `type: [t, "null"]` only where there is a `type`, so
 * the keyword reaches ajv, which refuses to compile it ("nullable" cannot be used without "type"),
 * and Prism's validateAgainstSchema (packages/http/src/validator/validators/utils.ts) treats a
 * schema that does not compile as no error at all: 27 of the spec's 109 request bodies, among
 * them create_profile and create_event, then accept any body. The same rule written as
 * `anyOf: [schema, { type: "null" }]` compiles. This is the reading the mock makes too
 * (src/schema/openapi-to-json-schema.ts), so on a null in such a field the two are not independent.
 */
function nullableAsAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableAsAnyOf);
  if (node === null || typeof node !== "object") return node;
  const out = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, nullableAsAnyOf(value)]),
  );
  if (out.nullable !== true || "type" in out) return out;
  const { nullable: _, description, ...schema } = out;
  return {
    ...(description === undefined ? {} : { description }),
    anyOf: [schema, { type: "null" }],
  };
}

/** Writes the spec at `specPath`, translated for Prism, into `dir`; returns the copy's path. */
export async function writePrismSpec(specPath: string, dir: string): Promise<string> {
  const spec: unknown = JSON.parse(await readFile(specPath, "utf8"));
  const path = join(dir, "stable-for-prism.json");
  await writeFile(path, JSON.stringify(nullableAsAnyOf(spec)));
  return path;
}

/**
 * The request path as Prism's CLI must receive it. When it prints an example URL per operation at
 * start-up, createQueryUriTemplate (packages/cli/src/util/paths.ts) renames every form-style
 * query parameter in place to `encodeURI(name)`: `page[size]` becomes `page%5Bsize%5D` in the
 * operations the server then validates against, so a request's `page[size]` matches no parameter
 * and is never checked (stoplightio/prism#2017). Sending each name in that renamed form, encoded
 * once more for the query string, lets Prism find and check it.
 */
export function prismPath(path: string): string {
  const [pathname = "", search] = path.split("?", 2);
  if (search === undefined) return pathname;
  const renamed = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) renamed.append(encodeURI(name), value);
  return `${pathname}?${renamed.toString()}`;
}
