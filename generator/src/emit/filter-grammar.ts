import { FILTER_ARITIES, type FilterGrammar, type FilterValueSpec } from "@klaviyo-ts/spec-model";

/**
 * The grammar as a type for core's FilterBuilder:
 * `{ "email": { single: "equals"; list: "any" | "equals"; value: string } }`.
 */
export function filterGrammarType(filters: FilterGrammar): string {
  const fields = Object.keys(filters)
    .sort()
    .map((field) => {
      const spec = filters[field]!;
      const members = FILTER_ARITIES.flatMap((arity) => {
        const operators = spec.operators?.[arity];
        return operators?.length ? [`${arity}: ${operators.map(quote).sort().join(" | ")}`] : [];
      });
      if (spec.value) members.push(`value: ${valueType(spec.value)}`);
      if (spec.required) members.push("required: true");
      return `${quote(field)}: { ${members.join("; ")} }`;
    });
  return `{ ${fields.join("; ")} }`;
}

function valueType(value: FilterValueSpec): string {
  if (value.format === "date-time") return "DateTimeValue";
  if (value.enum?.length) return value.enum.map((v) => JSON.stringify(v)).join(" | ");
  switch (value.type) {
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "string":
      return "string";
    default:
      return "unknown";
  }
}

/** Whether the type of the grammar names core's DateTimeValue, so the module must import it. */
export function grammarUsesDateTime(filters: FilterGrammar): boolean {
  return Object.values(filters).some((field) => field.value?.format === "date-time");
}

function quote(text: string): string {
  return JSON.stringify(text);
}
