import { addFilterBuilders, type FilteredOperation } from "./filter-builders.js";
import { operationsClientModule } from "./module-entry.js";
import { buildSourceFile } from "./source-file.js";

/**
 * index.ts of a generated client: `createKlaviyo` with the revision pinned and `revision`
 * (both from operations-client.ts, shared with the module entries), the typed `filter` builders, and every
 * operation module re-exported. Typed fetch is not here but in its own entry
 * (typed-fetch-entry.ts), so that a program calling operation functions never type-checks the
 * routes, their error responses or openapi-fetch's types.
 * Core's API is re-exported by the package entry (scaffold/package-files.ts), where bundlers keep
 * an external `export *` tree-shakable.
 */
export function emitEntry(
  modules: readonly string[],
  header: string,
  filtered: readonly FilteredOperation[] = [],
): string {
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: [
        "filterBuilders",
        // Revisions without x-klaviyo-filters have no builders to type (noUnusedLocals).
        ...(filtered.length > 0 ? [{ name: "FilterBuilder", isTypeOnly: true }] : []),
      ],
    });
    addFilterBuilders(file, filtered, "./operations");
    file.addExportDeclaration({
      moduleSpecifier: `./${operationsClientModule}.js`,
      namedExports: ["createKlaviyo", "revision"],
    });
    for (const module of modules)
      file.addExportDeclaration({ moduleSpecifier: `./operations/${module}.js` });
  });
}
