import { tagModuleName } from "./names.js";
import { httpMethods, type PathItem } from "./openapi.js";

const untagged = "Other";

/**
 * The module a path belongs to: the first tag of its first operation. Whole paths, not single
 * operations, are assigned so that the per-module `paths` types never share a key and their
 * intersection stays a plain union of routes.
 */
export function pathModule(item: PathItem): string {
  for (const method of httpMethods) {
    const tag = item[method]?.tags?.[0];
    if (tag) return tagModuleName(tag);
  }
  return tagModuleName(untagged);
}
