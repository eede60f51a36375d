// generated from the Klaviyo OpenAPI spec 2030-01-15 @ f1x7e500 — do not edit
import { filterBuilder, type FilterBuilder } from "@klaviyo-ts/core";
import type { GetWidgetsFilterGrammar } from "./operations/widgets.js";
/**
 * Filters for `getWidgets`: only its fields, operators and value types compile.
 * `getWidgets(klaviyo, { filter: filter.getWidgets.equals(...) })`
 */
export const getWidgets: FilterBuilder<GetWidgetsFilterGrammar> = /* @__PURE__ */ filterBuilder({
  created: {
    operators: {
      single: ["greater-than"],
    },
    value: {
      type: "string",
      format: "date-time",
    },
  },
  name: {
    operators: {
      single: ["equals"],
      list: ["any"],
    },
    value: {
      type: "string",
    },
  },
});
