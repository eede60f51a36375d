import type { Schema } from "./types.js";

/** A JSON Schema (draft-07) object, as ajv reads it. */
export type JsonSchema = Record<string, unknown>;

/** OpenAPI keywords that mean nothing to a validator; dropped so that ajv can run strict-free. */
const ANNOTATIONS = new Set(["example", "examples", "readOnly", "writeOnly", "deprecated", "xml"]);

/**
 * OpenAPI 3.0 schema -> JSON Schema, one object at a time; `$ref`s are handed to `ref`, which
 * returns the reference to use (the validator registers components lazily, as it meets them).
 *
 * - `nullable: true` becomes `type: [t, "null"]` (null added to an `enum`), or an `anyOf` with
 *   `{ type: "null" }` when there is no `type` (Klaviyo puts `nullable` beside `$ref`s and
 *   `allOf`s, where ajv's own `nullable` keyword cannot apply: it needs a `type` beside it).
 * - `oneOf` is checked as `anyOf`: some of Klaviyo's branches overlap (a string and a date-time
 *   string, objects without additionalProperties: false), and its server accepts a value matching
 *   either, where strict oneOf would refuse a valid request for matching two.
 */
export function toJsonSchema(schema: Schema, ref: (ref: string) => string): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-") || key === "nullable") continue;
    if (key === "$ref") out.$ref = ref(value as string);
    else if (key === "oneOf" || key === "anyOf" || key === "allOf") {
      const parts = (value as Schema[]).map((part) => toJsonSchema(part, ref));
      if (key === "allOf") out.allOf = parts;
      else out.anyOf = [...((out.anyOf as JsonSchema[] | undefined) ?? []), ...parts];
    } else if (key === "properties") {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Schema>).map(([name, property]) => [
          name,
          toJsonSchema(property, ref),
        ]),
      );
    } else if (key === "items" || (key === "additionalProperties" && typeof value === "object")) {
      out[key] = toJsonSchema(value as Schema, ref);
    } else out[key] = value;
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === "string" && out.$ref === undefined) {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: "null" }] };
}
