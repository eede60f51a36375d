import { camelCase } from "../model/names.js";
import type { OperationModel } from "../model/operations.js";
import { describeRateLimit } from "@klaviyo-ts/spec-model";
import { filterGrammarType, grammarUsesDateTime, runtimeFilterGrammar } from "./filter-grammar.js";
import { grammarTypeName } from "./grammar-type-name.js";
import { printLiteral } from "./literal.js";
import { buildSourceFile } from "./source-file.js";

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
        "defineOperation",
        { name: "Operation", isTypeOnly: true },
      ],
    });
    file.addImportDeclaration({
      moduleSpecifier: `../types/${module}.js`,
      namedImports: ["operations"],
      isTypeOnly: true,
    });
    // One batched insertion: ts-morph re-parses the file on every manipulation.
    file.addStatements(operations.flatMap((op) => operationStatements(op, revision)).join("\n"));
  });
}

/**
 * The statements of one operation as text: ts-morph re-indents multi-line initializers given as
 * structures, and the metadata literal is already laid out.
 */
function operationStatements(op: OperationModel, revision: string): string[] {
  const grammar = op.filters ? grammarTypeName(op.name) : undefined;
  const type = `Operation<operations[${JSON.stringify(op.id)}]${grammar ? `, ${grammar}` : ""}>`;
  const statement = (name: string, doc: string, initializer: string) =>
    `${jsDoc(doc)}\nexport const ${name}: ${type} = ${initializer};`;
  const grammarStatement =
    grammar && op.filters
      ? [
          `${jsDoc(`What \`${op.name}\` can filter on (x-klaviyo-filters): fields, operators, value types.`)}\n` +
            `export type ${grammar} = ${filterGrammarType(op.filters)};`,
        ]
      : [];
  return [
    ...grammarStatement,
    statement(
      op.name,
      operationDoc(op, revision),
      `/* @__PURE__ */ defineOperation(${metadataLiteral(op)})`,
    ),
    ...op.aliases.map((alias) =>
      statement(
        camelCase(alias),
        `@deprecated Use {@link ${op.name}} (\`${op.id}\`); \`${alias}\` is its former operationId.`,
        op.name,
      ),
    ),
  ];
}

function jsDoc(text: string): string {
  const lines = text.split("\n");
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return ["/**", ...lines.map((line) => (line ? ` * ${line}` : " *")), " */"].join("\n");
}

export function operationDoc(op: OperationModel, revision: string): string {
  const scopes = op.scopes.length > 0 ? op.scopes.map((s) => `\`${s}\``).join(", ") : "none";
  const lines = [
    escapeDoc(op.summary),
    "",
    `Scopes: ${scopes} · Rate limits: ${describeRateLimit(op.rateLimit)}`,
    `@see https://developers.klaviyo.com/en/v${revision}/reference/${op.id}`,
  ];
  if (op.beta)
    lines.splice(2, 0, "Beta: this operation is a pre-release and may change without notice.", "");
  return lines.join("\n");
}

/** The OperationMeta object literal core's defineOperation takes. */
export function metadataLiteral(op: OperationModel): string {
  return printLiteral(metadata(op));
}

function metadata(op: OperationModel): Record<string, unknown> {
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    auth: op.auth,
    rateLimit: op.rateLimit,
    scopes: op.scopes,
    paginated: op.paginated,
    beta: op.beta,
    ...(op.form ? { form: true } : {}),
    ...(op.filters ? { filters: runtimeFilterGrammar(op.filters) } : {}),
  };
}

function escapeDoc(text: string): string {
  return text.replaceAll("*/", "*\\/");
}
