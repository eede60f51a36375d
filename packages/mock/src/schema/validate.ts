import { deref, type RefResolver, type Schema } from "./types.js";

export interface SchemaIssue {
  /** JSON pointer into the validated value, "" for the value itself. */
  pointer: string;
  detail: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function child(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  if (type === "number") return actual === "number" || actual === "integer";
  return actual === type;
}

/**
 * Validates a JSON value against the schema subset Klaviyo's specs use and returns the first
 * problem found, or undefined. First-problem-only keeps error bodies close to Klaviyo's.
 */
export function validateSchema(
  schema: Schema,
  value: unknown,
  resolve: RefResolver,
  pointer = "",
): SchemaIssue | undefined {
  if (value === null && schema.nullable) return undefined;
  const s = deref(schema, resolve);
  if (value === null) {
    return s.nullable || s.type === undefined ? undefined : { pointer, detail: "May not be null." };
  }
  if (s.allOf) {
    for (const part of s.allOf) {
      const issue = validateSchema(part, value, resolve, pointer);
      if (issue) return issue;
    }
  }
  // oneOf is checked like anyOf: Klaviyo's branches sometimes overlap (a string and a
  // date-time string), and its server accepts a value matching either.
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives) {
    const issues = alternatives.map((part) => validateSchema(part, value, resolve, pointer));
    if (!issues.some((issue) => !issue)) {
      const deepest = issues
        .filter((issue): issue is SchemaIssue => issue !== undefined && issue.pointer !== pointer)
        .sort((a, b) => b.pointer.length - a.pointer.length)[0];
      return deepest ?? { pointer, detail: "Does not match any of the allowed shapes." };
    }
  }
  if (s.enum && !s.enum.some((option) => option === value)) {
    return {
      pointer,
      detail: `'${String(value)}' is not one of ${s.enum.map(String).join(", ")}.`,
    };
  }
  const type = s.type ?? (s.properties ? "object" : undefined);
  if (type && !matchesType(type, value)) {
    return { pointer, detail: `Expected ${type}, got ${typeOf(value)}.` };
  }
  if (typeof value === "string") return checkString(s, value, pointer);
  if (typeof value === "number") return checkNumber(s, value, pointer);
  if (Array.isArray(value)) return checkArray(s, value, resolve, pointer);
  if (typeof value === "object") {
    return checkObject(s, value as Record<string, unknown>, resolve, pointer);
  }
  return undefined;
}

function checkString(s: Schema, value: string, pointer: string): SchemaIssue | undefined {
  if (s.format === "date-time" && !DATE_TIME.test(value)) {
    return { pointer, detail: `'${value}' is not a valid ISO 8601 date-time.` };
  }
  if (s.format === "date" && !DATE.test(value)) {
    return { pointer, detail: `'${value}' is not a valid date (YYYY-MM-DD).` };
  }
  if (s.minLength !== undefined && value.length < s.minLength) {
    return { pointer, detail: `Must be at least ${s.minLength} characters.` };
  }
  if (s.maxLength !== undefined && value.length > s.maxLength) {
    return { pointer, detail: `Must be at most ${s.maxLength} characters.` };
  }
  return undefined;
}

function checkNumber(s: Schema, value: number, pointer: string): SchemaIssue | undefined {
  if (s.minimum !== undefined && value < s.minimum) {
    return { pointer, detail: `Must be greater than or equal to ${s.minimum}.` };
  }
  if (s.maximum !== undefined && value > s.maximum) {
    return { pointer, detail: `Must be less than or equal to ${s.maximum}.` };
  }
  return undefined;
}

function checkArray(
  s: Schema,
  value: readonly unknown[],
  resolve: RefResolver,
  pointer: string,
): SchemaIssue | undefined {
  if (s.minItems !== undefined && value.length < s.minItems) {
    return { pointer, detail: `Must contain at least ${s.minItems} items.` };
  }
  if (s.maxItems !== undefined && value.length > s.maxItems) {
    return { pointer, detail: `Must contain at most ${s.maxItems} items.` };
  }
  if (!s.items) return undefined;
  for (let i = 0; i < value.length; i++) {
    const issue = validateSchema(s.items, value[i], resolve, child(pointer, i));
    if (issue) return issue;
  }
  return undefined;
}

function checkObject(
  s: Schema,
  value: Record<string, unknown>,
  resolve: RefResolver,
  pointer: string,
): SchemaIssue | undefined {
  for (const name of s.required ?? []) {
    if (value[name] === undefined) {
      return { pointer: child(pointer, name), detail: "This field is required." };
    }
  }
  const keys = Object.keys(value);
  if (s.maxProperties !== undefined && keys.length > s.maxProperties) {
    return { pointer, detail: `Must have at most ${s.maxProperties} properties.` };
  }
  for (const key of keys) {
    const property = s.properties?.[key];
    const at = child(pointer, key);
    if (property) {
      const issue = validateSchema(property, value[key], resolve, at);
      if (issue) return issue;
    } else if (s.additionalProperties === false) {
      return { pointer: at, detail: `'${key}' is not a valid field.` };
    } else if (typeof s.additionalProperties === "object") {
      const issue = validateSchema(s.additionalProperties, value[key], resolve, at);
      if (issue) return issue;
    }
  }
  return undefined;
}
