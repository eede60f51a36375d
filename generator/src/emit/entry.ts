import { VariableDeclarationKind } from "ts-morph";
import { camelCase } from "../model/names.js";
import { grammarTypeName } from "./grammar-type-name.js";
import { buildSourceFile, constStatement } from "./source-file.js";

/** An operation with a filter grammar: its export name and the module that declares its grammar. */
export interface FilteredOperation {
  name: string;
  module: string;
  /** Former operationIds, exported as deprecated aliases of the operation. */
  aliases?: readonly string[];
}

/**
 * index.ts of a generated client: the whole-API `paths` type for typed fetch, `createKlaviyo`
 * with the revision pinned, the typed `filter` builders, and every operation module re-exported.
 * Core's API is re-exported by the package entry (scaffold/package-files.ts), where bundlers keep
 * an external `export *` tree-shakable.
 */
export function emitEntry(
  modules: readonly string[],
  revision: string,
  header: string,
  filtered: readonly FilteredOperation[] = [],
): string {
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: [
        "createClient",
        "createOperationsClient",
        "filterBuilders",
        // Revisions without x-klaviyo-filters have no builders to type (noUnusedLocals).
        ...(filtered.length > 0 ? [{ name: "FilterBuilder", isTypeOnly: true }] : []),
        { name: "KlaviyoClient", isTypeOnly: true },
        { name: "KlaviyoClientBase", isTypeOnly: true },
        { name: "KlaviyoOptions", isTypeOnly: true },
      ],
    });
    file.addImportDeclaration({
      moduleSpecifier: "./operation-index.js",
      namedImports: ["operationIndex"],
    });
    for (const module of modules) {
      file.addImportDeclaration({
        moduleSpecifier: `./types/${module}.js`,
        namedImports: [{ name: "paths", alias: pathsAlias(module) }],
        isTypeOnly: true,
      });
    }
    for (const module of modules) {
      const grammars = filtered
        .filter((op) => op.module === module)
        .map((op) => grammarTypeName(op.name));
      if (grammars.length === 0) continue;
      file.addImportDeclaration({
        moduleSpecifier: `./operations/${module}.js`,
        namedImports: grammars,
        isTypeOnly: true,
      });
    }
    file.addTypeAlias({
      isExported: true,
      name: "paths",
      docs: ["Every route of the API, for openapi-fetch's typed `GET`/`POST`/`PATCH`/`DELETE`."],
      type: modules.map(pathsAlias).join(" & ") || "{}",
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
        `A Klaviyo client pinned to revision ${revision}: openapi-fetch's typed methods plus the runtime\n` +
          "(auth, rate-limit pacing, retries, typed errors). Pass it to any operation function.",
      ],
      parameters: [{ name: "options", type: "KlaviyoOptions" }],
      returnType: "KlaviyoClient<paths>",
      statements: "return createClient<paths>(options, { revision, operations: operationIndex });",
    });
    file.addFunction({
      isExported: true,
      name: "createKlaviyoForOperations",
      docs: [
        `A Klaviyo client pinned to revision ${revision} for operation functions only: the same runtime\n` +
          "as createKlaviyo without typed fetch (`GET`/`POST`/...), so a bundle keeps neither the\n" +
          "operation index of the whole API nor openapi-fetch's serialisers.",
      ],
      parameters: [{ name: "options", type: "KlaviyoOptions" }],
      returnType: "KlaviyoClientBase",
      statements: "return createOperationsClient(options, { revision });",
    });
    // An alias's builder is the operation's: `filter.getListProfiles` for `getListProfiles(...)`.
    const builders = filtered.flatMap((op) =>
      [op.name, ...(op.aliases ?? []).map(camelCase)].map(
        (name) => `${name}: FilterBuilder<${grammarTypeName(op.name)}>;`,
      ),
    );
    file.addStatements(
      constStatement({
        isExported: true,
        name: "filter",
        docs:
          "Typed filter builders, one per operation that filters: only its fields, operators and value\n" +
          'types compile. `getProfiles(klaviyo, { filter: filter.getProfiles.equals("email", "a@b.com") })`',
        initializer: (writer) => {
          writer.write("/* @__PURE__ */ filterBuilders<");
          if (builders.length === 0) writer.write("{}");
          else writer.inlineBlock(() => builders.forEach((line) => writer.writeLine(line)));
          writer.write(">()");
        },
      }),
    );
    file.addExportDeclaration({
      moduleSpecifier: "./operation-index.js",
      namedExports: ["operationIndex"],
    });
    for (const module of modules)
      file.addExportDeclaration({ moduleSpecifier: `./operations/${module}.js` });
  });
}

function pathsAlias(module: string): string {
  return `${camelCase(module)}Paths`;
}
