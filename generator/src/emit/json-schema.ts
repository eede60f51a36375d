/**
 * OpenAPI 3.0 schemas as JSON Schema draft 2020-12, for tool input schemas: `nullable` becomes a
 * `null` type, component `$ref`s point into `$defs`, and everything that is not a JSON Schema
 * keyword (`example`, `discriminator`, `x-*` extensions) is dropped, so strict validators such as
 * ajv compile the result.
 */

type Schema = Record<string, unknown>;

const COMPONENT_REF = "#/components/schemas/";

/** The JSON Schema keywords an OpenAPI 3.0 schema object shares with draft 2020-12. */
const KEYWORDS = new Set([
  "$ref",
  "type",
  "enum",
  "format",
  "title",
  "description",
  "default",
  "readOnly",
  "writeOnly",
  "deprecated",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "required",
]);
const SUBSCHEMA = new Set(["items", "not"]);
const SUBSCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf"]);

export function toJsonSchema(schema: Schema): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string") {
      out.$ref = value.startsWith(COMPONENT_REF)
        ? `#/$defs/${value.slice(COMPONENT_REF.length)}`
        : value;
    } else if (key === "exclusiveMinimum" || key === "exclusiveMaximum") {
      // OpenAPI 3.0's boolean form qualifies minimum/maximum; 2020-12 takes the bound itself.
      if (typeof value === "number") out[key] = value;
    } else if (KEYWORDS.has(key)) {
      out[key] = value;
    } else if (SUBSCHEMA.has(key) && isSchema(value)) {
      out[key] = toJsonSchema(value);
    } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.filter(isSchema).map(toJsonSchema);
    } else if (key === "properties" && isSchema(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).flatMap(([name, property]) =>
          isSchema(property) ? [[name, toJsonSchema(property)]] : [],
        ),
      );
    } else if (key === "additionalProperties") {
      out.additionalProperties = isSchema(value) ? toJsonSchema(value) : value;
    }
  }
  for (const bound of ["minimum", "maximum"] as const) {
    const exclusive = bound === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum";
    if (schema[exclusive] === true && typeof out[bound] === "number") {
      out[exclusive] = out[bound];
      delete out[bound];
    }
  }
  return schema.nullable === true ? nullable(out) : out;
}

function nullable(schema: Schema): Schema {
  if (typeof schema.type === "string") {
    const enumValues = Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {};
    return { ...schema, type: [schema.type, "null"], ...enumValues };
  }
  return { anyOf: [schema, { type: "null" }] };
}

/** The component schemas a schema refers to, directly or through other components, sorted. */
export function referencedComponents(
  roots: readonly unknown[],
  components: Readonly<Record<string, unknown>>,
): string[] {
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isSchema(value)) return;
    for (const [key, member] of Object.entries(value)) {
      if (key === "$ref" && typeof member === "string" && member.startsWith(COMPONENT_REF)) {
        const name = member.slice(COMPONENT_REF.length);
        if (seen.has(name)) continue;
        seen.add(name);
        visit(components[name]);
      } else {
        visit(member);
      }
    }
  };
  visit([...roots]);
  return [...seen].sort();
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
