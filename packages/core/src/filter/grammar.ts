/** Every operator Klaviyo's filter syntax has, as spelt on the wire. */
export type FilterOperator =
  | "equals"
  | "any"
  | "contains"
  | "contains-any"
  | "contains-all"
  | "starts-with"
  | "ends-with"
  | "greater-than"
  | "greater-or-equal"
  | "less-than"
  | "less-or-equal"
  | "has";

/**
 * One filterable field of `x-klaviyo-filters`, as the spec writes it: the operators that take a
 * single value, a list of values, or no value, and the type of the value.
 */
export interface FilterFieldSpec {
  readonly operators: {
    readonly single?: readonly string[];
    readonly list?: readonly string[];
    readonly none?: readonly string[];
  };
  readonly value?: {
    readonly type?: string;
    readonly format?: string;
    readonly enum?: readonly (string | number | boolean)[];
  };
  /** Klaviyo rejects a request whose filter does not test this field (set by the generator's quirks). */
  readonly required?: boolean;
}

/** An operation's filter grammar at run time: field name -> its operators and value type. */
export type FilterGrammar = Readonly<Record<string, FilterFieldSpec>>;

/**
 * The same grammar at the type level, emitted by the generator per operation:
 * `{ email: { single: "equals"; list: "any" | "equals"; value: string } }`.
 */
export interface FieldGrammar {
  single?: FilterOperator;
  list?: FilterOperator;
  none?: FilterOperator;
  value?: unknown;
  required?: true;
}
export type TypedGrammar = { [field: string]: FieldGrammar };

declare const dateTime: unique symbol;

/** Marks a date-time field in a typed grammar (`value: DateTimeValue`); callers pass a `FilterDate`. */
export interface DateTimeValue {
  readonly [dateTime]: true;
}

/** A date-time filter value: a Date, or an ISO 8601 string; sent in UTC. */
export type FilterDate = Date | string;
