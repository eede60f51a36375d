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
 * index.ts of a generated client: the whole-API `paths` type for typed fetch, `createKlaviyo` and
 * `createKlaviyoWithTypedFetch` with the revision pinned, the typed `filter` builders, and every
 * operation module re-exported.
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
        `A Klaviyo client pinned to revision ${revision}, for operation functions, their pagination\n` +
          "and the tool catalogue: auth, rate-limit pacing, retries, timeouts, typed errors. It has no\n" +
          "typed fetch, so a bundle keeps only the operations a program calls; for `GET`/`POST`/...\n" +
          "use createKlaviyoWithTypedFetch.",
      ],
      parameters: [{ name: "options", type: "KlaviyoOptions" }],
      returnType: "KlaviyoClientBase",
      statements: "return createOperationsClient(options, { revision });",
    });
    file.addFunction({
      isExported: true,
      name: "createKlaviyoWithTypedFetch",
      docs: [
        `A Klaviyo client pinned to revision ${revision} with typed fetch: openapi-fetch's typed\n` +
          "methods (`GET`/`POST`/...) for every route, on the same runtime as createKlaviyo, and it works\n" +
          "with operation functions too. It carries the rate limits of the whole API (typed fetch paces\n" +
          "each route by them) and openapi-fetch's serialisers, which a bundle then keeps.",
      ],
      parameters: [{ name: "options", type: "KlaviyoOptions" }],
      returnType: "KlaviyoClient<paths>",
      statements: "return createClient<paths>(options, { revision, operations: operationIndex });",
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
