import { emitEntry } from "../emit/entry.js";
import { emitOperationIndex } from "../emit/operation-index.js";
import { emitOperations } from "../emit/operations.js";
import { emitTools } from "../emit/tools.js";
import { emitModuleTypes } from "../emit/types.js";
import type { OperationModel } from "../model/operations.js";
import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import { splitByModule } from "../model/split-by-module.js";
import type { StageTimer } from "./stage-timer.js";

/**
 * The files of one client (stable or beta): types/<module>.ts and types/components.ts,
 * operations/<module>.ts, operation-index.ts, index.ts and the tool catalogue tools.ts, keyed by path
 * relative to its folder.
 */
export async function emitClient(
  document: OpenApiDocument,
  operations: readonly OperationModel[],
  revision: string,
  header: string,
  timer: StageTimer,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const modules = splitByModule(document);
  await timer.time("types", async () => {
    for (const [module, text] of await emitModuleTypes(document, modules, header)) {
      files.set(`types/${module}.ts`, text);
    }
  });
  await timer.time("operations", () => {
    for (const module of modules.keys()) {
      const inModule = operations.filter((op) => op.module === module);
      files.set(`operations/${module}.ts`, emitOperations(inModule, module, revision, header));
    }
    files.set("operation-index.ts", emitOperationIndex(operations, header));
    const filtered = operations.filter((op) => op.filters !== undefined);
    files.set("index.ts", emitEntry([...modules.keys()], revision, header, filtered));
  });
  await timer.time("tools", () => {
    files.set("tools.ts", emitTools(document, operations, revision, header));
  });
  return files;
}
