import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./mcp-client.js";

interface Spec {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

/** The operations of a revision's stable spec (spec/<revision>/stable.json), by method. */
export function specOperations(revision: string): { id: string; method: string }[] {
  const spec = JSON.parse(
    readFileSync(join(repoRoot, "spec", revision, "stable.json"), "utf8"),
  ) as Spec;
  const operations: { id: string; method: string }[] = [];
  for (const item of Object.values(spec.paths)) {
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const id = item[method]?.operationId;
      if (id) operations.push({ id, method: method.toUpperCase() });
    }
  }
  return operations;
}
