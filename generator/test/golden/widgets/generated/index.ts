// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import { createClient, createOperationsClient, filterBuilders, type FilterBuilder, type KlaviyoClient, type KlaviyoClientBase, type KlaviyoOptions } from "@klaviyo-ts/core";
import { operationIndex } from "./operation-index.js";
import type { paths as clientPaths } from "./types/client.js";
import type { paths as widgetsPaths } from "./types/widgets.js";
import type { GetWidgetsFilterGrammar } from "./operations/widgets.js";

/** Every route of the API, for openapi-fetch's typed `GET`/`POST`/`PATCH`/`DELETE`. */
export type paths = clientPaths & widgetsPaths;

/** The Klaviyo API revision this client sends in its `revision` header. */
export const revision = "2030-01-15";

/**
 * A Klaviyo client pinned to revision 2030-01-15, for operation functions, their pagination
 * and the tool catalogue: auth, rate-limit pacing, retries, timeouts, typed errors. It has no
 * typed fetch, so a bundle keeps only the operations a program calls; for `GET`/`POST`/...
 * use createKlaviyoWithTypedFetch.
 */
export function createKlaviyo(options: KlaviyoOptions): KlaviyoClientBase {
  return createOperationsClient(options, { revision });
}

/**
 * A Klaviyo client pinned to revision 2030-01-15 with typed fetch: openapi-fetch's typed
 * methods (`GET`/`POST`/...) for every route, on the same runtime as createKlaviyo, and it works
 * with operation functions too. It carries the rate limits of the whole API (typed fetch paces
 * each route by them) and openapi-fetch's serialisers, which a bundle then keeps.
 */
export function createKlaviyoWithTypedFetch(options: KlaviyoOptions): KlaviyoClient<paths> {
  return createClient<paths>(options, { revision, operations: operationIndex });
}
/**
 * Typed filter builders, one per operation that filters: only its fields, operators and value
 * types compile. `getProfiles(klaviyo, { filter: filter.getProfiles.equals("email", "a@b.com") })`
 */
export const filter = /* @__PURE__ */ filterBuilders<{
  getWidgets: FilterBuilder<GetWidgetsFilterGrammar>;
}>();

export { operationIndex } from "./operation-index.js";
export * from "./operations/client.js";
export * from "./operations/widgets.js";
