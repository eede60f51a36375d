import type { OpenApiDocument } from "../model/openapi.js";
import type { Quirk } from "./quirk.js";
import { dropCompanyId } from "./quirks/drop-company-id.js";
import { dropRevisionHeader } from "./quirks/drop-revision-header.js";
import { jsonApiMediaType } from "./quirks/json-api-media-type.js";
import { requiredFilterFields } from "./quirks/required-filter-fields.js";
import { responseResourceIds } from "./quirks/response-resource-ids.js";
import { steadyLimitPerDay } from "./quirks/steady-limit-per-day.js";

export const quirks: readonly Quirk[] = [
  dropRevisionHeader,
  dropCompanyId,
  jsonApiMediaType,
  steadyLimitPerDay,
  requiredFilterFields,
  responseResourceIds,
];

/** Fixes every known spec quirk in place; the document must be one the caller owns. */
export function normalise(document: OpenApiDocument): OpenApiDocument {
  for (const quirk of quirks) quirk(document);
  return document;
}
