import {
  readOperations as readSpecOperations,
  type FilterGrammar,
  type HttpMethod,
  type OpenApiDocument,
  type RateLimit,
} from "@klaviyo-ts/spec-model";
import type { Schema } from "../schema/types.js";

export type { FilterGrammar, HttpMethod, RateLimit };
// What Klaviyo rejects a filter without (get_campaigns' channel), from the spec model's quirks.
export { requiredFilterFields } from "@klaviyo-ts/spec-model";

export interface SpecParameter {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
  explode?: boolean;
  description?: string;
}

/** The raw OpenAPI operation as the mock's validator reads it (schemas in its own Schema type). */
export interface SpecOperation {
  operationId: string;
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}

/** One spec operation, indexed at startup; everything expensive about it is derived on first use. */
export interface Operation {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly auth: "private" | "public";
  readonly rateLimit: RateLimit;
  readonly paginated: boolean;
  /** x-klaviyo-filters as the spec model reads it, required fields marked; absent before 2026-04-15 */
  readonly filters?: FilterGrammar;
  readonly spec: SpecOperation;
}

/**
 * The operations of a spec, read by @klaviyo-ts/spec-model so the mock enforces exactly what the
 * generated clients were built from (auth, rate limits, pagination, filter grammar). A spec the
 * model cannot read fails the mock's start with a SpecError naming the operation.
 */
export function readOperations(document: OpenApiDocument): Operation[] {
  return readSpecOperations(document).map((op) => ({
    id: op.id,
    method: op.method,
    path: op.path,
    auth: op.auth,
    rateLimit: op.rateLimit,
    paginated: op.paginated,
    ...(op.filters && { filters: op.filters }),
    // The same JSON object, typed for the mock's own schema validator.
    spec: op.operation as unknown as SpecOperation,
  }));
}
