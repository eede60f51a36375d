import { UserError } from "../errors.js";
import { METHOD_CODES } from "@klaviyo-ts/spec-model";
import type { OperationModel } from "../model/operations.js";
import { buildSourceFile, constStatement, literal } from "./source-file.js";

/**
 * operation-index.ts: the rate limits the typed-fetch layer paces with, in core's compact
 * OperationIndex form (distinct limit rows, and per path template its methods with the base-36
 * position of their row). Every bundle that creates a client carries this table, so it holds
 * only what pacing needs.
 */
export function emitOperationIndex(operations: readonly OperationModel[], header: string): string {
  const limits: number[][] = [];
  const rowKeys: string[] = [];
  const routes: Record<string, string> = {};
  const sorted = [...operations].sort((a, b) =>
    compare(`${a.path} ${a.method}`, `${b.path} ${b.method}`),
  );
  for (const op of sorted) {
    const { burst, steady, daily } = op.rateLimit;
    const row = daily === undefined ? [burst, steady] : [burst, steady, daily];
    const key = row.join(",");
    if (!rowKeys.includes(key)) {
      rowKeys.push(key);
      limits.push(row);
    }
    const position = rowKeys.indexOf(key);
    if (position >= 36)
      throw new UserError(
        "more than 36 distinct rate limits: the operation index cannot encode them",
      );
    routes[op.path] = (routes[op.path] ?? "") + METHOD_CODES[op.method] + position.toString(36);
  }
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: ["OperationIndex"],
      isTypeOnly: true,
    });
    file.addStatements(
      constStatement({
        isExported: true,
        name: "operationIndex",
        type: "OperationIndex",
        initializer: literal({ limits, routes }),
      }),
    );
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
