import type {
  OperationObject as Operation,
  ParameterObject as Parameter,
} from "@klaviyo-ts/spec-model";
import type { OperationChanges } from "./operation-changes.js";
import type { Resolver } from "./resolve.js";

/** Parameters matched by location and name: added, removed, required-ness, schema, description. */
export function diffParameters(a: Operation, b: Operation, changes: OperationChanges): void {
  const before = parametersByKey(a, changes.context.resolveBefore);
  const after = parametersByKey(b, changes.context.resolveAfter);
  for (const [key, parameter] of before) {
    const location = { in: parameter.in ?? "", name: parameter.name ?? "" };
    const counterpart = after.get(key);
    if (!counterpart) {
      changes.add({ kind: "parameter-removed", ...location });
      continue;
    }
    if (Boolean(parameter.required) !== Boolean(counterpart.required)) {
      const kind = counterpart.required ? "parameter-became-required" : "parameter-became-optional";
      changes.add({ kind, ...location });
    }
    changes.text(key, parameter.description, counterpart.description);
    changes.schema({ direction: "request", label: key }, parameter.schema, counterpart.schema);
  }
  for (const [key, parameter] of after) {
    if (before.has(key)) continue;
    changes.add({
      kind: "parameter-added",
      in: parameter.in ?? "",
      name: parameter.name ?? "",
      required: parameter.required === true,
    });
  }
}

/**
 * Parameters by "<in> <name>" ("query fields[profile]"). The revision header is left out: its
 * default and enum are the revision itself, and the client sets it, never the caller.
 */
function parametersByKey(operation: Operation, resolve: Resolver): Map<string, Parameter> {
  const byKey = new Map<string, Parameter>();
  for (const raw of operation.parameters ?? []) {
    const parameter = resolve<Parameter>(raw);
    if (!parameter?.name || !parameter.in) continue;
    if (parameter.in === "header" && parameter.name.toLowerCase() === "revision") continue;
    byKey.set(`${parameter.in} ${parameter.name}`, parameter);
  }
  return byKey;
}
