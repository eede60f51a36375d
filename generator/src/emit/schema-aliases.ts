import ts from "typescript";
import { UserError } from "../errors.js";

/** Names the emitted type files use besides the schemas: a schema of that name would shadow them. */
const RESERVED = new Set(["components", "operations", "paths", "Record", "Blob"]);

/**
 * openapi-typescript's `components` split in two: every schema as a top-level type alias
 * (`export type ListEnum = "list"`) and the interface without `schemas`. Its references,
 * `components["schemas"]["ListEnum"]`, are seven tokens where a name is one, and there are 3,400 of
 * them in 2026-04-15's main-entry declarations, a fifth of the tokens a consumer's type-check
 * parses; hovers and errors then show the schema's name too.
 */
export function schemaAliases(components: ts.InterfaceDeclaration): {
  aliases: ts.TypeAliasDeclaration[];
  rest: ts.InterfaceDeclaration;
} {
  const aliases: ts.TypeAliasDeclaration[] = [];
  const members: ts.TypeElement[] = [];
  for (const member of components.members) {
    const schemas =
      ts.isPropertySignature(member) && memberText(member.name) === "schemas" && member.type
        ? member.type
        : undefined;
    if (!schemas || !ts.isTypeLiteralNode(schemas)) {
      members.push(member);
      continue;
    }
    for (const schema of schemas.members) {
      if (!ts.isPropertySignature(schema) || !schema.type) continue;
      const name = memberText(schema.name);
      if (!/^[A-Za-z_$][\w$]*$/.test(name) || RESERVED.has(name)) {
        throw new UserError(`schema "${name}" cannot be a type name in the generated files`);
      }
      const alias = ts.factory.createTypeAliasDeclaration(
        [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
        name,
        undefined,
        schema.type,
      );
      aliases.push(ts.setSyntheticLeadingComments(alias, ts.getSyntheticLeadingComments(schema)));
    }
  }
  const rest = ts.factory.updateInterfaceDeclaration(
    components,
    components.modifiers,
    components.name,
    components.typeParameters,
    components.heritageClauses,
    members,
  );
  return { aliases, rest };
}

/** The nodes with every `components["schemas"]["X"]` replaced by `X`; the names used go in `used`. */
export function referSchemasByName<T extends ts.Node>(nodes: readonly T[], used: Set<string>): T[] {
  const result = ts.transform(
    [...nodes],
    [
      (context) => {
        const visit = (node: ts.Node): ts.Node => {
          const name = schemaReference(node);
          if (name !== undefined) {
            used.add(name);
            return ts.factory.createTypeReferenceNode(name);
          }
          return ts.visitEachChild(node, visit, context);
        };
        return (root) => visit(root) as T;
      },
    ],
  );
  return result.transformed;
}

/** `X` when the node is `components["schemas"]["X"]`. */
function schemaReference(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType)) {
    return undefined;
  }
  const { objectType, indexType } = node.objectType;
  const isSchemas =
    ts.isTypeReferenceNode(objectType) &&
    ts.isIdentifier(objectType.typeName) &&
    objectType.typeName.text === "components" &&
    literalText(indexType) === "schemas";
  return isSchemas ? literalText(node.indexType) : undefined;
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)
    ? node.literal.text
    : undefined;
}

function memberText(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)
    ? name.text
    : "";
}
