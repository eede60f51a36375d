import type { SourceFile } from "ts-morph";
import { camelCase } from "../model/names.js";
import { grammarTypeName } from "./grammar-type-name.js";
import { constStatement } from "./source-file.js";

/** An operation with a filter grammar: its export name and the module that declares its grammar. */
export interface FilteredOperation {
  name: string;
  module: string;
  /** Former operationIds, exported as deprecated aliases of the operation. */
  aliases?: readonly string[];
}

/**
 * Imports the grammar types of `filtered` from their operation modules (`operationsDir` relative
 * to the file) and adds the exported `filter` const: one typed builder per operation and alias.
 * The caller imports `filterBuilders` and, when `filtered` is not empty, `FilterBuilder`.
 */
export function addFilterBuilders(
  file: SourceFile,
  filtered: readonly FilteredOperation[],
  operationsDir: string,
): void {
  for (const module of new Set(filtered.map((op) => op.module))) {
    file.addImportDeclaration({
      moduleSpecifier: `${operationsDir}/${module}.js`,
      namedImports: filtered
        .filter((op) => op.module === module)
        .map((op) => grammarTypeName(op.name)),
      isTypeOnly: true,
    });
  }
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
}
