import type { FilterNode, FilterValue } from "./filter.js";

/** Evaluates a parsed filter against one stored resource; `read` returns a field's value. */
export function matchesFilter(node: FilterNode, read: (field: string) => unknown): boolean {
  switch (node.kind) {
    case "and":
      return node.children.every((child) => matchesFilter(child, read));
    case "or":
      return node.children.some((child) => matchesFilter(child, read));
    case "not":
      return !matchesFilter(node.child, read);
    case "condition":
      return compare(node.operator, read(node.field), node.value);
  }
}

function plain(value: FilterValue | undefined): unknown {
  if (!value) return undefined;
  if (value.type === "list") return value.value.map(plain);
  return value.value;
}

function comparable(value: unknown): number | string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)) return Date.parse(value);
  return value as number | string;
}

function compare(operator: string, actual: unknown, expected: FilterValue | undefined): boolean {
  const want = plain(expected);
  // A to-many field (a catalog item's category ids) matches when any of its values does.
  if (Array.isArray(actual) && (operator === "equals" || operator === "any")) {
    return actual.some((one) => (Array.isArray(want) ? want.includes(one) : one === want));
  }
  switch (operator) {
    case "equals":
      return Array.isArray(want) ? want.includes(actual) : actual === want;
    case "any":
      return Array.isArray(want) && want.includes(actual);
    case "contains":
      return Array.isArray(actual)
        ? actual.includes(want)
        : typeof actual === "string" && actual.includes(String(want));
    case "starts-with":
      return typeof actual === "string" && actual.startsWith(String(want));
    case "ends-with":
      return typeof actual === "string" && actual.endsWith(String(want));
    case "has":
      return actual !== undefined && actual !== null;
    case "greater-than":
      return comparable(actual) > comparable(want);
    case "greater-or-equal":
      return comparable(actual) >= comparable(want);
    case "less-than":
      return comparable(actual) < comparable(want);
    case "less-or-equal":
      return comparable(actual) <= comparable(want);
    default:
      return false;
  }
}
