/**
 * The slice of OpenAPI 3.0 the diff reads. Specs arrive as untrusted JSON, so every field is
 * optional and read defensively.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: Json[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface MediaType {
  schema?: Schema;
}

export interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

export interface RequestBody {
  $ref?: string;
  required?: boolean;
  description?: string;
  content?: Record<string, MediaType>;
}

export interface Response {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: RequestBody;
  responses?: Record<string, Response>;
  "x-klaviyo-ratelimit"?: { burst?: string; steady?: string; daily?: string };
  "x-klaviyo-scopes"?: string[];
  "x-klaviyo-operation-aliases"?: string[];
  "x-klaviyo-pre-release"?: string;
  "x-klaviyo-filters"?: Record<string, FilterField>;
}

/** One field of x-klaviyo-filters: its operators by arity, and the value's schema. */
export interface FilterField {
  operators?: Record<string, string[]>;
  value?: Schema;
}

/** Loose enough that any parsed spec, including the generator's own model of one, fits. */
export interface OpenApiDocument {
  openapi?: string;
  info?: { version?: string };
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
}
