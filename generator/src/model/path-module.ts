import { tagModuleName } from "./names.js";
import { lowerHttpMethods, type PathItem } from "@klaviyo-ts/spec-model";

const untagged = "Other";

/**
 * The module a path belongs to: the first tag of its first operation. Whole paths, not single
 * operations, are assigned so that the per-module `paths` types never share a key and their
 * intersection stays a plain union of routes.
 */
export function pathModule(item: PathItem): string {
  for (const method of lowerHttpMethods) {
    const tag = item[method]?.tags?.[0];
    if (tag) return tagModuleName(tag);
  }
  return tagModuleName(untagged);
}
