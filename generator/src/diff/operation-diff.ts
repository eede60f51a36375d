import { diffRequestBody, diffResponses } from "./bodies-diff.js";
import { diffFilters } from "./filters-diff.js";
import type { Change, RateLimitSpec } from "./model.js";
import { rateLimitText, type SpecOperation } from "@klaviyo-ts/spec-model";
import { type DiffContext, OperationChanges } from "./operation-changes.js";
import { diffParameters } from "./parameters-diff.js";

/** Every change between two versions of one operation (same operationId, or a detected rename). */
export function diffOperation(
  before: SpecOperation,
  after: SpecOperation,
  context: DiffContext,
): Change[] {
  const changes = new OperationChanges(
    { operationId: after.id, method: after.method, path: after.path },
    context,
  );
  if (before.method !== after.method || before.path !== after.path) {
    changes.add({ kind: "operation-moved", before: { method: before.method, path: before.path } });
  }
  diffMetadata(before, after, changes);
  diffFilters(before, after, changes);
  diffParameters(before.operation, after.operation, changes);
  diffRequestBody(before.operation, after.operation, changes);
  diffResponses(before.operation, after.operation, changes);
  return changes.list;
}

/** Klaviyo's vendor extensions (as the spec model reads them), summary and description. */
function diffMetadata(a: SpecOperation, b: SpecOperation, changes: OperationChanges): void {
  const aliases = setDelta(a.aliases, b.aliases);
  for (const alias of aliases.added) changes.add({ kind: "alias-added", alias });
  for (const alias of aliases.removed) changes.add({ kind: "alias-removed", alias });
  if (a.beta !== b.beta) changes.add({ kind: "beta-changed", beta: b.beta });
  const scopes = setDelta(a.scopes, b.scopes);
  if (scopes.added.length > 0 || scopes.removed.length > 0) {
    changes.add({ kind: "scopes-changed", ...scopes });
  }
  const limitsBefore: RateLimitSpec = rateLimitText(a.rateLimit);
  const limitsAfter: RateLimitSpec = rateLimitText(b.rateLimit);
  if (JSON.stringify(limitsBefore) !== JSON.stringify(limitsAfter)) {
    changes.add({ kind: "rate-limit-changed", before: limitsBefore, after: limitsAfter });
  }
  changes.text("summary", a.operation.summary, b.operation.summary);
  changes.text("description", a.operation.description, b.operation.description);
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
