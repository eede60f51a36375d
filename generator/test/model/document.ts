import type { OpenApiDocument, OperationObject } from "@klaviyo-ts/spec-model";

/** A minimal valid operation, overridable field by field. */
export function operation(
  overrides: Partial<OperationObject> & { operationId: string },
): OperationObject {
  return {
    summary: "Summary",
    tags: ["Profiles"],
    parameters: [],
    responses: { "200": { description: "OK" } },
    "x-klaviyo-ratelimit": { burst: "10/s", steady: "150/m" },
    "x-klaviyo-scopes": ["profiles:read"],
    "x-klaviyo-pre-release": "None",
    ...overrides,
  };
}

export function document(
  paths: OpenApiDocument["paths"],
  components: OpenApiDocument["components"] = {},
): OpenApiDocument {
  return { openapi: "3.0.2", info: { version: "2030-01-15" }, paths, components };
}
