import type { FilterField, Operation } from "./openapi.js";
import type { OperationChanges } from "./operation-changes.js";

/**
 * The filter grammar (x-klaviyo-filters) typed filters are generated from: fields, their
 * operators by arity, and each field's value schema, compared like a request parameter.
 */
export function diffFilters(a: Operation, b: Operation, changes: OperationChanges): void {
  const before = a["x-klaviyo-filters"] ?? {};
  const after = b["x-klaviyo-filters"] ?? {};
  const added = Object.keys(after)
    .filter((field) => !(field in before))
    .sort();
  const removed = Object.keys(before)
    .filter((field) => !(field in after))
    .sort();
  if (added.length > 0) changes.add({ kind: "filter-fields-added", fields: added });
  if (removed.length > 0) changes.add({ kind: "filter-fields-removed", fields: removed });
  for (const field of Object.keys(after).sort()) {
    const fieldBefore = before[field];
    const fieldAfter = after[field];
    if (fieldBefore && fieldAfter) diffField(field, fieldBefore, fieldAfter, changes);
  }
}

function diffField(field: string, a: FilterField, b: FilterField, changes: OperationChanges): void {
  const arities = new Set([...Object.keys(a.operators ?? {}), ...Object.keys(b.operators ?? {})]);
  for (const arity of [...arities].sort()) {
    const before = new Set(a.operators?.[arity] ?? []);
    const after = new Set(b.operators?.[arity] ?? []);
    const added = [...after].filter((op) => !before.has(op)).sort();
    const removed = [...before].filter((op) => !after.has(op)).sort();
    if (added.length > 0) {
      changes.add({ kind: "filter-operators-added", field, arity, operators: added });
    }
    if (removed.length > 0) {
      changes.add({ kind: "filter-operators-removed", field, arity, operators: removed });
    }
  }
  changes.schema({ direction: "request", label: `filter ${field}` }, a.value, b.value);
}
