import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { UserError } from "../errors.js";
import { lowerHttpMethods, type OpenApiDocument, type PathItem } from "@klaviyo-ts/spec-model";

/**
 * openapi-typescript settings that make request bodies match what Klaviyo accepts:
 * - defaultNonNullable off: a field with a default is optional to send, so it must stay optional;
 * - emptyObjectsUnknown: free-form objects (event `properties`) take any JSON, not `never`;
 * - binary fields (the image upload's `file`) are Blobs: a form carries the file's bytes, which a
 *   string would mangle.
 */
const options = {
  defaultNonNullable: false,
  emptyObjectsUnknown: true,
  alphabetize: false,
  silent: true,
  transform: (schema: { format?: unknown }) =>
    schema.format === "binary" ? ts.factory.createTypeReferenceNode("Blob") : undefined,
} as const;

/** The file every module's types import the shared schemas from (types/components.ts). */
export const componentsModule = "components";

/**
 * types/<module>.ts for each module (its routes and operations) plus types/components.ts (every
 * schema, once), from one openapi-typescript run over the whole document. Schemas are not split:
 * every consumer loads the whole entry point anyway, and per-module copies of shared schemas made
 * the declarations a third bigger. One run instead of one per module also halves the stage, most
 * of which is openapi-typescript validating and bundling its input.
 */
export async function emitModuleTypes(
  document: OpenApiDocument,
  modules: ReadonlyMap<string, readonly string[]>,
  header: string,
): Promise<Map<string, string>> {
  if (modules.has(componentsModule)) {
    throw new UserError(`a tag module is named "${componentsModule}", the shared schema file`);
  }
  const nodes = await openapiTS(withoutOperationProse(document) as never, options);
  const declaration = (name: string) =>
    nodes.find(
      (node): node is ts.InterfaceDeclaration =>
        ts.isInterfaceDeclaration(node) && node.name.text === name,
    );
  const [paths, operations, components] = ["paths", "operations", "components"].map(declaration);
  const files = new Map<string, string>();
  files.set(componentsModule, `${header}\n${astToString(components ? [components] : [])}`);
  for (const [module, modulePaths] of modules) {
    const keptPaths = new Set(modulePaths);
    const keptOperations = operationIds(document, modulePaths);
    const declarations = [
      paths && withMembers(paths, (member) => keptPaths.has(memberName(member))),
      operations && withMembers(operations, (member) => keptOperations.has(memberName(member))),
    ].filter((node) => node !== undefined);
    files.set(
      module,
      `${header}\nimport type { components } from "./${componentsModule}.js";\n${astToString(declarations)}`,
    );
  }
  return files;
}

function operationIds(document: OpenApiDocument, paths: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    for (const method of lowerHttpMethods) {
      const id = document.paths[path]?.[method]?.operationId;
      if (id) ids.add(id);
    }
  }
  return ids;
}

function withMembers(
  node: ts.InterfaceDeclaration,
  keep: (member: ts.TypeElement) => boolean,
): ts.InterfaceDeclaration {
  return ts.factory.updateInterfaceDeclaration(
    node,
    node.modifiers,
    node.name,
    node.typeParameters,
    node.heritageClauses,
    node.members.filter(keep),
  );
}

function memberName(member: ts.TypeElement): string {
  const name = member.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))
    ? name.text
    : "";
}

/**
 * Drops operation and parameter descriptions, and the descriptions and examples of component
 * schemas. Every consumer parses and binds the declarations of the whole entry point, and this
 * prose is a third of them: without it the consumer type-check benchmark (three operations)
 * went from 0.61x to 0.57x of the official SDK's time, under issue 3's 0.6x goal. The operation
 * functions carry the summary, scopes, limits and reference link, where the field-level prose is.
 */
function withoutOperationProse(document: OpenApiDocument): OpenApiDocument {
  const paths: Record<string, PathItem> = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const slim: PathItem = { ...item };
    for (const method of lowerHttpMethods) {
      const operation = item[method];
      if (!operation) continue;
      const { description: _, ...rest } = operation;
      slim[method] = {
        ...rest,
        ...(operation.parameters
          ? { parameters: operation.parameters.map(({ description: __, ...p }) => p) }
          : {}),
      };
    }
    paths[path] = slim;
  }
  const schemas = document.components?.schemas;
  const components = schemas && {
    ...document.components,
    schemas: Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => [name, withoutSchemaProse(schema)]),
    ),
  };
  return { ...document, paths, ...(components && { components }) };
}

/** A schema without `description`, `example` and `examples`, at every depth; field names are kept. */
export function withoutSchemaProse(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutSchemaProse);
  if (typeof schema !== "object" || schema === null) return schema;
  const slim: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "description" || key === "example" || key === "examples") continue;
    if (key === "enum" || key === "default" || key.startsWith("x-")) slim[key] = value;
    else if (key === "properties" && typeof value === "object" && value !== null) {
      slim[key] = Object.fromEntries(
        Object.entries(value).map(([field, fieldSchema]) => [
          field,
          withoutSchemaProse(fieldSchema),
        ]),
      );
    } else slim[key] = withoutSchemaProse(value);
  }
  return slim;
}
