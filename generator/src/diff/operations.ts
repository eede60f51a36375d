import type { OpenApiDocument, Operation } from "./openapi.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export interface IndexedOperation {
  id: string;
  method: string;
  path: string;
  operation: Operation;
}

/** Every operation of a spec by operationId; operations without one cannot be named, so are skipped. */
export function indexOperations(spec: OpenApiDocument): Map<string, IndexedOperation> {
  const byId = new Map<string, IndexedOperation>();
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    if (item === null || typeof item !== "object") continue;
    for (const [method, value] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(method) || value === null || typeof value !== "object") continue;
      const operation = value as Operation;
      if (typeof operation.operationId !== "string") continue;
      byId.set(operation.operationId, {
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        operation,
      });
    }
  }
  return byId;
}
