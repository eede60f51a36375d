import { SpecError } from "./errors.js";
import {
  FILTER_ARITIES,
  FILTER_OPERATORS,
  type FilterFieldSpec,
  type FilterGrammar,
  type FilterValueSpec,
} from "./filters.js";

/**
 * A filter grammar as generated operation metadata carries it: every program that calls an
 * operation bundles its grammar, and only programs that build filters bundle the code that decodes
 * it (core's filter check), so the generator writes it compact and core reads it back.
 *
 * Field name -> its code, or for a field whose value is one of a list, `[code, ...values]`. A code
 * is the operators taking a single value, then `/` and those taking a list, then `/` and those
 * taking none, each operator one letter (its position in FILTER_OPERATORS, from "a"), empty trailing
 * groups left out; then `:` and the value type (FILTER_VALUE_TYPES), if any; then `!` if Klaviyo
 * requires the field. `{ email: "a/ba:s" }` reads: equals with a single string, any or equals with
 * a list of them.
 */
export type FilterGrammarCode = Readonly<
  Record<string, string | readonly [code: string, ...values: (string | number | boolean)[]]>
>;

/** The value types of x-klaviyo-filters by their letter in a grammar code. */
const FILTER_VALUE_TYPES: Readonly<Record<string, FilterValueSpec>> = {
  s: { type: "string" },
  d: { type: "string", format: "date-time" },
  n: { type: "number" },
  i: { type: "integer" },
  b: { type: "boolean" },
};

/** The grammar's code; a SpecError for an operator or value type the code has no letter for. */
export function encodeFilterGrammar(grammar: FilterGrammar): FilterGrammarCode {
  return Object.fromEntries(
    Object.keys(grammar)
      .sort()
      .map((field) => {
        const spec = grammar[field]!;
        const groups = FILTER_ARITIES.map((arity) =>
          (spec.operators[arity] ?? []).map((operator) => operatorLetter(field, operator)).join(""),
        );
        while (groups.length > 1 && groups.at(-1) === "") groups.pop();
        const type = spec.value && valueTypeLetter(field, spec.value);
        const code = groups.join("/") + (type ? `:${type}` : "") + (spec.required ? "!" : "");
        const values = spec.value?.enum;
        return [field, values ? [code, ...values] : code];
      }),
  );
}

/** The grammar a code stands for, as x-klaviyo-filters writes it (less value specs that say nothing). */
export function decodeFilterGrammar(code: FilterGrammarCode): FilterGrammar {
  const grammar: Record<string, FilterFieldSpec> = {};
  for (const [field, entry] of Object.entries(code)) {
    const [fieldCode, ...values] = typeof entry === "string" ? [entry] : entry;
    const [, letters = "", type, required] = /^([^:!]*)(?::(.))?(!)?$/.exec(fieldCode) ?? [];
    const operators: { [arity in (typeof FILTER_ARITIES)[number]]?: string[] } = {};
    letters.split("/").forEach((group, i) => {
      if (group) {
        operators[FILTER_ARITIES[i]!] = [...group].map(
          (letter) => FILTER_OPERATORS[letter.charCodeAt(0) - 97]!,
        );
      }
    });
    const value = type || values.length ? { ...FILTER_VALUE_TYPES[type!] } : undefined;
    if (value && values.length) Object.assign(value, { enum: values });
    grammar[field] = {
      operators,
      ...(value && { value }),
      ...(required && { required: true }),
    };
  }
  return grammar;
}

function operatorLetter(field: string, operator: string): string {
  const index = (FILTER_OPERATORS as readonly string[]).indexOf(operator);
  if (index < 0) throw new SpecError(`filter field ${field}: operator ${operator} has no code`);
  return String.fromCharCode(97 + index);
}

function valueTypeLetter(field: string, value: FilterValueSpec): string | undefined {
  if (value.type === undefined && value.format === undefined) return undefined;
  const letter = Object.keys(FILTER_VALUE_TYPES).find(
    (key) =>
      FILTER_VALUE_TYPES[key]!.type === value.type &&
      FILTER_VALUE_TYPES[key]!.format === value.format,
  );
  if (!letter) {
    throw new SpecError(
      `filter field ${field}: value type ${value.type}${value.format ? ` (${value.format})` : ""} has no code`,
    );
  }
  return letter;
}
