import { VariableDeclarationKind } from "ts-morph";
import { camelCase } from "../model/names.js";
import { buildSourceFile } from "./source-file.js";

/**
 * index.ts of a generated client: the whole-API `paths` type for typed fetch, `createKlaviyo` and
 * `createKlaviyoWithTypedFetch` with the revision pinned, the typed `filter` builders (filters.ts,
 * as a namespace), and every operation module re-exported.
 * Core's API is re-exported by the package entry (scaffold/package-files.ts), where bundlers keep
 * an external `export *` tree-shakable.
 */
export function emitEntry(modules: readonly string[], revision: string, header: string): string {
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: [
        "createClient",
        "createOperationsClient",
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
    // A namespace rather than one object: a bundler drops the builders a program does not use.
    file.addExportDeclaration({ namespaceExport: "filter", moduleSpecifier: "./filters.js" });
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
