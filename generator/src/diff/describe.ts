import type { Change, RateLimitSpec } from "./model.js";
import { placeOf } from "./schema-diff.js";

const MAX_LISTED_VALUES = 8;

/** One line saying what changed, without the operation it belongs to. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case "operation-added":
      return "operation added";
    case "operation-removed":
      return "operation removed";
    case "operation-renamed":
      return `renamed from ${change.from}`;
    case "operation-moved":
      return `moved from ${change.before.method} ${change.before.path}`;
    case "alias-added":
      return `alias ${change.alias} added`;
    case "alias-removed":
      return `alias ${change.alias} removed`;
    case "beta-changed":
      return change.beta ? "now pre-release (beta)" : "no longer pre-release (beta)";
    case "scopes-changed":
      return [...change.added.map((s) => `+${s}`), ...change.removed.map((s) => `-${s}`)].join(" ");
    case "rate-limit-changed":
      return describeRateLimit(change.before, change.after);
    case "filter-fields-added":
      return `filter fields added: ${change.fields.join(", ")}`;
    case "filter-fields-removed":
      return `filter fields removed: ${change.fields.join(", ")}`;
    case "filter-operators-added":
      return `filter ${change.field} (${change.arity}) operators added: ${change.operators.join(", ")}`;
    case "filter-operators-removed":
      return `filter ${change.field} (${change.arity}) operators removed: ${change.operators.join(", ")}`;
    case "parameter-added":
      return `${change.in} parameter ${change.name} added (${change.required ? "required" : "optional"})`;
    case "parameter-removed":
      return `${change.in} parameter ${change.name} removed`;
    case "parameter-became-required":
      return `${change.in} parameter ${change.name} is now required`;
    case "parameter-became-optional":
      return `${change.in} parameter ${change.name} is now optional`;
    case "request-body-added":
      return `request body added (${change.required ? "required" : "optional"})`;
    case "request-body-removed":
      return "request body removed";
    case "request-body-became-required":
      return "request body is now required";
    case "request-body-became-optional":
      return "request body is now optional";
    case "response-added":
      return `response ${change.status} added`;
    case "response-removed":
      return `response ${change.status} removed`;
    case "documentation":
      return `${change.where}: documentation changed`;
    default:
      return `${placeOf(change.site.label, change.pointer)}: ${describeSchemaChange(change)}`;
  }
}

function describeSchemaChange(change: Extract<Change, { site: unknown }>): string {
  switch (change.kind) {
    case "property-added":
      return `property added (${change.required ? "required" : "optional"})`;
    case "property-removed":
      return "property removed";
    case "required-added":
      return "now required";
    case "required-removed":
      return "now optional";
    case "type-changed":
      return `type ${change.before} -> ${change.after}`;
    case "format-changed":
      return `format ${change.before ?? "none"} -> ${change.after ?? "none"}`;
    case "nullable-added":
      return "now nullable";
    case "nullable-removed":
      return "no longer nullable";
    case "enum-values-added":
      return `enum values added: ${listValues(change.values)}`;
    case "enum-values-removed":
      return `enum values removed: ${listValues(change.values)}`;
    case "enum-introduced":
      return `now restricted to: ${listValues(change.values)}`;
    case "enum-dropped":
      return `no longer restricted to: ${listValues(change.values)}`;
    case "variant-added":
      return `variant ${change.variant} added`;
    case "variant-removed":
      return `variant ${change.variant} removed`;
  }
}

function describeRateLimit(before: RateLimitSpec, after: RateLimitSpec): string {
  const parts: string[] = [];
  for (const window of ["burst", "steady", "daily"] as const) {
    if (before[window] !== after[window]) {
      parts.push(`${window} ${before[window] ?? "none"} -> ${after[window] ?? "none"}`);
    }
  }
  return parts.join(", ");
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED_VALUES).map((v) => JSON.stringify(v));
  const more = values.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}
