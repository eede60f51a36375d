import { isFilter } from "../filter/filter.js";
import { resolveFilter } from "../filter/resolve.js";
import type { OperationMeta } from "./meta.js";

/**
 * Params with a built filter checked against the operation's grammar and turned into Klaviyo's
 * syntax; raw strings and params without a filter pass through untouched.
 */
export function resolveFilterParam(
  params: Readonly<Record<string, unknown>> | undefined,
  meta: OperationMeta,
): Readonly<Record<string, unknown>> | undefined {
  const filter = params?.filter;
  if (!isFilter(filter)) return params;
  return { ...params, filter: resolveFilter(filter, meta.filters, meta.id) };
}
