// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import { filterBuilders, type FilterBuilder } from "@klaviyo-ts/core";
import type { GetWidgetsFilterGrammar } from "../operations/widgets.js";
/**
 * Typed filter builders, one per operation that filters: only its fields, operators and value
 * types compile. `getProfiles(klaviyo, { filter: filter.getProfiles.equals("email", "a@b.com") })`
 */
export const filter = /* @__PURE__ */ filterBuilders<{
  getWidgets: FilterBuilder<GetWidgetsFilterGrammar>;
}>();

export * from "@klaviyo-ts/core";
export { createKlaviyo, revision } from "../operations-client.js";
export * from "../operations/widgets.js";
