import { eachOperation, type OpenApiDocument } from "../../model/openapi.js";

/**
 * Filters Klaviyo rejects a request without, known only from prose: get_campaigns' description
 * says "A channel filter is required to list campaigns", while `x-klaviyo-filters` lists
 * messages.channel like any optional field. Marking the field `required` lets the typed filter
 * demand it at compile time and core check it before sending.
 */
export const REQUIRED_FILTER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  get_campaigns: ["messages.channel"],
};

export function requiredFilterFields(document: OpenApiDocument): void {
  for (const { operation } of eachOperation(document)) {
    const fields = REQUIRED_FILTER_FIELDS[operation.operationId ?? ""];
    const grammar = operation["x-klaviyo-filters"] as
      Record<string, Record<string, unknown>> | undefined;
    if (!fields || !grammar) continue;
    for (const field of fields) {
      if (grammar[field]) grammar[field] = { ...grammar[field], required: true };
    }
  }
}
