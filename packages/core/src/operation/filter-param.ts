import { FILTER, type FilterResolver } from "../filter/filter.js";
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
  // Any other filter, such as a raw string, has no resolver.
  const resolve = (params?.filter as { [FILTER]?: unknown } | null | undefined)?.[FILTER];
  if (typeof resolve !== "function") return params;
  return { ...params, filter: (resolve as FilterResolver)(meta.filters, meta.id) };
}
