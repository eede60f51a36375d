/**
 * An operation's `x-klaviyo-filters`, as the spec writes it: field -> operators by arity, and
 * the value's schema.
 */
export interface FilterSpec {
  [field: string]: {
    operators?: { single?: string[]; list?: string[]; none?: string[] };
    value?: { type?: string; format?: string; enum?: (string | number | boolean)[] };
    /** Set by the requiredFilterFields quirk. */
    required?: boolean;
  };
}

const ARITIES = ["single", "list", "none"] as const;

/**
 * The grammar as a type for core's FilterBuilder:
 * `{ "email": { single: "equals"; list: "any" | "equals"; value: string } }`.
 */
export function filterGrammarType(filters: FilterSpec): string {
  const fields = Object.keys(filters)
    .sort()
    .map((field) => {
      const spec = filters[field]!;
      const members = ARITIES.flatMap((arity) => {
        const operators = spec.operators?.[arity];
        return operators?.length ? [`${arity}: ${operators.map(quote).sort().join(" | ")}`] : [];
      });
      if (spec.value) members.push(`value: ${valueType(spec.value)}`);
      if (spec.required) members.push("required: true");
      return `${quote(field)}: { ${members.join("; ")} }`;
    });
  return `{ ${fields.join("; ")} }`;
}

function valueType(value: NonNullable<FilterSpec[string]["value"]>): string {
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

/** The grammar at run time, trimmed to what core's filter check reads, keys in a stable order. */
export function filterGrammarLiteral(filters: FilterSpec): string {
  const trimmed = Object.fromEntries(
    Object.keys(filters)
      .sort()
      .map((field) => {
        const spec = filters[field]!;
        const operators = Object.fromEntries(
          ARITIES.filter((arity) => spec.operators?.[arity]?.length).map((arity) => [
            arity,
            spec.operators![arity],
          ]),
        );
        const value = spec.value && {
          ...(spec.value.type && { type: spec.value.type }),
          ...(spec.value.format && { format: spec.value.format }),
          ...(spec.value.enum && { enum: spec.value.enum }),
        };
        return [
          field,
          { operators, ...(value && { value }), ...(spec.required && { required: true }) },
        ];
      }),
  );
  return JSON.stringify(trimmed);
}

function quote(text: string): string {
  return JSON.stringify(text);
}
