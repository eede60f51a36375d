import { UserError } from "../errors.js";
import { METHOD_CODES } from "@klaviyo-ts/spec-model";
import type { OperationModel } from "../model/operations.js";
import { buildSourceFile } from "./source-file.js";

/**
 * operation-index.ts: the rate limits the typed-fetch layer paces with, in core's compact
 * OperationIndex form (distinct limit rows, and per path template its methods with the base-36
 * position of their row). Every bundle that creates a client carries this table, so it holds
 * only what pacing needs.
 */
export function emitOperationIndex(operations: readonly OperationModel[], header: string): string {
  const rows: string[] = [];
  const routes = new Map<string, string>();
  const sorted = [...operations].sort((a, b) =>
    compare(`${a.path} ${a.method}`, `${b.path} ${b.method}`),
  );
  for (const op of sorted) {
    const { burst, steady, daily } = op.rateLimit;
    const row = JSON.stringify(
      daily === undefined ? [burst, steady] : [burst, steady, daily],
    ).replaceAll(",", ", ");
    if (!rows.includes(row)) rows.push(row);
    const position = rows.indexOf(row);
    if (position >= 36)
      throw new UserError(
        "more than 36 distinct rate limits: the operation index cannot encode them",
      );
    routes.set(
      op.path,
      (routes.get(op.path) ?? "") + METHOD_CODES[op.method] + position.toString(36),
    );
  }
  const routeLines = [...routes].map(
    ([path, methods]) => `    ${JSON.stringify(path)}: ${JSON.stringify(methods)},`,
  );
  return buildSourceFile(header, (file) => {
    file.addImportDeclaration({
      moduleSpecifier: "@klaviyo-ts/core",
      namedImports: ["OperationIndex"],
      isTypeOnly: true,
    });
    // As text: ts-morph would re-indent a multi-line initializer.
    file.addStatements([
      [
        "export const operationIndex: OperationIndex = {",
        `  limits: [${rows.join(", ")}],`,
        "  routes: {",
        ...routeLines,
        "  },",
        "};",
      ].join("\n"),
    ]);
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
