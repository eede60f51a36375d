import { type OpenApiDocument, readOperations, type SpecOperation } from "@klaviyo-ts/spec-model";

/**
 * Every operation of a spec by operationId, as the spec model reads it: the diff compares the
 * extensions (aliases, scopes, rate limits, filters) exactly as the generator emits them.
 */
export function indexOperations(spec: OpenApiDocument): Map<string, SpecOperation> {
  return new Map(readOperations(spec).map((operation) => [operation.id, operation]));
}
