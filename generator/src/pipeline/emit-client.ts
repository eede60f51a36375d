import { emitEntry } from "../emit/entry.js";
import {
  emitModuleEntry,
  emitOperationsClient,
  operationsClientModule,
  reservedEntryNames,
} from "../emit/module-entry.js";
import { emitTypedFetchEntry } from "../emit/typed-fetch-entry.js";
import { UserError } from "../errors.js";
import { emitOperationIndex } from "../emit/operation-index.js";
import { emitOperations } from "../emit/operations.js";
import { emitTools } from "../emit/tools.js";
import { emitModuleTypes } from "../emit/types.js";
import type { OperationModel } from "../model/operations.js";
import type { OpenApiDocument } from "@klaviyo-ts/spec-model";
import type { StageTimer } from "./stage-timer.js";

/**
 * The files of one client (stable or beta): types/<module>.ts and types/components.ts,
 * operations/<module>.ts, operations-client.ts, index.ts, the tool catalogue tools.ts, for typed
 * fetch paths/<module>.ts, operation-index.ts and typed-fetch.ts, and with `moduleEntries`
 * entries/<module>.ts (the package's per-module entries), keyed by path relative to its folder.
 */
export async function emitClient(
  document: OpenApiDocument,
  /** the document's paths by tag module (`splitByModule`) */
  modules: ReadonlyMap<string, readonly string[]>,
  operations: readonly OperationModel[],
  revision: string,
  header: string,
  timer: StageTimer,
  moduleEntries = false,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const clash = moduleEntries && [...modules.keys()].find((m) => reservedEntryNames.has(m));
  if (clash) throw new UserError(`a tag module is named "${clash}", an entry of the package`);
  await timer.time("types", async () => {
    for (const [path, text] of await emitModuleTypes(document, modules, header)) {
      files.set(path, text);
    }
  });
  await timer.time("operations", () => {
    for (const module of modules.keys()) {
      const inModule = operations.filter((op) => op.module === module);
      files.set(`operations/${module}.ts`, emitOperations(inModule, module, revision, header));
    }
    files.set("operation-index.ts", emitOperationIndex(operations, header));
    const filtered = operations.filter((op) => op.filters !== undefined);
    files.set(`${operationsClientModule}.ts`, emitOperationsClient(revision, header));
    files.set("index.ts", emitEntry([...modules.keys()], header, filtered));
    if (moduleEntries) {
      for (const module of modules.keys()) {
        files.set(`entries/${module}.ts`, emitModuleEntry(module, filtered, header));
      }
    }
    files.set("typed-fetch.ts", emitTypedFetchEntry([...modules.keys()], revision, header));
  });
  await timer.time("tools", () => {
    files.set("tools.ts", emitTools(document, operations, revision, header));
  });
  return files;
}
