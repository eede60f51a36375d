/**
 * Prints JSON-like data as a TypeScript expression in the repository's style (two-space indent,
 * identifier keys unquoted, short arrays on one line), so emitters need no formatter pass.
 */
export function printLiteral(value: unknown, indent = ""): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => printLiteral(item, `${indent}  `));
    const inline = `[${items.join(", ")}]`;
    if (!items.some((item) => item.includes("\n")) && inline.length + indent.length <= 80)
      return inline;
    return `[\n${items.map((item) => `${indent}  ${item},`).join("\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const printed = entries.map(
      ([key, v]) => `${printKey(key)}: ${printLiteral(v, `${indent}  `)}`,
    );
    const inline = `{ ${printed.join(", ")} }`;
    // Nested objects that fit stay on one line, as prettier would leave them; the root never does.
    if (indent !== "" && !inline.includes("\n") && inline.length + indent.length <= 80)
      return inline;
    return `{\n${printed.map((line) => `${indent}  ${line},`).join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

function printKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}
