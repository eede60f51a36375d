/**
 * The slice of OpenAPI 3.0 the generator reads. Everything else is carried through untouched to
 * openapi-typescript, so these types stay loose on purpose.
 */
export interface OpenApiDocument {
  openapi: string;
  info: { title?: string; version: string; [key: string]: unknown };
  paths: Record<string, PathItem>;
  components?: { schemas?: Record<string, unknown>; [key: string]: unknown };
  tags?: { name: string; [key: string]: unknown }[];
  [key: string]: unknown;
}

export const httpMethods = ["get", "post", "put", "patch", "delete"] as const;
export type LowerHttpMethod = (typeof httpMethods)[number];

export type PathItem = Partial<Record<LowerHttpMethod, OperationObject>> & {
  parameters?: ParameterObject[];
  [key: string]: unknown;
};

export interface ParameterObject {
  name: string;
  in: "query" | "header" | "path" | "cookie";
  required?: boolean;
  explode?: boolean;
  schema?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface OperationObject {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, unknown>; [key: string]: unknown };
  responses: Record<string, { content?: Record<string, unknown>; [key: string]: unknown }>;
  "x-klaviyo-ratelimit"?: Record<string, string>;
  "x-klaviyo-scopes"?: string[];
  "x-klaviyo-filters"?: Record<string, unknown>;
  "x-klaviyo-operation-aliases"?: string[];
  "x-klaviyo-pre-release"?: string;
  [key: string]: unknown;
}

/** Every operation of a document with its path and method, in spec order. */
export function* eachOperation(
  document: OpenApiDocument,
): Generator<{ path: string; method: LowerHttpMethod; operation: OperationObject }> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of httpMethods) {
      const operation = item[method];
      if (operation) yield { path, method, operation };
    }
  }
}
