import type { OperationModel } from "../model/operations.js";
import { camelCase } from "../model/names.js";
import { runtimeFilterGrammar } from "./filter-grammar.js";
import { grammarTypeName } from "./grammar-type-name.js";
import { buildSourceFile, constStatement, literal } from "./source-file.js";

/**
 * filters.ts of a generated client, re-exported by the entry as the `filter` namespace: one typed
 * builder per operation that filters, holding its grammar for the run-time check. One export per
 * builder, so a bundler keeps only the builders, and grammars, a program uses.
 */
export function emitFilters(operations: readonly OperationModel[], header: string): string {
  const filtered = operations.filter((op) => op.filters !== undefined);
  return buildSourceFile(header, (file) => {
    if (filtered.length === 0) {
      // Still a module, for the entry's `export * as filter`.
      file.addStatements("export {};");
      return;
    }
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: ["filterBuilder", { name: "FilterBuilder", isTypeOnly: true }],
    });
    for (const module of [...new Set(filtered.map((op) => op.module))].sort()) {
      file.addImportDeclaration({
        moduleSpecifier: `./operations/${module}.js`,
        namedImports: filtered
          .filter((op) => op.module === module)
          .map((op) => grammarTypeName(op.name)),
        isTypeOnly: true,
      });
    }
    file.addStatements(
      filtered.flatMap((op) => {
        const type = `FilterBuilder<${grammarTypeName(op.name)}>`;
        const grammar = literal(runtimeFilterGrammar(op.filters!));
        return [
          constStatement({
            isExported: true,
            name: op.name,
            type,
            docs:
              `Filters for \`${op.name}\`: only its fields, operators and value types compile.\n` +
              `\`${op.name}(klaviyo, { filter: filter.${op.name}.equals(...) })\``,
            initializer: (writer) => {
              writer.write("/* @__PURE__ */ filterBuilder(");
              grammar(writer);
              writer.write(")");
            },
          }),
          // An alias's builder is the operation's: `filter.getListProfiles` for `getListProfiles(...)`.
          ...op.aliases.map((alias) =>
            constStatement({
              isExported: true,
              name: camelCase(alias),
              type,
              docs: `@deprecated Use {@link ${op.name}}; \`${alias}\` is its former operationId.`,
              initializer: op.name,
            }),
          ),
        ];
      }),
    );
  });
}
