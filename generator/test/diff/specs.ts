import type { OpenApiDocument } from "../../src/diff/index.js";

type Json = Record<string, unknown>;

/** A minimal Klaviyo-shaped operation; `overrides` replaces or adds any field. */
export function operation(id: string, overrides: Json = {}): Json {
  return {
    operationId: id,
    summary: "An operation",
    description: "See https://developers.klaviyo.com/en/v2025-10-15/reference/api-overview",
    parameters: [
      {
        name: "revision",
        in: "header",
        required: true,
        schema: { type: "string", default: "2025-10-15", enum: ["2025-10-15"] },
      },
    ],
    responses: {
      "200": {
        description: "Success",
        content: { "application/vnd.api+json": { schema: { $ref: "#/components/schemas/Doc" } } },
      },
    },
    "x-klaviyo-ratelimit": { burst: "75/s", steady: "700/m" },
    "x-klaviyo-scopes": ["profiles:read"],
    "x-klaviyo-pre-release": "None",
    ...overrides,
  };
}

/** A spec with the given paths ({ "/api/x": { get: operation(...) } }) and component schemas. */
export function spec(
  paths: Record<string, Record<string, Json>>,
  schemas: Record<string, unknown> = { Doc: { type: "object" } },
  version = "2025-10-15",
): OpenApiDocument {
  return {
    openapi: "3.0.2",
    info: { version },
    paths,
    components: { schemas: schemas as Record<string, unknown> },
  } as OpenApiDocument;
}
