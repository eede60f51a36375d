import { KlaviyoError } from "../errors/klaviyo-error.js";
import {
  type Filter,
  type FilterScalar,
  type FilterTerm,
  type FilterValue,
  serialiseFilter,
} from "./filter.js";
import {
  filterGrammarOf,
  type FilterFieldSpec,
  type FilterGrammar,
  type FilterGrammarCode,
} from "./grammar.js";

/** A filter that the operation's grammar rejects; thrown before anything is sent. */
export class KlaviyoFilterError extends KlaviyoError {
  static override readonly brand: string = "KlaviyoFilterError";
}

/**
 * Checks a built filter against the operation's grammar and serialises it, turning date-time
 * values (Date or ISO string) into UTC. Raw strings are the caller's own syntax and pass as given.
 */
export function resolveFilter(
  filter: Filter<any> | string,
  code: FilterGrammarCode | undefined,
  operationId: string,
): string {
  if (typeof filter === "string") return filter;
  const grammar = filterGrammarOf({ filters: code });
  if (!grammar) return serialiseFilter(filter.terms);
  const terms = filter.terms.map((term) => resolveTerm(term, grammar, operationId));
  for (const [field, spec] of Object.entries(grammar)) {
    if (spec.required && !terms.some((t) => t.field === field)) {
      throw new KlaviyoFilterError(`${operationId}: Klaviyo requires a filter on "${field}"`);
    }
  }
  return serialiseFilter(terms);
}

function resolveTerm(term: FilterTerm, grammar: FilterGrammar, operationId: string): FilterTerm {
  const spec = Object.hasOwn(grammar, term.field) ? grammar[term.field] : undefined;
  if (!spec) {
    throw new KlaviyoFilterError(
      `${operationId}: cannot filter on "${term.field}"; filterable fields: ${Object.keys(grammar).join(", ")}`,
    );
  }
  const arity = arityOf(spec, term.operator, term.value);
  if (!arity) {
    throw new KlaviyoFilterError(
      `${operationId}: "${term.field}" does not take ${term.operator}${describeArity(term.value)}; allowed: ${allowed(spec)}`,
    );
  }
  if (arity === "none") return { operator: term.operator, field: term.field };
  const value = Array.isArray(term.value)
    ? term.value.map((v: FilterScalar) => resolveScalar(v, spec, term, operationId))
    : resolveScalar(term.value as FilterScalar, spec, term, operationId);
  return { operator: term.operator, field: term.field, value };
}

function arityOf(
  spec: FilterFieldSpec,
  operator: string,
  value: FilterValue | undefined,
): "single" | "list" | "none" | undefined {
  const { single = [], list = [], none = [] } = spec.operators;
  if (value === undefined) return none.includes(operator) ? "none" : undefined;
  if (Array.isArray(value)) return list.includes(operator) ? "list" : undefined;
  return single.includes(operator) ? "single" : undefined;
}

function describeArity(value: FilterValue | undefined): string {
  if (value === undefined) return " without a value";
  return Array.isArray(value) ? " with a list" : " with a single value";
}

function allowed(spec: FilterFieldSpec): string {
  const { single = [], list = [], none = [] } = spec.operators;
  return [
    ...single.map((o) => `${o}(value)`),
    ...list.map((o) => `${o}([values])`),
    ...none.map((o) => `${o}()`),
  ].join(", ");
}

function resolveScalar(
  value: FilterScalar,
  spec: FilterFieldSpec,
  term: FilterTerm,
  operationId: string,
): FilterScalar {
  const type = spec.value?.type;
  const fail = (want: string): never => {
    throw new KlaviyoFilterError(
      `${operationId}: ${term.operator}(${term.field}) needs ${want}, got ${value instanceof Date ? "a Date" : JSON.stringify(value)}`,
    );
  };
  if (spec.value?.format === "date-time") {
    const date =
      value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime()))
      return fail("a Date or an ISO 8601 date-time string");
    return date;
  }
  if (spec.value?.enum && !spec.value.enum.includes(value as string)) {
    return fail(`one of ${spec.value.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  }
  if (type === "string" && typeof value !== "string") return fail("a string");
  if ((type === "number" || type === "integer") && typeof value !== "number")
    return fail("a number");
  if (type === "integer" && !Number.isInteger(value)) return fail("an integer");
  if (type === "boolean" && typeof value !== "boolean") return fail("a boolean");
  return value;
}
