import type { ApiDiff, Change, Direction } from "./model.js";

/** The semver bump a change calls for in the revision's package. */
export type Severity = "patch" | "minor" | "major";
export type Bump = "none" | Severity;

export interface Classification {
  bump: Bump;
  /** The changes at the level of the bump: for "major", every item that made it major. */
  because: Change[];
  counts: Record<Severity, number>;
}

const ORDER: readonly Bump[] = ["none", "patch", "minor", "major"];

export function classify(diff: ApiDiff): Classification {
  const counts: Record<Severity, number> = { patch: 0, minor: 0, major: 0 };
  let bump: Bump = "none";
  for (const change of diff.changes) {
    const severity = severityOf(change);
    counts[severity]++;
    if (ORDER.indexOf(severity) > ORDER.indexOf(bump)) bump = severity;
  }
  const because = diff.changes.filter((change) => severityOf(change) === bump);
  return { bump, because, counts };
}

/**
 * What a change means for code written against the generated package. Request changes break
 * callers when they narrow what may be sent; response changes break them when they widen what
 * may come back, or remove something they read. Literal unions count as types: TypeScript
 * rejects comparing a value with a literal its type no longer contains.
 */
export function severityOf(change: Change): Severity {
  switch (change.kind) {
    case "operation-added":
      return "minor";
    case "operation-removed":
    case "operation-renamed":
    case "operation-moved":
      return "major";
    case "alias-added":
      return "minor";
    case "alias-removed":
      // Each alias is exported as a deprecated function under the older operation name.
      return "major";
    case "beta-changed":
    case "scopes-changed":
    case "rate-limit-changed":
      // Metadata the runtime and docs read; no caller's code stops compiling or working.
      return "patch";
    case "filter-fields-added":
    case "filter-operators-added":
      return "minor";
    case "filter-fields-removed":
    case "filter-operators-removed":
      // The typed filter builder stops accepting the field or operator.
      return "major";
    case "parameter-added":
    case "request-body-added":
      return change.required ? "major" : "minor";
    case "parameter-removed":
    case "parameter-became-required":
    case "request-body-removed":
    case "request-body-became-required":
      return "major";
    case "parameter-became-optional":
    case "request-body-became-optional":
      return "minor";
    case "response-added":
      return isSuccess(change.status) ? "minor" : "patch";
    case "response-removed":
      return isSuccess(change.status) ? "major" : "patch";
    case "property-added":
      return change.site.direction === "request" && change.required ? "major" : "minor";
    case "property-removed":
      return "major";
    case "required-added":
    case "nullable-removed":
      return change.site.direction === "request" ? "major" : "minor";
    case "required-removed":
    case "nullable-added":
      return change.site.direction === "request" ? "minor" : "major";
    case "type-changed":
      return typeChangeSeverity(change.before, change.after, change.site.direction);
    case "format-changed":
      // Formats are not part of the generated types.
      return "patch";
    case "enum-values-added":
    case "variant-added":
      return "minor";
    case "enum-values-removed":
    case "enum-introduced":
    case "variant-removed":
      return "major";
    case "enum-dropped":
      return change.site.direction === "request" ? "minor" : "major";
    case "documentation":
      return "patch";
  }
}

function isSuccess(status: string): boolean {
  return status.startsWith("2");
}

/**
 * A type change that only widens what may be sent is safe for callers, one that only narrows
 * what may come back is safe for readers; anything else breaks someone.
 */
function typeChangeSeverity(before: string, after: string, direction: Direction): Severity {
  const a = typeSet(before);
  const b = typeSet(after);
  if (sameSet(a, b)) return "patch";
  const widened = b.has("any") || [...a].every((type) => b.has(type));
  const narrowed = a.has("any") || [...b].every((type) => a.has(type));
  if (widened) return direction === "request" ? "minor" : "major";
  if (narrowed) return direction === "request" ? "major" : "minor";
  return "major";
}

/**
 * The TypeScript types a schema type stands for: openapi-typescript maps integer and number
 * alike to `number`, so switching between them changes nothing for users.
 */
function typeSet(type: string): Set<string> {
  return new Set(type.split(" | ").map((t) => (t === "integer" ? "number" : t)));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
