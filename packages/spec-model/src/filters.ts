import { SpecError } from "./errors.js";

/**
 * Every operator Klaviyo's filter syntax has, as spelt on the wire; the order gives each its letter
 * in a grammar code (filter-code.ts).
 */
export const FILTER_OPERATORS = [
  "equals",
  "any",
  "contains",
  "contains-any",
  "contains-all",
  "starts-with",
  "ends-with",
  "greater-than",
  "greater-or-equal",
  "less-than",
  "less-or-equal",
  "has",
] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** How many values an operator takes: `equals(f,x)`, `any(f,[x,y])`, `has(f)`. */
export const FILTER_ARITIES = ["single", "list", "none"] as const;
export type FilterArity = (typeof FILTER_ARITIES)[number];

/** The value type of a filter field; x-klaviyo-filters uses only these three keywords. */
export interface FilterValueSpec {
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly (string | number | boolean)[];
}

/**
 * One filterable field of `x-klaviyo-filters`, as the spec writes it: the operators that take a
 * single value, a list of values, or no value, and the type of the value.
 */
export interface FilterFieldSpec {
  readonly operators: { readonly [arity in FilterArity]?: readonly string[] };
  readonly value?: FilterValueSpec;
  /** Klaviyo rejects a request whose filter does not test this field (see requiredFilterFields). */
  readonly required?: boolean;
}

/** An operation's filter grammar: field name -> its operators and value type. */
export type FilterGrammar = Readonly<Record<string, FilterFieldSpec>>;

/**
 * Quirk: filters Klaviyo rejects a request without, known only from prose. get_campaigns'
 * description says "A channel filter is required to list campaigns", while x-klaviyo-filters
 * lists messages.channel like any optional field. The generator makes the typed filter demand
 * it, core checks it before sending, and the mock answers 400 without it, all from this table.
 */
const REQUIRED_FILTER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  get_campaigns: ["messages.channel"],
};

/** The filter fields an operation cannot be called without; [] for most operations. */
export function requiredFilterFields(operationId: string): readonly string[] {
  return REQUIRED_FILTER_FIELDS[operationId] ?? [];
}

/**
 * Reads x-klaviyo-filters into a checked grammar, marking required fields. Revisions before
 * 2026-04-15 have no such extension; their operations have no grammar (undefined).
 */
export function readFilterGrammar(operationId: string, raw: unknown): FilterGrammar | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) throw new SpecError(`${operationId}: x-klaviyo-filters is not an object`);
  const required = new Set(requiredFilterFields(operationId));
  const grammar: Record<string, FilterFieldSpec> = {};
  for (const [field, spec] of Object.entries(raw)) {
    if (!isObject(spec) || !isObject(spec.operators)) {
      throw new SpecError(`${operationId}: filter field ${field} has no operators`);
    }
    const operators: { [arity in FilterArity]?: readonly string[] } = {};
    for (const arity of FILTER_ARITIES) {
      const list = spec.operators[arity];
      if (list === undefined) continue;
      if (!Array.isArray(list) || !list.every((op) => typeof op === "string")) {
        throw new SpecError(
          `${operationId}: filter field ${field} has unreadable ${arity} operators`,
        );
      }
      operators[arity] = [...list];
    }
    const value = readValue(spec.value);
    grammar[field] = {
      operators,
      ...(value && { value }),
      ...(required.has(field) && { required: true }),
    };
  }
  return grammar;
}

function readValue(raw: unknown): FilterValueSpec | undefined {
  if (!isObject(raw)) return undefined;
  const values = Array.isArray(raw.enum)
    ? raw.enum.filter(
        (v): v is string | number | boolean =>
          typeof v === "string" || typeof v === "number" || typeof v === "boolean",
      )
    : undefined;
  return {
    ...(typeof raw.type === "string" && { type: raw.type }),
    ...(typeof raw.format === "string" && { format: raw.format }),
    ...(values && { enum: values }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
