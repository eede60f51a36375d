import type { DateTimeValue, FilterDate, FilterOperator, TypedGrammar } from "./grammar.js";
import {
  FILTER,
  serialiseFilter,
  type Filter,
  type FilterResolver,
  type FilterTerm,
  type FilterValue,
} from "./filter.js";
import { resolveFilter } from "./resolve.js";

type OperatorsOf<F> =
  | (F extends { single: infer O } ? O : never)
  | (F extends { list: infer O } ? O : never)
  | (F extends { none: infer O } ? O : never);

/** The fields of G that accept operator O. */
export type FieldsWith<G extends TypedGrammar, O extends FilterOperator> = {
  [K in keyof G]: O extends OperatorsOf<G[K]> ? K : never;
}[keyof G] &
  string;

/** What a field's value type accepts from a caller: dates may be Date objects or ISO strings. */
type Accepts<V> = [V] extends [DateTimeValue] ? FilterDate : V;

/** The argument operator O takes on field F: one value, a list of values, or either where both are allowed. */
export type ArgumentOf<F, O extends FilterOperator> = F extends { value?: infer V }
  ? | (O extends (F extends { single: infer S } ? S : never) ? Accepts<V> : never)
    | (O extends (F extends { list: infer L } ? L : never) ? readonly Accepts<V>[] : never)
  : never;

type ValueOperator<G extends TypedGrammar, O extends FilterOperator> = <F extends FieldsWith<G, O>>(
  field: F,
  value: ArgumentOf<G[F], O>,
) => Filter<G, F>;

type FieldsOf<F> = F extends Filter<any, infer U> ? U : never;

/**
 * Builds filters for one operation: only the fields it allows, only their operators, only values
 * of the right type. Methods are Klaviyo's operators in camelCase.
 */
export interface FilterBuilder<G extends TypedGrammar> {
  equals: ValueOperator<G, "equals">;
  any: ValueOperator<G, "any">;
  contains: ValueOperator<G, "contains">;
  containsAny: ValueOperator<G, "contains-any">;
  containsAll: ValueOperator<G, "contains-all">;
  startsWith: ValueOperator<G, "starts-with">;
  endsWith: ValueOperator<G, "ends-with">;
  greaterThan: ValueOperator<G, "greater-than">;
  greaterOrEqual: ValueOperator<G, "greater-or-equal">;
  lessThan: ValueOperator<G, "less-than">;
  lessOrEqual: ValueOperator<G, "less-or-equal">;
  has<F extends FieldsWith<G, "has">>(field: F): Filter<G, F>;
  /** All of the given conditions. */
  and<const T extends readonly [Filter<G, any>, ...Filter<G, any>[]]>(
    ...filters: T
  ): Filter<G, FieldsOf<T[number]>>;
}

const VALUE_OPERATORS = {
  equals: "equals",
  any: "any",
  contains: "contains",
  containsAny: "contains-any",
  containsAll: "contains-all",
  startsWith: "starts-with",
  endsWith: "ends-with",
  greaterThan: "greater-than",
  greaterOrEqual: "greater-or-equal",
  lessThan: "less-than",
  lessOrEqual: "less-or-equal",
} as const satisfies Record<string, FilterOperator>;

function makeFilter(terms: readonly FilterTerm[]): Filter {
  const filter = { terms, toString: () => serialiseFilter(terms) } as Filter;
  const resolve: FilterResolver = (grammar, operationId) =>
    resolveFilter(filter, grammar, operationId);
  return Object.assign(filter, { [FILTER]: resolve });
}

function term(operator: FilterOperator, field: unknown, value?: FilterValue): Filter {
  if (typeof field !== "string" || field === "") {
    throw new TypeError(`filter ${operator}(): the field must be a non-empty string`);
  }
  return makeFilter([value === undefined ? { operator, field } : { operator, field, value }]);
}

/**
 * The builder at run time knows no grammar (one object serves every operation, so unused
 * grammars cost nothing in a bundle); each filter it builds carries the checking code, which the
 * operation runs against its own grammar before sending: that is where a plain JavaScript
 * caller's mistake is reported, and only programs that build filters bundle the check.
 */
const untypedBuilder = /* @__PURE__ */ createUntypedBuilder();

// A function, so that one pure annotation covers the calls that build the object.
function createUntypedBuilder() {
  return Object.freeze({
    ...Object.fromEntries(
      Object.entries(VALUE_OPERATORS).map(([method, operator]) => [
        method,
        (field: string, value: FilterValue) => term(operator, field, value),
      ]),
    ),
    has: (field: string) => term("has", field),
    and: (...filters: Filter[]) => {
      if (filters.length === 0) throw new TypeError("filter and(): give at least one condition");
      return makeFilter(filters.flatMap((f) => f.terms as FilterTerm[]));
    },
  });
}

export function filterBuilder<G extends TypedGrammar>(): FilterBuilder<G> {
  return untypedBuilder as unknown as FilterBuilder<G>;
}

/** `filter.getProfiles.equals(...)`: one typed builder per operation name, all the same object at run time. */
export function filterBuilders<Builders extends object>(): Builders {
  return new Proxy({} as Builders, { get: () => untypedBuilder });
}
