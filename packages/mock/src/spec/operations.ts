import type { Schema } from "../schema/types.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RateLimit {
  /** Requests per 1 s window. */
  burst: number;
  /** Requests per 60 s window. */
  steady: number;
  /** Requests per day, for the few endpoints that have one. */
  daily?: number;
}

export interface SpecParameter {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema?: Schema;
  explode?: boolean;
  description?: string;
}

export interface FilterField {
  operators: { single?: readonly string[]; list?: readonly string[]; none?: readonly string[] };
  value?: Schema;
}

export type FilterGrammar = Readonly<Record<string, FilterField>>;

export interface SpecOperation {
  operationId: string;
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
  security?: unknown[];
  "x-klaviyo-ratelimit"?: { burst?: string; steady?: string; daily?: string };
  "x-klaviyo-filters"?: FilterGrammar;
}

/** One spec operation, indexed at startup; everything expensive about it is derived on first use. */
export interface Operation {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly auth: "private" | "public";
  readonly rateLimit: RateLimit;
  readonly paginated: boolean;
  readonly spec: SpecOperation;
}

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** "75/s" -> 75; the unit is implied by the window the value belongs to. */
function perWindow(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? "", 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function readOperations(paths: Record<string, Record<string, unknown>>): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const spec = item[method.toLowerCase()] as SpecOperation | undefined;
      if (!spec?.operationId) continue;
      const limit = spec["x-klaviyo-ratelimit"];
      const daily = limit?.daily ? perWindow(limit.daily, 0) : undefined;
      operations.push({
        id: spec.operationId,
        method,
        path,
        // An empty security list is how the spec marks the public /client endpoints.
        auth: Array.isArray(spec.security) && spec.security.length === 0 ? "public" : "private",
        rateLimit: {
          burst: perWindow(limit?.burst, 3),
          steady: perWindow(limit?.steady, 60),
          ...(daily ? { daily } : {}),
        },
        paginated: (spec.parameters ?? []).some((p) => p.name === "page[cursor]"),
        spec,
      });
    }
  }
  return operations;
}
