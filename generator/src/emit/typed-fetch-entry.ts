import { camelCase } from "../model/names.js";
import { buildSourceFile } from "./source-file.js";

/**
 * typed-fetch.ts of a generated client, the package's `typed-fetch` entry: the whole-API `paths`
 * type (paths/<module>.ts, routes with their error responses) and `createKlaviyoWithTypedFetch`
 * with the revision pinned. It is apart from index.ts so that only a program using typed fetch
 * type-checks these declarations and openapi-fetch's, and only its bundle keeps the operation index.
 * It imports nothing from index.ts: a CommonJS build of this entry would copy every operation.
 */
export function emitTypedFetchEntry(
  modules: readonly string[],
  revision: string,
  header: string,
): string {
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: ["KlaviyoOptions"],
      isTypeOnly: true,
    });
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core/typed-fetch",
      namedImports: ["createClient", { name: "KlaviyoClient", isTypeOnly: true }],
    });
    file.addImportDeclaration({
      moduleSpecifier: "./operation-index.js",
      namedImports: ["operationIndex"],
    });
    for (const module of modules) {
      file.addImportDeclaration({
        moduleSpecifier: `./paths/${module}.js`,
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
      statements: `return createClient<paths>(options, { revision: ${JSON.stringify(revision)}, operations: operationIndex });`,
    });
    file.addExportDeclaration({
      moduleSpecifier: "./operation-index.js",
      namedExports: ["operationIndex"],
    });
  });
}

function pathsAlias(module: string): string {
  return `${camelCase(module)}Paths`;
}
