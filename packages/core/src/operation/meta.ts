import type { FilterGrammar } from "../filter/grammar.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Klaviyo's per-endpoint quota: requests per 1 s (burst), per 60 s (steady) and, for a few endpoints, per day. */
export interface RateLimit {
  burst: number;
  steady: number;
  daily?: number;
}

/** Everything the runtime needs to know about an operation; generated from the spec. */
export interface OperationMeta {
  /** spec operationId, snake_case, e.g. "get_profiles" */
  readonly id: string;
  readonly method: HttpMethod;
  /** path template exactly as in the spec, e.g. "/api/profiles/{id}" */
  readonly path: string;
  /** public = /client/* endpoints: company_id query param, never an Authorization header */
  readonly auth: "private" | "public";
  readonly rateLimit: RateLimit;
  readonly scopes: readonly string[];
  /** accepts page[cursor] and its response carries links.next */
  readonly paginated: boolean;
  readonly beta: boolean;
  /** from `x-klaviyo-filters`; the shape is the filter module's (src/filter/grammar.ts) */
  readonly filters?: FilterGrammar;
}

/** Compact table for the typed-fetch layer: key "GET /api/profiles/{id}" -> [operationId, burst, steady, daily?] */
export type OperationIndex = Readonly<
  Record<string, readonly [id: string, burst: number, steady: number, daily?: number]>
>;
