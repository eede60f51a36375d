import { diffRequestBody, diffResponses } from "./bodies-diff.js";
import { diffFilters } from "./filters-diff.js";
import type { Change, RateLimitSpec } from "./model.js";
import type { Operation } from "./openapi.js";
import { type DiffContext, OperationChanges } from "./operation-changes.js";
import type { IndexedOperation } from "./operations.js";
import { diffParameters } from "./parameters-diff.js";

/** Every change between two versions of one operation (same operationId, or a detected rename). */
export function diffOperation(
  before: IndexedOperation,
  after: IndexedOperation,
  context: DiffContext,
): Change[] {
  const changes = new OperationChanges(
    { operationId: after.id, method: after.method, path: after.path },
    context,
  );
  if (before.method !== after.method || before.path !== after.path) {
    changes.add({ kind: "operation-moved", before: { method: before.method, path: before.path } });
  }
  diffMetadata(before.operation, after.operation, changes);
  diffFilters(before.operation, after.operation, changes);
  diffParameters(before.operation, after.operation, changes);
  diffRequestBody(before.operation, after.operation, changes);
  diffResponses(before.operation, after.operation, changes);
  return changes.list;
}

/** Klaviyo's vendor extensions, summary and description. */
function diffMetadata(a: Operation, b: Operation, changes: OperationChanges): void {
  const aliases = setDelta(a["x-klaviyo-operation-aliases"], b["x-klaviyo-operation-aliases"]);
  for (const alias of aliases.added) changes.add({ kind: "alias-added", alias });
  for (const alias of aliases.removed) changes.add({ kind: "alias-removed", alias });
  if (isBeta(a) !== isBeta(b)) changes.add({ kind: "beta-changed", beta: isBeta(b) });
  const scopes = setDelta(a["x-klaviyo-scopes"], b["x-klaviyo-scopes"]);
  if (scopes.added.length > 0 || scopes.removed.length > 0) {
    changes.add({ kind: "scopes-changed", ...scopes });
  }
  const limitsBefore = rateLimit(a);
  const limitsAfter = rateLimit(b);
  if (JSON.stringify(limitsBefore) !== JSON.stringify(limitsAfter)) {
    changes.add({ kind: "rate-limit-changed", before: limitsBefore, after: limitsAfter });
  }
  changes.text("summary", a.summary, b.summary);
  changes.text("description", a.description, b.description);
}

function isBeta(operation: Operation): boolean {
  const flag = operation["x-klaviyo-pre-release"];
  return typeof flag === "string" && flag !== "None";
}

function rateLimit(operation: Operation): RateLimitSpec {
  const limits = operation["x-klaviyo-ratelimit"] ?? {};
  const spec: RateLimitSpec = {};
  if (limits.burst !== undefined) spec.burst = limits.burst;
  if (limits.steady !== undefined) spec.steady = limits.steady;
  if (limits.daily !== undefined) spec.daily = limits.daily;
  return spec;
}

function setDelta(
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): { added: string[]; removed: string[] } {
  const a = new Set(before ?? []);
  const b = new Set(after ?? []);
  return {
    added: [...b].filter((x) => !a.has(x)).sort(),
    removed: [...a].filter((x) => !b.has(x)).sort(),
  };
}
