import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { UserError } from "../errors.js";
import { referSchemasByName, schemaAliases } from "./schema-aliases.js";
import { schemaOwners } from "./schema-owners.js";
import { withSharedFieldLists } from "./shared-field-lists.js";
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
 * The type files of one client, keyed by path: types/components.ts (the schemas several modules
 * share), types/<module>.ts (the schemas only this module reaches, schema-owners.ts, and the
 * module's operations, as operation functions read them) and paths/<module>.ts (its routes with
 * their error responses, for typed fetch only), from one openapi-typescript run over the whole
 * document. Each schema is declared once, so the root entry is no bigger, and a module entry
 * (module-entry.ts) reaches only its module's schemas and the shared ones. One run instead of one
 * per module also halves the stage, most of which is openapi-typescript validating and bundling
 * its input.
 */
export async function emitModuleTypes(
  document: OpenApiDocument,
  modules: ReadonlyMap<string, readonly string[]>,
  header: string,
): Promise<Map<string, string>> {
  if (modules.has(componentsModule)) {
    throw new UserError(`a tag module is named "${componentsModule}", the shared schema file`);
  }
  const slim = withSharedFieldLists(withoutOperationProse(document));
  const nodes = await openapiTS(slim as never, options);
  const declaration = (name: string) =>
    nodes.find(
      (node): node is ts.InterfaceDeclaration =>
        ts.isInterfaceDeclaration(node) && node.name.text === name,
    );
  const [paths, operations, components] = ["paths", "operations", "components"].map(declaration);
  const errors = new Map<string, ts.TypeElement[]>();
  const split = components ? schemaAliases(components) : { aliases: [], rest: undefined };
  const declarations = [...modules].map(([module, modulePaths]) => {
    const moduleOperations = declarationWith(
      operations,
      operationIds(document, modulePaths),
      (op) => operationForFunctions(op, errors),
    );
    // After the operations, which record the error responses the routes carry.
    const routes = declarationWith(paths, new Set(modulePaths), (route) =>
      routeWithErrors(route, errors),
    );
    return { module, operations: moduleOperations, routes };
  });
  const owners = schemaOwners(
    new Map(split.aliases.map((alias) => [alias.name.text, namesUsedBy([alias])])),
    new Map(
      declarations.map((d) => [
        d.module,
        namesUsedBy([d.operations, d.routes].filter((node) => node !== undefined)),
      ]),
    ),
    namesUsedBy(split.rest ? [split.rest] : []),
  );
  const owned = (module: string | undefined) =>
    split.aliases.filter((alias) => owners.get(alias.name.text) === module);
  const files = new Map<string, string>();
  const sharedNodes = [...owned(undefined), ...(split.rest ? [split.rest] : [])];
  files.set(
    `types/${componentsModule}.ts`,
    `${header}\n${astToString(referSchemasByName(sharedNodes, new Set()))}`,
  );
  for (const { module, operations: moduleOperations, routes } of declarations) {
    const own = owned(module);
    const ownNames = new Set(own.map((alias) => alias.name.text));
    files.set(
      `types/${module}.ts`,
      `${header}\n${typeFileText([...own, moduleOperations], ownNames, "./")}`,
    );
    files.set(
      `paths/${module}.ts`,
      `${header}\n${typeFileText([routes], ownNames, "../types/", `../types/${module}.js`)}`,
    );
  }
  return files;
}

/**
 * Declarations printed with schemas referred to by name, after the imports of what they use: the
 * shared schemas from types/components.ts (`folder` is where that file is from the printed one) and
 * the module's own schemas (`own`), declared in the file itself or, with `ownFile`, imported from
 * there with its `operations`.
 */
function typeFileText(
  nodes: readonly (ts.Node | undefined)[],
  own: ReadonlySet<string>,
  folder: string,
  ownFile?: string,
): string {
  const present = nodes.filter((node) => node !== undefined);
  const used = new Set<string>();
  const text = astToString(referSchemasByName(present, used));
  const names = [...used].sort();
  const shared = [
    ...(text.includes("components[") ? [componentsModule] : []),
    ...names.filter((name) => !own.has(name)),
  ];
  const imports = [
    ...(shared.length > 0
      ? [`import type { ${shared.join(", ")} } from "${folder}${componentsModule}.js";\n`]
      : []),
    ...(ownFile
      ? [
          `import type { ${["operations", ...names.filter((name) => own.has(name))].join(", ")} } from "${ownFile}";\n`,
        ]
      : []),
  ];
  return `${imports.join("")}${text}`;
}

/** The schema names the nodes refer to (`components["schemas"]["X"]`). */
function namesUsedBy(nodes: readonly ts.Node[]): Set<string> {
  const used = new Set<string>();
  referSchemasByName(nodes, used);
  return used;
}

/**
 * openapi-typescript's operation as operation functions read it (core's operation/params.ts):
 * without the members it declares `never` (absent parameter kinds, a missing body), without its
 * responses' catch-all `headers` and without its error responses, which it records in `errors` for
 * typed fetch. Operation functions throw typed errors instead, and this boilerplate was a quarter
 * of the operation declarations every consumer's type-check parses.
 */
function operationForFunctions(
  member: ts.TypeElement,
  errors: Map<string, ts.TypeElement[]>,
): ts.TypeElement {
  const operation = typeLiteralOf(member);
  if (!operation || !ts.isPropertySignature(member)) return member;
  const members: ts.TypeElement[] = [];
  for (const part of operation.members) {
    const name = memberName(part);
    const literal = typeLiteralOf(part);
    if (isNever(part)) continue;
    if (name === "parameters" && literal) {
      members.push(withType(part, withoutNever(literal)));
    } else if (name === "responses" && literal) {
      const [success, failure] = partition(literal.members, (r) => /^2/.test(memberName(r)));
      if (failure.length > 0) errors.set(memberName(member), failure);
      members.push(
        withType(part, ts.factory.createTypeLiteralNode(success.map(withoutAnyHeaders))),
      );
    } else members.push(part);
  }
  return withType(member, ts.factory.createTypeLiteralNode(members));
}

/** A route whose methods carry their error responses again, which openapi-fetch's `error` reads. */
function routeWithErrors(
  member: ts.TypeElement,
  errors: ReadonlyMap<string, ts.TypeElement[]>,
): ts.TypeElement {
  const route = typeLiteralOf(member);
  if (!route) return member;
  const methods = route.members.map((method) => {
    const type = ts.isPropertySignature(method) ? method.type : undefined;
    const id =
      type && ts.isIndexedAccessTypeNode(type) && ts.isLiteralTypeNode(type.indexType)
        ? (type.indexType.literal as ts.StringLiteral).text
        : undefined;
    const failure = id === undefined ? undefined : errors.get(id);
    if (!type || !failure) return method;
    const responses = ts.factory.createPropertySignature(
      undefined,
      "responses",
      undefined,
      ts.factory.createTypeLiteralNode(failure),
    );
    return withType(
      method,
      ts.factory.createIntersectionTypeNode([type, ts.factory.createTypeLiteralNode([responses])]),
    );
  });
  return withType(member, ts.factory.createTypeLiteralNode(methods));
}

function withoutNever(literal: ts.TypeLiteralNode): ts.TypeLiteralNode {
  return ts.factory.createTypeLiteralNode(literal.members.filter((member) => !isNever(member)));
}

/** A response without `headers: { [name: string]: unknown }`, which tells nothing. */
function withoutAnyHeaders(response: ts.TypeElement): ts.TypeElement {
  const literal = typeLiteralOf(response);
  if (!literal) return response;
  const kept = literal.members.filter((member) => {
    const headers = memberName(member) === "headers" ? typeLiteralOf(member) : undefined;
    return !headers || headers.members.some((header) => !ts.isIndexSignatureDeclaration(header));
  });
  return withType(response, ts.factory.createTypeLiteralNode(kept));
}

function isNever(member: ts.TypeElement): boolean {
  return ts.isPropertySignature(member) && member.type?.kind === ts.SyntaxKind.NeverKeyword;
}

function typeLiteralOf(member: ts.TypeElement): ts.TypeLiteralNode | undefined {
  return ts.isPropertySignature(member) && member.type && ts.isTypeLiteralNode(member.type)
    ? member.type
    : undefined;
}

function withType(member: ts.TypeElement, type: ts.TypeNode): ts.TypeElement {
  if (!ts.isPropertySignature(member)) return member;
  // update* keeps the member's leading comments (openapi-typescript's summaries).
  return ts.factory.updatePropertySignature(
    member,
    member.modifiers,
    member.name,
    member.questionToken,
    type,
  );
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
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

/** The interface with only the members named in `kept`, each rewritten. */
function declarationWith(
  node: ts.InterfaceDeclaration | undefined,
  kept: ReadonlySet<string>,
  rewrite: (member: ts.TypeElement) => ts.TypeElement,
): ts.InterfaceDeclaration | undefined {
  if (!node) return undefined;
  const members = node.members.filter((member) => kept.has(memberName(member))).map(rewrite);
  return ts.factory.updateInterfaceDeclaration(
    node,
    node.modifiers,
    node.name,
    node.typeParameters,
    node.heritageClauses,
    members,
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
