// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import type { KlaviyoOptions } from "@klaviyo-ts/core";
import { createClient, type KlaviyoClient } from "@klaviyo-ts/core/typed-fetch";
import { operationIndex } from "./operation-index.js";
import type { paths as clientPaths } from "./paths/client.js";
import type { paths as widgetsPaths } from "./paths/widgets.js";

/** Every route of the API, for openapi-fetch's typed `GET`/`POST`/`PATCH`/`DELETE`. */
export type paths = clientPaths & widgetsPaths;

/**
 * A Klaviyo client pinned to revision 2030-01-15 with typed fetch: openapi-fetch's typed
 * methods (`GET`/`POST`/...) for every route, on the same runtime as createKlaviyo, and it works
 * with operation functions too. It carries the rate limits of the whole API (typed fetch paces
 * each route by them) and openapi-fetch's serialisers, which a bundle then keeps.
 */
export function createKlaviyoWithTypedFetch(options: KlaviyoOptions): KlaviyoClient<paths> {
  return createClient<paths>(options, { revision: "2030-01-15", operations: operationIndex });
}

export { operationIndex } from "./operation-index.js";
