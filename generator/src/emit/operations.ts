import { StructureKind, type TypeAliasDeclarationStructure, type WriterFunction } from "ts-morph";
import { camelCase } from "../model/names.js";
import type { ParamFact } from "../model/operation-facts.js";
import type { OperationModel } from "../model/operations.js";
import { describeRateLimit, encodeFilterGrammar } from "@klaviyo-ts/spec-model";
import { filterGrammarType, grammarUsesDateTime } from "./filter-grammar.js";
import { grammarTypeName } from "./grammar-type-name.js";
import { buildSourceFile, Code, constStatement, literal } from "./source-file.js";

/**
 * operations/<module>.ts: one defineOperation const per operation, plus its deprecated aliases and,
 * for operations that filter, the filter grammar type that types its `filter` param.
 */
export function emitOperations(
  operations: readonly OperationModel[],
  module: string,
  revision: string,
  header: string,
): string {
  return buildSourceFile(header, (file) => {
    const dateTime = operations.some((op) => op.filters && grammarUsesDateTime(op.filters));
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: [
        ...(dateTime ? [{ name: "DateTimeValue", isTypeOnly: true }] : []),
        // Only modules with a client endpoint import it, so only programs calling one bundle it.
        ...(operations.some((op) => op.auth === "public") ? ["clientEndpointAuth"] : []),
        "defineOperation",
        // Only modules where it types an operation's `filter` import it (see paramsType).
        ...(operations.some((op) => op.filters && op.params.top.some(isFilterParam))
          ? [{ name: "FilterArgument", isTypeOnly: true }]
          : []),
        // Only modules with a form operation import it, so only programs calling one bundle it.
        ...(operations.some((op) => op.form) ? ["formBody"] : []),
        { name: "Operation", isTypeOnly: true },
      ],
    });
    file.addImportDeclaration({
      moduleSpecifier: `../types/${module}.js`,
      namedImports: ["operations"],
      isTypeOnly: true,
    });
    // One batched insertion: ts-morph re-parses the file on every manipulation.
    file.addStatements(operations.flatMap((op) => operationStatements(op, revision)));
  });
}

/** The declarations of one operation: its filter grammar type, its const and its aliases. */
function operationStatements(
  op: OperationModel,
  revision: string,
): (TypeAliasDeclarationStructure | WriterFunction)[] {
  const grammar = op.filters ? grammarTypeName(op.name) : undefined;
  const type = `Operation<operations[${JSON.stringify(op.id)}], ${grammar ?? "never"}, ${factsType(op, grammar)}>`;
  const grammarStatement: TypeAliasDeclarationStructure[] =
    grammar && op.filters
      ? [
          {
            kind: StructureKind.TypeAlias,
            isExported: true,
            name: grammar,
            docs: [
              `What \`${op.name}\` can filter on (x-klaviyo-filters): fields, operators, value types.`,
            ],
            type: filterGrammarType(op.filters),
          },
        ]
      : [];
  const metadata = literal(operationMetadata(op));
  return [
    ...grammarStatement,
    constStatement({
      isExported: true,
      name: op.name,
      type,
      docs: operationDoc(op, revision),
      initializer: (writer) => {
        writer.write("/* @__PURE__ */ defineOperation(");
        metadata(writer);
        writer.write(op.form ? ", formBody)" : ")");
      },
    }),
    ...op.aliases.map((alias) =>
      constStatement({
        isExported: true,
        name: camelCase(alias),
        // Not the operation's type spelt again: a consumer's type-check parses every alias.
        type: `typeof ${op.name}`,
        docs: `@deprecated Use \`${op.name}\` (\`${op.id}\`); \`${alias}\` is its former operationId.`,
        initializer: op.name,
      }),
    ),
  ];
}

/** Core's OperationFacts of the operation, as a type: `{ params: { id: ... }; required: "id"; ... }`. */
function factsType(op: OperationModel, grammar: string | undefined): string {
  const union = (names: readonly string[]) =>
    names.map((name) => JSON.stringify(name)).join(" | ") || "never";
  return `{ params: ${paramsType(op, grammar)}; required: ${union(op.requiredParams)}; paginated: ${op.paginated}; fields: ${union(op.fieldsets)}; additionalFields: ${union(op.additionalFieldsets)} }`;
}

/**
 * The params object beside the sparse fieldsets, as the plain object core's ParamsBesideFields
 * resolves to: each member's type read from openapi-typescript's operation type by an indexed
 * access, so the two cannot drift apart (and the revision package's type tests compare them).
 * Read from `Required<...>`: an optional member read by an indexed access is its type
 * `| undefined`, which under exactOptionalPropertyTypes is a wider param than the spec's.
 */
export function paramsType(op: OperationModel, grammar: string | undefined): string {
  const operation = `operations[${JSON.stringify(op.id)}]`;
  const member = (param: ParamFact) =>
    `${propertyKey(param.key)}${param.required ? "" : "?"}: ${
      isFilterParam(param)
        ? grammar
          ? `FilterArgument<${grammar}>`
          : "string"
        : `Required<NonNullable<${operation}["parameters"][${JSON.stringify(param.in)}]>>[${JSON.stringify(param.name)}]`
    }`;
  const group = (key: string, params: readonly ParamFact[]) =>
    params.length === 0
      ? []
      : [`${key}${params.some((p) => p.required) ? "" : "?"}: ${objectType(params.map(member))}`];
  const { body } = op.params;
  const bodyContent = body?.required
    ? `${operation}["requestBody"]["content"]`
    : `NonNullable<${operation}["requestBody"]>["content"]`;
  return objectType([
    ...op.params.top.map(member),
    ...group("page", op.params.page),
    ...group("headers", op.params.headers),
    ...(body
      ? [
          `body${body.required ? "" : "?"}: ${body.contentTypes
            .map((type) => `${bodyContent}[${JSON.stringify(type)}]`)
            .join(" | ")}`,
        ]
      : []),
  ]);
}

const isFilterParam = (param: ParamFact) => param.in === "query" && param.name === "filter";

const objectType = (members: readonly string[]) =>
  members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;

const propertyKey = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));

/**
 * An operation's JSDoc. It names the reference page in plain text and its aliases point to it with
 * backquotes, not `@see`/`{@link}`: tsc parses the JSDoc of a declaration file only where one of
 * those tags is, and parsing the operations' JSDoc was a tenth of the consumer type-check's time
 * spent on our declarations (editors parse every comment, so hovers show the same text).
 */
export function operationDoc(op: OperationModel, revision: string): string {
  const scopes = op.scopes.length > 0 ? op.scopes.map((s) => `\`${s}\``).join(", ") : "none";
  const lines = [
    escapeDoc(op.summary),
    "",
    `Scopes: ${scopes} · Rate limits: ${describeRateLimit(op.rateLimit)}`,
    `Reference: https://developers.klaviyo.com/en/v${revision}/reference/${op.id}`,
  ];
  if (op.beta)
    lines.splice(2, 0, "Beta: this operation is a pre-release and may change without notice.", "");
  return lines.join("\n");
}

/**
 * The OperationMeta core's defineOperation takes, as data (and core's auth of client endpoints).
 * Members at their default (private auth, not paginated, not beta) are left out: every program
 * that calls the operation bundles its metadata.
 */
export function operationMetadata(op: OperationModel): Record<string, unknown> {
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    ...(op.auth === "public" ? { auth: new Code("clientEndpointAuth") } : {}),
    rateLimit: op.rateLimit,
    scopes: op.scopes,
    ...(op.paginated ? { paginated: true } : {}),
    ...(op.beta ? { beta: true } : {}),
    ...(op.form ? { form: true } : {}),
    // Compact: the grammar is bundled with the operation, its decoder only with filter building.
    ...(op.filters ? { filters: encodeFilterGrammar(op.filters) } : {}),
  };
}

function escapeDoc(text: string): string {
  return text.replaceAll("*/", "*\\/");
}
