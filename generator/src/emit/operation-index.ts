import type { OperationModel } from "../model/operations.js";
import { buildSourceFile } from "./source-file.js";

/**
 * operation-index.ts: the compact "METHOD /path" -> [operationId, burst, steady, daily?] table the
 * typed-fetch layer paces requests with.
 */
export function emitOperationIndex(operations: readonly OperationModel[], header: string): string {
  const entries = [...operations]
    .sort((a, b) => compareKeys(indexKey(a), indexKey(b)))
    .map((op) => {
      const { burst, steady, daily } = op.rateLimit;
      const row = daily === undefined ? [op.id, burst, steady] : [op.id, burst, steady, daily];
      return `  ${JSON.stringify(indexKey(op))}: [${row.map((cell) => JSON.stringify(cell)).join(", ")}],`;
    });
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: ["OperationIndex"],
      isTypeOnly: true,
    });
    // As text: ts-morph would re-indent a multi-line initializer.
    file.addStatements([
      `export const operationIndex: OperationIndex = {\n${entries.join("\n")}\n};`,
    ]);
  });
}

export function indexKey(op: OperationModel): string {
  return `${op.method} ${op.path}`;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
