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
 * index.ts of a generated client: `createKlaviyo` with the revision pinned, the typed `filter`
 * builders, and every operation module re-exported. Typed fetch is not here but in its own entry
 * (typed-fetch-entry.ts), so that a program calling operation functions never type-checks the
 * routes, their error responses or openapi-fetch's types.
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
        "createOperationsClient",
        "filterBuilders",
        // Revisions without x-klaviyo-filters have no builders to type (noUnusedLocals).
        ...(filtered.length > 0 ? [{ name: "FilterBuilder", isTypeOnly: true }] : []),
        { name: "KlaviyoClientBase", isTypeOnly: true },
        { name: "KlaviyoOptions", isTypeOnly: true },
      ],
    });
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
    for (const module of modules)
      file.addExportDeclaration({ moduleSpecifier: `./operations/${module}.js` });
  });
}
