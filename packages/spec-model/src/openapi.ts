import { HTTP_METHODS, type HttpMethod } from "./http.js";

/**
 * The slice of OpenAPI 3.0 that the generator, the API diff and the mock read. Everything else is
 * carried through untouched (to openapi-typescript, to the mock's validator), so these types stay
 * loose on purpose. Klaviyo's x-klaviyo-* extensions are not declared here: only this package
 * reads them (see operations.ts), so nothing else can come to depend on their raw shape.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface OpenApiDocument {
  openapi: string;
  info: { title?: string; version: string; [key: string]: unknown };
  paths: Record<string, PathItem>;
  components?: { schemas?: Record<string, unknown>; [key: string]: unknown };
  tags?: { name: string; [key: string]: unknown }[];
  /** The default security requirement of every operation that declares none. */
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

export type LowerHttpMethod = Lowercase<HttpMethod>;

// Marked pure: core bundles this module, and programs that never read a spec should not keep it.
export const lowerHttpMethods: readonly LowerHttpMethod[] = /* @__PURE__ */ HTTP_METHODS.map(
  (method) => method.toLowerCase() as LowerHttpMethod,
);

export type PathItem = Partial<Record<LowerHttpMethod, OperationObject>> & {
  parameters?: ParameterObject[];
  [key: string]: unknown;
};

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: Json[];
  description?: string;
  default?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: "query" | "header" | "path" | "cookie";
  required?: boolean;
  explode?: boolean;
  description?: string;
  schema?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface MediaType {
  schema?: Schema;
  [key: string]: unknown;
}

export interface RequestBody {
  $ref?: string;
  required?: boolean;
  description?: string;
  content?: Record<string, MediaType>;
  [key: string]: unknown;
}

export interface Response {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaType>;
  [key: string]: unknown;
}

export interface OperationObject {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: RequestBody;
  responses: Record<string, Response>;
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

/** Every operation of a document with its path and method, in spec order. */
export function* eachOperation(
  document: OpenApiDocument,
): Generator<{ path: string; method: LowerHttpMethod; operation: OperationObject }> {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (item === null || typeof item !== "object") continue;
    for (const method of lowerHttpMethods) {
      const operation = item[method];
      if (operation !== null && typeof operation === "object") yield { path, method, operation };
    }
  }
}
