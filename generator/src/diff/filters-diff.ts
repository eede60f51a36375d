import type {
  FilterFieldSpec,
  FilterValueSpec,
  Schema,
  SpecOperation,
} from "@klaviyo-ts/spec-model";
import type { OperationChanges } from "./operation-changes.js";

/**
 * The filter grammar (x-klaviyo-filters) typed filters are generated from: fields, their
 * operators by arity, and each field's value schema, compared like a request parameter.
 */
export function diffFilters(a: SpecOperation, b: SpecOperation, changes: OperationChanges): void {
  const before = a.filters ?? {};
  const after = b.filters ?? {};
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

function diffField(
  field: string,
  a: FilterFieldSpec,
  b: FilterFieldSpec,
  changes: OperationChanges,
): void {
  const arities = new Set([...Object.keys(a.operators), ...Object.keys(b.operators)]);
  for (const arity of [...arities].sort() as (keyof FilterFieldSpec["operators"])[]) {
    const before = new Set(a.operators[arity] ?? []);
    const after = new Set(b.operators[arity] ?? []);
    const added = [...after].filter((op) => !before.has(op)).sort();
    const removed = [...before].filter((op) => !after.has(op)).sort();
    if (added.length > 0) {
      changes.add({ kind: "filter-operators-added", field, arity, operators: added });
    }
    if (removed.length > 0) {
      changes.add({ kind: "filter-operators-removed", field, arity, operators: removed });
    }
  }
  changes.schema(
    { direction: "request", label: `filter ${field}` },
    valueSchema(a.value),
    valueSchema(b.value),
  );
}

function valueSchema(value: FilterValueSpec | undefined): Schema | undefined {
  if (!value) return undefined;
  const { enum: values, ...rest } = value;
  return values ? { ...rest, enum: [...values] } : rest;
}
