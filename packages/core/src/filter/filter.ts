import type { FilterGrammarCode, FilterOperator, TypedGrammar } from "./grammar.js";

export type FilterScalar = string | number | boolean | Date;
export type FilterValue = FilterScalar | readonly FilterScalar[];

export interface FilterTerm {
  readonly operator: FilterOperator;
  readonly field: string;
  /** Absent for operators that take no value (`has`). */
  readonly value?: FilterValue;
}

declare const grammarOf: unique symbol;
declare const fieldsUsed: unique symbol;

/**
 * A filter built for one operation. `G` ties it to that operation's grammar, so a filter built for
 * getEvents does not type-check where getProfiles expects one; `Used` records the fields it tests
 * (a parameter type of `Filter<G, "messages.channel">` accepts only filters that test that field;
 * `Filter<G>` accepts any filter of G).
 */
export interface Filter<G extends TypedGrammar = TypedGrammar, Used extends string = never> {
  readonly terms: readonly FilterTerm[];
  /** Klaviyo's filter syntax, e.g. `and(equals(email,"a@b.com"),greater-than(created,2026-01-01T00:00:00Z))`. */
  toString(): string;
  readonly [grammarOf]?: (grammar: G) => G;
  readonly [fieldsUsed]?: (used: Used) => void;
}

/** Checks a built filter against an operation's grammar (as its metadata carries it) and gives it in Klaviyo's syntax. */
export type FilterResolver = (
  grammar: FilterGrammarCode | undefined,
  operationId: string,
) => string;

/**
 * The key under which a built filter carries its resolver. The filter brings the checking code
 * with it, so a program that builds no filter bundles none of it; the key is registered so that a
 * filter built by another copy of the runtime is recognised.
 */
export const FILTER = Symbol.for("@klaviyo-ts/core/filter");

export function serialiseFilter(terms: readonly FilterTerm[]): string {
  const parts = terms.map(serialiseTerm);
  return parts.length === 1 ? parts[0]! : `and(${parts.join(",")})`;
}

function serialiseTerm(term: FilterTerm): string {
  if (!("value" in term) || term.value === undefined) return `${term.operator}(${term.field})`;
  return `${term.operator}(${term.field},${serialiseValue(term.value)})`;
}

/** Strings are double-quoted with `"` and `\` escaped; dates go out as UTC ISO 8601, unquoted. */
export function serialiseValue(value: FilterValue): string {
  if (Array.isArray(value))
    return `[${value.map((v: FilterScalar) => serialiseValue(v)).join(",")}]`;
  if (value instanceof Date) return isoUtc(value);
  if (typeof value === "string") return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return String(value);
}

/** `2026-01-01T00:00:00Z`: whole seconds lose their `.000`, which Klaviyo's own examples never show. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(".000Z", "Z");
}
