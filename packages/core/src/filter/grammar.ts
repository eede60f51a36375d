import { KlaviyoConfigError } from "../errors/klaviyo-error.js";
// The grammar as the spec writes it is read by @klaviyo-ts/spec-model (bundled into core's build,
// never a runtime dependency); its types are core's public filter types.
import {
  decodeFilterGrammar,
  type FilterGrammar,
  type FilterGrammarCode,
  type FilterOperator,
} from "@klaviyo-ts/spec-model";

export type {
  FilterFieldSpec,
  FilterGrammar,
  FilterGrammarCode,
  FilterOperator,
} from "@klaviyo-ts/spec-model";

/**
 * The filter grammar an operation's metadata carries (compact, as `meta.filters`), decoded: each
 * filterable field's operators and value type; undefined for an operation that does not filter.
 */
export function filterGrammarOf(meta: {
  readonly filters?: FilterGrammarCode | undefined;
}): FilterGrammar | undefined {
  try {
    return meta.filters && decodeFilterGrammar(meta.filters);
  } catch (error) {
    // A core and a generated package from different generator versions: a broken install, said so.
    throw new KlaviyoConfigError((error as Error).message);
  }
}

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
