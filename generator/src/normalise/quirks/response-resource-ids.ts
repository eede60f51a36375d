import { eachOperation, type OpenApiDocument } from "@klaviyo-ts/spec-model";

type Schema = Record<string, unknown>;

/**
 * JSON:API resource objects always carry `id` and `type` in a response, and so does every
 * relationship linkage (https://jsonapi.org/format/#document-resource-objects, which Klaviyo's
 * APIs follow: https://developers.klaviyo.com/en/v2023-08-15/docs/relationships_), but many of
 * Klaviyo's response schemas leave `id` optional and nullable, so `profile.id` types as
 * `string | null | undefined` and cannot be passed back as a path id. In the documents of 2xx
 * responses, the primary data's and included resources' `id`/`type` and their relationships'
 * linkage `id`/`type` become required, and `id` not nullable. A component schema that a request
 * body also reaches is left alone: request bodies keep the spec's typing (a created resource has
 * no id yet).
 */
export function responseResourceIds(document: OpenApiDocument): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const inRequests = reachableFromRequests(document, schemas);
  const resolve = (schema: unknown): Schema | undefined => {
    if (!isSchema(schema)) return undefined;
    const name = refName(schema);
    if (name === undefined) return schema;
    return inRequests.has(name) ? undefined : resolve(schemas[name]);
  };
  /** The object schemas a schema stands for: itself, or its allOf/oneOf/anyOf members. */
  const members = (schema: unknown): Schema[] => {
    const resolved = resolve(schema);
    if (!resolved) return [];
    const parts = ["allOf", "oneOf", "anyOf"].flatMap((key) =>
      Array.isArray(resolved[key]) ? (resolved[key] as unknown[]) : [],
    );
    return parts.length > 0 ? parts.flatMap(members) : [resolved];
  };
  /** A single resource or linkage, or each element of an array of them. */
  const each = (schema: unknown): Schema[] =>
    members(schema).flatMap((s) => (s.type === "array" ? members(s.items) : [s]));

  const fixResource = (resource: Schema): void => {
    requireIdentity(resource);
    for (const relationships of members(property(resource, "relationships"))) {
      const related = relationships.properties;
      if (!isSchema(related)) continue;
      for (const relationship of Object.values(related)) {
        for (const r of members(relationship)) each(property(r, "data")).forEach(requireIdentity);
      }
    }
  };

  for (const { operation } of eachOperation(document)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!status.startsWith("2")) continue;
      for (const media of Object.values(response.content ?? {})) {
        for (const body of members((media as Schema | undefined)?.schema)) {
          for (const key of ["data", "included"]) each(property(body, key)).forEach(fixResource);
        }
      }
    }
  }
}

/** Marks `id` and `type` required and `id` not nullable, where the schema declares them. */
function requireIdentity(schema: Schema): void {
  const properties = schema.properties;
  if (!isSchema(properties) || !("id" in properties) || !("type" in properties)) return;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  schema.required = [...required, ...["type", "id"].filter((key) => !required.includes(key))];
  const id = properties.id;
  if (isSchema(id) && id.nullable === true) {
    const nonNull = { ...id };
    delete nonNull.nullable;
    properties.id = nonNull;
  }
}

function property(schema: Schema, key: string): unknown {
  return isSchema(schema.properties) ? schema.properties[key] : undefined;
}

/** Names of the component schemas any request body refers to, directly or through others. */
function reachableFromRequests(
  document: OpenApiDocument,
  schemas: Record<string, Schema>,
): Set<string> {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isSchema(node)) return;
    const name = refName(node);
    if (name !== undefined) {
      if (seen.has(name)) return;
      seen.add(name);
      return visit(schemas[name]);
    }
    Object.values(node).forEach(visit);
  };
  for (const { operation } of eachOperation(document)) visit(operation.requestBody);
  return seen;
}

function refName(schema: Schema): string | undefined {
  const ref = schema.$ref;
  return typeof ref === "string" && ref.startsWith("#/components/schemas/")
    ? ref.slice("#/components/schemas/".length)
    : undefined;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
