import { eachOperation, type OpenApiDocument } from "@klaviyo-ts/spec-model";

const jsonApi = "application/vnd.api+json";

/**
 * Specs before 2024-10-15 label their JSON:API documents `application/json`. The API has always
 * spoken JSON:API and the typed client looks bodies up under its media type, so one label is used
 * for every revision.
 */
export function jsonApiMediaType(document: OpenApiDocument): void {
  for (const { operation } of eachOperation(document)) {
    renameJson(operation.requestBody?.content);
    for (const response of Object.values(operation.responses)) renameJson(response.content);
  }
}

function renameJson(content: Record<string, unknown> | undefined): void {
  if (!content || !("application/json" in content) || jsonApi in content) return;
  content[jsonApi] = content["application/json"];
  delete content["application/json"];
}
