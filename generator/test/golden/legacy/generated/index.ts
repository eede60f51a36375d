// generated from the Klaviyo OpenAPI spec 2023-01-01 @ f1x7e500 — do not edit
import { createClient, createOperationsClient, filterBuilders, type KlaviyoClient, type KlaviyoClientBase, type KlaviyoOptions } from "@klaviyo-ts/core";
import { operationIndex } from "./operation-index.js";
import type { paths as imagesPaths } from "./types/images.js";

/** Every route of the API, for openapi-fetch's typed `GET`/`POST`/`PATCH`/`DELETE`. */
export type paths = imagesPaths;

/** The Klaviyo API revision this client sends in its `revision` header. */
export const revision = "2023-01-01";

/**
 * A Klaviyo client pinned to revision 2023-01-01: openapi-fetch's typed methods plus the runtime
 * (auth, rate-limit pacing, retries, typed errors). Pass it to any operation function.
 */
export function createKlaviyo(options: KlaviyoOptions): KlaviyoClient<paths> {
  return createClient<paths>(options, { revision, operations: operationIndex });
}

/**
 * A Klaviyo client pinned to revision 2023-01-01 for operation functions only: the same runtime
 * as createKlaviyo without typed fetch (`GET`/`POST`/...), so a bundle keeps neither the
 * operation index of the whole API nor openapi-fetch's serialisers.
 */
export function createKlaviyoForOperations(options: KlaviyoOptions): KlaviyoClientBase {
  return createOperationsClient(options, { revision });
}
/**
 * Typed filter builders, one per operation that filters: only its fields, operators and value
 * types compile. `getProfiles(klaviyo, { filter: filter.getProfiles.equals("email", "a@b.com") })`
 */
export const filter = /* @__PURE__ */ filterBuilders<{}>();

export { operationIndex } from "./operation-index.js";
export * from "./operations/images.js";
