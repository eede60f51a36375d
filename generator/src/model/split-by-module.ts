import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import { pathModule } from "./path-module.js";

/**
 * The paths of each tag module, modules sorted by name. Each module gets its own route and
 * operation types and operation functions; a schema only one module reaches is declared with it,
 * the others in types/components.ts (emit/schema-owners.ts).
 */
export function splitByModule(document: OpenApiDocument): Map<string, string[]> {
  const pathsByModule = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    const module = pathModule(item);
    pathsByModule.set(module, [...(pathsByModule.get(module) ?? []), path]);
  }
  return new Map([...pathsByModule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
