import type { ClientEndpointAuth } from "../auth/client-endpoint.js";
import type { FilterGrammarCode } from "../filter/grammar.js";

// One definition for the generator, the mock and core: @klaviyo-ts/spec-model, bundled into
// core's build (tsup noExternal), so the published core depends on nothing unpublished.
import type { HttpMethod, RateLimit } from "@klaviyo-ts/spec-model";

export type { HttpMethod, RateLimit } from "@klaviyo-ts/spec-model";
export { METHOD_CODES } from "@klaviyo-ts/spec-model";

/**
 * Everything the runtime needs to know about an operation; generated from the spec. Members with a
 * default (private auth, not paginated, not beta) are left out of the generated metadata, which
 * every program that calls the operation bundles.
 */
export interface OperationMeta {
  /** spec operationId, snake_case, e.g. "get_profiles" */
  readonly id: string;
  readonly method: HttpMethod;
  /** path template exactly as in the spec, e.g. "/api/profiles/{id}" */
  readonly path: string;
  /**
   * for /client/* endpoints `clientEndpointAuth`: the public key as the company_id query parameter,
   * never an Authorization header; absent for private endpoints (an API key or OAuth token)
   */
  readonly auth?: ClientEndpointAuth | undefined;
  readonly rateLimit: RateLimit;
  readonly scopes: readonly string[];
  /** accepts page[cursor] and its response carries links.next; absent when not */
  readonly paginated?: boolean | undefined;
  /** a pre-release operation; absent when not */
  readonly beta?: boolean | undefined;
  /**
   * the request body is sent as multipart/form-data (image upload) rather than JSON:API, by the
   * `formBody` the generated operation is defined with
   */
  readonly form?: true;
  /** from `x-klaviyo-filters`, in its compact code; `filterGrammarOf(meta)` decodes it */
  readonly filters?: FilterGrammarCode;
}

/** A rate limit as a row of the operation index: [burst, steady, daily?]. */
export type RateLimitRow = readonly [burst: number, steady: number, daily?: number];

/**
 * The typed-fetch layer's rate limits for every operation. Every bundle that creates a client
 * carries it, so it is compact: `limits` holds the distinct rows, and `routes` maps each path
 * template to its methods, two characters each: the method's code (see METHOD_CODES) and the
 * base-36 position of its row in `limits`. `{ "/api/profiles/{id}": "G0A1" }` reads: GET paced
 * by limits[0], PATCH by limits[1].
 */
export interface OperationIndex {
  readonly limits: readonly RateLimitRow[];
  readonly routes: Readonly<Record<string, string>>;
}
