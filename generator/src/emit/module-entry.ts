import { VariableDeclarationKind } from "ts-morph";
import { addFilterBuilders, type FilteredOperation } from "./filter-builders.js";
import { buildSourceFile } from "./source-file.js";

/** operations-client.ts: the revision and createKlaviyo, shared by the root and the module entries. */
export const operationsClientModule = "operations-client";

/**
 * The package's own entries, which a module must not shadow: the root (index), typed fetch, the
 * tool catalogue and the beta operations.
 */
export const reservedEntryNames: ReadonlySet<string> = new Set([
  "index",
  "typed-fetch",
  "tools",
  "beta",
]);

export function emitOperationsClient(revision: string, header: string): string {
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: [
        "createOperationsClient",
        { name: "KlaviyoClientBase", isTypeOnly: true },
        { name: "KlaviyoOptions", isTypeOnly: true },
      ],
    });
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["The Klaviyo API revision this client sends in its `revision` header."],
      declarations: [{ name: "revision", initializer: JSON.stringify(revision) }],
    });
    file.addFunction({
      isExported: true,
      name: "createKlaviyo",
      docs: [
        `A Klaviyo client pinned to revision ${revision}, for operation functions, their pagination\n` +
          "and the tool catalogue: auth, rate-limit pacing, retries, timeouts, typed errors. It has no\n" +
          "typed fetch, so a bundle keeps only the operations a program calls; for `GET`/`POST`/...\n" +
          `use createKlaviyoWithTypedFetch, from this package's \`${revision.endsWith(".pre") ? "beta/" : ""}typed-fetch\` entry.`,
      ],
      parameters: [{ name: "options", type: "KlaviyoOptions" }],
      returnType: "KlaviyoClientBase",
      statements: "return createOperationsClient(options, revision);",
    });
  });
}

/**
 * entries/<module>.ts, the package entry `@klaviyo-ts/<revision>/<module>`: the module's operations
 * and their `filter` builders, createKlaviyo, the revision and core's API. TypeScript reads every
 * declaration an import reaches, so the root entry costs a consumer's type-check the whole API;
 * this one costs its module's operations and schemas and the shared schemas. Core is re-exported
 * here because this file is a bundler entry, where `export *` of an external module stays
 * tree-shakable.
 */
export function emitModuleEntry(
  module: string,
  filtered: readonly FilteredOperation[],
  header: string,
): string {
  return buildSourceFile(header, (file) => {
    const inModule = filtered.filter((op) => op.module === module);
    if (inModule.length > 0) {
      file.addImportDeclaration({
        moduleSpecifier: "@klaviyo-ts/core",
        namedImports: ["filterBuilders", { name: "FilterBuilder", isTypeOnly: true }],
      });
      addFilterBuilders(file, inModule, "../operations");
    }
    file.addExportDeclaration({ moduleSpecifier: "@klaviyo-ts/core" });
    file.addExportDeclaration({
      moduleSpecifier: `../${operationsClientModule}.js`,
      namedExports: ["createKlaviyo", "revision"],
    });
    file.addExportDeclaration({ moduleSpecifier: `../operations/${module}.js` });
  });
}
