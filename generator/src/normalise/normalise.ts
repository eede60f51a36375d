import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import type { Quirk } from "./quirk.js";
import { dropCompanyId } from "./quirks/drop-company-id.js";
import { dropRevisionHeader } from "./quirks/drop-revision-header.js";
import { jsonApiMediaType } from "./quirks/json-api-media-type.js";
import { responseResourceIds } from "./quirks/response-resource-ids.js";

/**
 * Quirks that rewrite the document for type emission (openapi-typescript reads it). Quirks of
 * Klaviyo's x-klaviyo-* extension data (rate limits, required filter fields) are applied where the
 * extensions are read, in @klaviyo-ts/spec-model, so the mock and the API diff see them too.
 */
export const quirks: readonly Quirk[] = [
  dropRevisionHeader,
  dropCompanyId,
  jsonApiMediaType,
  responseResourceIds,
];

/** Fixes every known spec quirk in place; the document must be one the caller owns. */
export function normalise(document: OpenApiDocument): OpenApiDocument {
  for (const quirk of quirks) quirk(document);
  return document;
}
