// generated from the Klaviyo OpenAPI spec 2023-01-01 @ f1x7e500 — do not edit
import { filterBuilders } from "@klaviyo-ts/core";
/**
 * Typed filter builders, one per operation that filters: only its fields, operators and value
 * types compile. `getProfiles(klaviyo, { filter: filter.getProfiles.equals("email", "a@b.com") })`
 */
export const filter = /* @__PURE__ */ filterBuilders<{}>();

export { createKlaviyo, revision } from "./operations-client.js";
export * from "./operations/images.js";
