import { resolverOf } from "../filter/filter.js";
import type { OperationMeta } from "./meta.js";

/**
 * Params with a built filter checked against the operation's grammar and turned into Klaviyo's
 * syntax, by the resolver the filter carries; raw strings and params without a filter pass
 * through untouched.
 */
export function resolveFilterParam(
  params: Readonly<Record<string, unknown>> | undefined,
  meta: OperationMeta,
): Readonly<Record<string, unknown>> | undefined {
  const resolve = resolverOf(params?.filter);
  if (!resolve) return params;
  return { ...params, filter: resolve(meta.filters, meta.id) };
}
